using System.Numerics;
using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// Result comparison at its edges: JSON-valued results, exact float comparison with infinities in every float dtype,
/// exact fields that are not tensors, shrinking complex units and infinities, integer arguments that are not whole.
/// </summary>
public class ComparisonEdgeExamples
{
    private static readonly ICaseGenerator Convolve = CaseGenerators.Find("convolve");

    private static JsonObject Result(JsonNode? result) => new() { ["result"] = result };

    [Fact]
    public void A_json_valued_result_that_differs_is_a_value_mismatch()
    {
        var v = ResultComparison.Compare(Convolve, new JsonObject(), Result(new JsonArray(1, 2)), Result(new JsonArray(1, 3)), Tolerance.Direct);
        Assert.Equal(VerdictKind.ValueMismatch, v.Kind);
        Assert.Equal("the result differs from the spec's (a JSON value, compared exactly)", v.Detail);
    }

    [Theory]
    [InlineData(DType.Float64, "element [0]: 1.0, spec says Infinity (exact tolerance)")]
    [InlineData(DType.Float32, "element [0]: 1.0, spec says Infinity (exact tolerance)")]
    public void Exact_comparison_of_reals_names_the_first_difference_and_its_infinite_ulps(DType dtype, string detail)
    {
        var e = TensorValue.Real(dtype, [2], [double.PositiveInfinity, 1]);
        var a = TensorValue.Real(dtype, [2], [1, double.NegativeInfinity]);
        var v = ResultComparison.Compare(Convolve, new JsonObject(), Result(WireTensor.ToNode(e)), Result(WireTensor.ToNode(a)), Tolerance.Exact);
        Assert.Equal(VerdictKind.ValueMismatch, v.Kind);
        Assert.Equal(detail, v.Detail);
        Assert.Equal(0, v.WorstUlps); // no finite pair differs
    }

    [Theory]
    [InlineData(DType.Complex128)]
    [InlineData(DType.Complex64)]
    public void Exact_comparison_of_complexes_names_the_element_not_the_part(DType dtype)
    {
        var e = TensorValue.Complex(dtype, [2], [new Complex(1, 2), new Complex(double.PositiveInfinity, 0)]);
        var a = TensorValue.Complex(dtype, [2], [new Complex(1, 2), new Complex(1, 0.5)]);
        var v = ResultComparison.Compare(Convolve, new JsonObject(), Result(WireTensor.ToNode(e)), Result(WireTensor.ToNode(a)), Tolerance.Exact);
        Assert.Equal(VerdictKind.ValueMismatch, v.Kind);
        Assert.Equal("element [1]: (1.0, 0.5), spec says (Infinity, 0.0) (exact tolerance)", v.Detail);
        Assert.Equal([1], v.FirstDifference!);
    }

    [Fact]
    public void An_exact_field_that_is_not_a_tensor_where_the_spec_has_one_is_a_mismatch_without_an_element()
    {
        var maxPool = CaseGenerators.Find("MaxPool");
        var indices = WireTensor.ToNode(TensorValue.Int64([1], [0]));
        var expected = new JsonObject { ["result"] = 1, ["indices"] = indices };
        var actual = new JsonObject { ["result"] = 1, ["indices"] = 0 };
        var v = ExactFields.Check(maxPool, new Verdict(VerdictKind.Pass, "equal", expected, actual));
        Assert.Equal(VerdictKind.ValueMismatch, v.Kind);
        Assert.Equal("'indices' differs from the spec's (compared exactly)", v.Detail);
    }

    [Fact]
    public void An_exact_field_the_spec_answers_as_a_json_value_is_a_mismatch_without_an_element()
    {
        var v = ExactFields.Check(CaseGenerators.Find("MaxPool"), new Verdict(VerdictKind.Pass, "equal",
            new JsonObject { ["result"] = 1, ["indices"] = 0 }, new JsonObject { ["result"] = 1, ["indices"] = WireTensor.ToNode(TensorValue.Int64([1], [0])) }));
        Assert.Equal(VerdictKind.ValueMismatch, v.Kind);
        Assert.Equal("'indices' differs from the spec's (compared exactly)", v.Detail);
    }

    [Fact]
    public void A_complex_unit_and_an_infinite_real_part_shrink_only_to_zero()
    {
        var in1 = TensorValue.Complex(DType.Complex128, [2], [new Complex(1, 0), new Complex(double.PositiveInfinity, 0)]);
        var same = Shrinker.Candidates(new JsonObject { ["in1"] = WireTensor.ToNode(in1), ["in2"] = WireTensor.ToNode(TensorValue.Int64([1], [1])) })
            .Select(a => WireTensor.FromNode(a["in1"], "in1"))
            .Where(t => t.DType == DType.Complex128 && t.Shape.SequenceEqual([2]))
            .Select(t => (Complex[])t.Data).ToList();
        Assert.All(same, d => Assert.True(d[0] == new Complex(1, 0) || d[0] == Complex.Zero));
        Assert.All(same, d => Assert.True(d[1] == new Complex(double.PositiveInfinity, 0) || d[1] == Complex.Zero));
        Assert.Contains(same, d => d[0] == Complex.Zero);
        Assert.Contains(same, d => d[1] == Complex.Zero);
    }

    [Fact]
    public void A_number_that_is_not_a_whole_int64_is_no_integer_argument()
    {
        var args = new CandidateArgs(new JsonObject { ["n"] = 1.5, ["axes"] = new JsonArray(1, 2.5) });
        Assert.Equal(7, args.Integer("n", 7));
        var e = Assert.Throws<ArgumentException>(() => args.IntegerList("axes"));
        Assert.StartsWith("axes: must be a list of integers", e.Message);
    }
}
