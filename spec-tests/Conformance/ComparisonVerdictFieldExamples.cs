using System.Numerics;
using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;
using FsCheck;
using FsCheck.Fluent;
using static ConvSpec.SpecTests.Conformance.WireNodes;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The fields of a float verdict against stated allowances: the worst ulps and fraction are the largest over the
/// elements, the first difference is the first failing element, an error equal to its bound passes, an equal
/// element passes a zero bound; ulps in the result's own precision, of the larger magnitude; elements named by
/// element (not part) and shown in the result's precision; non-finite values of the same kind.
/// </summary>
public class ComparisonVerdictFieldExamples
{
    private static TensorValue Floats(params double[] data) => TensorValue.Real(DType.Float64, [data.Length], data);

    private static Verdict Within(double[] allowance, TensorValue expected, TensorValue actual) =>
        ResultComparison.Compare(new StatedAllowance(allowance), new JsonObject(), Result(expected), Result(actual), Tolerance.Direct);

    private static Verdict Exact(TensorValue expected, TensorValue actual) =>
        ResultComparison.Compare(CaseGenerators.Find("convolve"), new JsonObject(), Result(expected), Result(actual), Tolerance.Exact);

    [Fact]
    public void A_spec_answer_that_does_not_decode_is_an_error_naming_the_expected_result()
    {
        var expected = new JsonObject { ["result"] = new JsonObject { ["dtype"] = "float64", ["shape"] = new JsonArray(2), ["data"] = new JsonArray(1.0) } };
        var e = Assert.Throws<ArgumentException>(() =>
            ResultComparison.Compare(CaseGenerators.Find("convolve"), new JsonObject(), expected, Result(Floats(1, 2)), Tolerance.Direct));
        Assert.Equal("expected", e.ParamName);
    }

    [Fact]
    public void The_worst_fraction_is_the_largest_over_the_elements()
    {
        // Errors 0, 0.25 and 0.5 against allowances of 1.
        var v = Within([1, 1, 1], Floats(1, 2, 4), Floats(1, 2.25, 4.5));
        Assert.Equal((VerdictKind.Pass, "within bound"), (v.Kind, v.Detail));
        Assert.Equal(0.5, v.WorstFraction);
    }

    [Fact]
    public void The_first_difference_is_the_first_failing_element_when_a_later_one_fails_too()
    {
        var v = Within([1, 1, 1], Floats(1, 2, 3), Floats(3, 2, 5));
        Assert.Equal(VerdictKind.ValueMismatch, v.Kind);
        Assert.Equal([0], v.FirstDifference!);
        Assert.StartsWith("element [0]: 3.0, spec says 1.0 (error 2 = ", v.Detail);
    }

    [Fact]
    public void An_error_equal_to_its_bound_passes()
    {
        var v = Within([0.5], Floats(1), Floats(1.5));
        Assert.Equal((VerdictKind.Pass, "within bound"), (v.Kind, v.Detail));
        Assert.Equal(1, v.WorstFraction);
    }

    [Fact]
    public void An_element_equal_to_the_spec_passes_a_zero_bound()
    {
        var v = Within([0, 1], Floats(1, 2), Floats(1, 2.5));
        Assert.Equal((VerdictKind.Pass, "within bound"), (v.Kind, v.Detail));
        Assert.Equal(0.5, v.WorstFraction);
    }

    [Fact]
    public void Ulps_are_counted_in_the_ulp_of_the_larger_magnitude()
    {
        // 1 − 2^−53 is half an ulp of 1 below it (one ulp of its own binade).
        var v = Exact(Floats(1), Floats(Math.BitDecrement(1.0)));
        Assert.Equal(0.5, v.WorstUlps);
    }

    [Fact]
    public void Float32_ulps_are_single_precision_ulps()
    {
        // 1 + 2^−23 is the float after 1.
        var v = Exact(TensorValue.Real(DType.Float32, [1], [1]), TensorValue.Real(DType.Float32, [1], [1 + Math.ScaleB(1, -23)]));
        Assert.Equal(1, v.WorstUlps);
    }

    [Fact]
    public void The_worst_ulps_of_an_exact_comparison_are_the_largest_over_the_elements()
    {
        var v = Exact(Floats(1, 2, 4), Floats(1, Math.BitIncrement(2.0), 4 + 3 * Math.ScaleB(1, -50)));
        Assert.Equal(3, v.WorstUlps);
    }

    [Fact]
    public void An_exact_mismatch_in_a_real_tensor_names_its_element()
    {
        var v = Exact(Floats(1, 2, 3), Floats(1, 2, 4));
        Assert.Equal("element [2]: 4.0, spec says 3.0 (exact tolerance)", v.Detail);
        Assert.Equal([2], v.FirstDifference!);
    }

    [Fact]
    public void A_float64_element_is_shown_to_double_precision()
    {
        var v = Exact(Floats(0.1), Floats(Math.BitIncrement(0.1)));
        Assert.Equal("element [0]: 0.10000000000000002, spec says 0.1 (exact tolerance)", v.Detail);
    }

    [Fact]
    public void A_float32_element_is_shown_to_single_precision()
    {
        var v = Exact(TensorValue.Real(DType.Float32, [1], [0.1f]), TensorValue.Real(DType.Float32, [1], [0.2f]));
        Assert.Equal("element [0]: 0.2, spec says 0.1 (exact tolerance)", v.Detail);
    }

    [Fact]
    public void A_real_infinity_of_the_other_sign_differs()
    {
        var v = Within([1], Floats(double.PositiveInfinity), Floats(double.NegativeInfinity));
        Assert.Equal(VerdictKind.ValueMismatch, v.Kind);
        Assert.Equal("element [0]: -Infinity, spec says Infinity (non-finite values differ)", v.Detail);
    }

    [Fact]
    public void A_finite_complex_where_the_spec_has_a_non_finite_one_differs()
    {
        var v = Within([1], TensorValue.Complex(DType.Complex128, [1], [new Complex(double.PositiveInfinity, 0)]),
            TensorValue.Complex(DType.Complex128, [1], [new Complex(1, 0)]));
        Assert.Equal(VerdictKind.ValueMismatch, v.Kind);
        Assert.Equal("element [0]: (1.0, 0.0), spec says (Infinity, 0.0) (non-finite values differ)", v.Detail);
    }

    [Fact]
    public void A_complex_nan_in_the_other_part_is_the_same_kind()
    {
        var v = Within([1], TensorValue.Complex(DType.Complex128, [1], [new Complex(double.NaN, 0)]),
            TensorValue.Complex(DType.Complex128, [1], [new Complex(0, double.NaN)]));
        Assert.Equal((VerdictKind.Pass, "within bound"), (v.Kind, v.Detail));
    }

    /// <summary>A convolve generator that states each element's allowance.</summary>
    private sealed class StatedAllowance(double[] allowance) : ICaseGenerator, IElementAllowance
    {
        public string Op => "convolve";
        public Gen<JsonObject> Args(CaseSpace space) => Gen.Constant(new JsonObject());
        public Tolerance AlgorithmOf(JsonObject args) => Tolerance.Direct;
        public BoundInputs Bound(JsonObject args) => new(1, null, 0, 0, 0, 0, 0);
        public JsonObject? WithMethod(JsonObject args, string method) => null;
        public double[]? Allowance(JsonObject args, TensorValue expected, Tolerance tolerance) => allowance;
    }
}
