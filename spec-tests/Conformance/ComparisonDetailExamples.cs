using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;
using static ConvSpec.SpecTests.Conformance.WireNodes;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The whole detail ResultComparison gives for each verdict: equal, identical and within-bound passes, a result that
/// is not a tensor, another dtype or shape, an int64 element (indices of rank 2 joined by ", "), a float element
/// beyond its bound with the error in ulps and as a fraction of the bound, and non-finite values of another kind.
/// </summary>
public class ComparisonDetailExamples
{
    private static TensorValue Floats(params double[] data) => TensorValue.Real(DType.Float64, [data.Length], data);

    /// <summary>Float64 [1, 2] * [1, 1] (or in1 as given): the spec answers [1, 3, 2] exactly.</summary>
    private static JsonObject FloatArgs(double second = 2) => new()
    {
        ["in1"] = WireTensor.ToNode(Floats(1, second)), ["in2"] = WireTensor.ToNode(Floats(1, 1)),
    };

    private static readonly ICaseGenerator Convolve = CaseGenerators.Find("convolve");

    private static Verdict Direct(JsonObject args, TensorValue answer) =>
        ResultComparison.Compare(Convolve, args, CaseJudge.Reference("convolve", args), Result(answer), Tolerance.Direct);

    private static Verdict Exact(TensorValue expected, JsonObject actual) =>
        ResultComparison.Compare(Convolve, new JsonObject(), Result(expected), actual, Tolerance.Exact);

    [Fact]
    public void An_equal_json_valued_result_passes_as_equal()
    {
        var v = ResultComparison.Compare(Convolve, new JsonObject(), new() { ["result"] = 7 }, new() { ["result"] = 7 }, Tolerance.Exact);
        Assert.Equal((VerdictKind.Pass, "equal"), (v.Kind, v.Detail));
    }

    [Fact]
    public void An_equal_int64_result_passes_as_equal()
    {
        var v = Exact(TensorValue.Int64([2], [1, 2]), Result(TensorValue.Int64([2], [1, 2])));
        Assert.Equal((VerdictKind.Pass, "equal"), (v.Kind, v.Detail));
    }

    [Fact]
    public void An_int64_element_that_differs_is_named_by_its_index_tuple_with_both_values()
    {
        var v = Exact(TensorValue.Int64([2, 2], [1, 2, 3, 4]), Result(TensorValue.Int64([2, 2], [1, 2, 3, 5])));
        Assert.Equal(VerdictKind.ValueMismatch, v.Kind);
        Assert.Equal("element [1, 1]: 5, spec says 4 (int64 must be exact)", v.Detail);
        Assert.Equal([1, 1], v.FirstDifference!);
    }

    [Fact]
    public void A_result_that_does_not_decode_as_a_tensor_is_malformed_with_the_decoding_message()
    {
        var v = Exact(TensorValue.Int64([1], [1]), new JsonObject { ["result"] = "three" });
        Assert.Equal(VerdictKind.MalformedResult, v.Kind);
        Assert.Equal("result is not a tensor: result: the only strings allowed as numbers are NaN, Infinity, -Infinity (got \"three\")", v.Detail);
    }

    [Fact]
    public void A_result_of_another_dtype_names_both_dtypes()
    {
        var v = Exact(TensorValue.Int64([2], [1, 2]), Result(Floats(1, 2)));
        Assert.Equal(VerdictKind.DTypeMismatch, v.Kind);
        Assert.Equal("dtype float64, spec says int64", v.Detail);
    }

    [Fact]
    public void A_result_of_another_shape_names_both_shapes()
    {
        var v = Exact(TensorValue.Int64([2, 3], [1, 2, 3, 4, 5, 6]), Result(TensorValue.Int64([3, 2], [1, 2, 3, 4, 5, 6])));
        Assert.Equal(VerdictKind.ShapeMismatch, v.Kind);
        Assert.Equal("shape 3x2, spec says 2x3", v.Detail);
    }

    [Fact]
    public void Equal_floats_pass_as_identical()
    {
        var v = Direct(FloatArgs(), Floats(1, 3, 2));
        Assert.Equal((VerdictKind.Pass, "identical"), (v.Kind, v.Detail));
    }

    [Fact]
    public void A_float_one_ulp_off_passes_within_the_direct_bound()
    {
        var v = Direct(FloatArgs(), Floats(1, Math.BitIncrement(3.0), 2));
        Assert.Equal((VerdictKind.Pass, "within bound"), (v.Kind, v.Detail));
        Assert.Equal(1, v.WorstUlps);
    }

    [Fact]
    public void A_float_beyond_its_bound_names_the_error_in_ulps_and_as_a_multiple_of_the_bound()
    {
        var v = Direct(FloatArgs(), Floats(1, 3.001, 2));
        Assert.Equal(VerdictKind.ValueMismatch, v.Kind);
        Assert.Equal("element [1]: 3.001, spec says 3.0 (error 0.001 = 2.252E+12 ulp is 6.005E+11 × the bound 1.665E-15)", v.Detail);
        Assert.Equal([1], v.FirstDifference!);
    }

    [Theory]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NaN, "NaN")]
    public void A_non_finite_element_where_the_spec_has_a_finite_one_from_finite_inputs_differs(double value, string text)
    {
        var v = Direct(FloatArgs(), Floats(1, value, 2));
        Assert.Equal(VerdictKind.ValueMismatch, v.Kind);
        Assert.Equal($"element [1]: {text}, spec says 3.0 (non-finite values differ)", v.Detail);
    }

    [Fact]
    public void A_nan_where_the_spec_has_a_finite_value_passes_when_an_input_is_non_finite()
    {
        // [1, ∞] * [1, 1] = [1, ∞, ∞]: a transform or a loop over zero padding may spread a NaN to the first element.
        var v = Direct(FloatArgs(double.PositiveInfinity), Floats(double.NaN, double.PositiveInfinity, double.PositiveInfinity));
        Assert.Equal((VerdictKind.Pass, "within bound"), (v.Kind, v.Detail));
    }

    [Fact]
    public void An_exact_field_of_rank_2_names_the_first_differing_index_tuple()
    {
        var indices = (long[] data) => WireTensor.ToNode(TensorValue.Int64([2, 2], data));
        var expected = new JsonObject { ["result"] = 1, ["indices"] = indices([0, 1, 2, 3]) };
        var actual = new JsonObject { ["result"] = 1, ["indices"] = indices([0, 1, 2, 5]) };
        var v = ExactFields.Check(CaseGenerators.Find("MaxPool"), new Verdict(VerdictKind.Pass, "equal", expected, actual));
        Assert.Equal(VerdictKind.ValueMismatch, v.Kind);
        Assert.Equal("'indices' differs from the spec's (compared exactly): element [1, 1] is 5, spec says 3", v.Detail);
    }
}
