using System.Numerics;
using System.Text.Json.Nodes;
using ConvSpec.Bounds;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// Each element's allowance written out for small convolutions: the candidate's bound (n + 2 summed products, or
/// the FFT bound) on (|a| * |b|)·(1 + 2·2^−53), plus the spec answer's rounding u·|·| + η, plus the direct sum in
/// double where the spec computed in floating point (complex data, non-finite inputs); and which inputs count as
/// non-finite.
/// </summary>
public class ElementBoundFormulaExamples
{
    private static readonly ICaseGenerator Convolve = CaseGenerators.Find("convolve");

    private const double UDouble = 1.0 / (1L << 53); // 2^−53
    private const double USingle = 1.0 / (1 << 24); // 2^−24

    /// <summary>in1 = [0, 1, −2] * in2 = [1, 3] in float64 (or in1 as given): |in1| * |in2| = [0, 1, 5, 6].</summary>
    private static JsonObject RealArgs(DType dtype, double last = -2) => new()
    {
        ["in1"] = WireTensor.ToNode(TensorValue.Real(dtype, [3], [0, 1, last])),
        ["in2"] = WireTensor.ToNode(TensorValue.Real(dtype, [2], [1, 3])),
    };

    private static readonly double[] Absolute = [0, 1, 5, 6];

    /// <summary>(|a| * |b|)_k widened by the candidate's possible rounding of an input to double (1 + 2·2^−53).</summary>
    private static double Widened(double absolute) => absolute * (1 + 2 * UDouble);

    private static double[] BoundsOf(JsonObject args, DType dtype, Tolerance tolerance)
    {
        var expected = WireTensor.FromNode(CaseJudge.Reference("convolve", args)["result"], "result");
        Assert.Equal(dtype, expected.DType);
        return ElementBounds.Of(Convolve, args, expected, tolerance);
    }

    [Theory]
    [InlineData(DType.Float64, UDouble, double.Epsilon)]
    [InlineData(DType.Float32, USingle, float.Epsilon)]
    public void The_direct_allowance_is_the_candidate_bound_plus_the_reference_rounding(DType dtype, double u, double eta)
    {
        // n = min(3, 2) = 2 products per element; the candidate's bound counts n + 2 = 4. u and η are the result's.
        var bounds = BoundsOf(RealArgs(dtype), dtype, Tolerance.Direct);
        var expected = Absolute.Select(Widened)
            .Select(abs => CheckBounds.DirectSum(4, u, abs, false, eta) + (u * abs + eta)).ToArray();
        Assert.Equal(expected, bounds);
    }

    [Fact]
    public void An_element_whose_absolute_sum_is_zero_is_allowed_the_subnormal_terms_only()
    {
        // 4·η from the candidate's four products that may underflow, η from the spec's rounding.
        var bounds = BoundsOf(RealArgs(DType.Float64), DType.Float64, Tolerance.Direct);
        Assert.Equal(5 * double.Epsilon, bounds[0]);
    }

    [Fact]
    public void The_fft_allowance_is_the_transform_bound_plus_the_reference_rounding()
    {
        // Full length 3 + 2 − 1 = 4, transformed at 8; ‖in1‖₂ = √5, ‖in1‖₁ = 3, ‖in2‖₂ = √10, ‖in2‖₁ = 4.
        var bounds = BoundsOf(RealArgs(DType.Float64), DType.Float64, Tolerance.Fft);
        var fft = CheckBounds.Fft(8, UDouble, Math.Sqrt(5), 3, Math.Sqrt(10), 4);
        var expected = Absolute.Select(Widened).Select(abs => fft + (UDouble * abs + double.Epsilon)).ToArray();
        Assert.Equal(expected, bounds);
        Assert.True(bounds[0] > 1e-15); // the transform's error reaches an element whose absolute sum is zero
    }

    [Fact]
    public void A_complex_allowance_adds_the_direct_sum_in_double_of_the_spec_answer()
    {
        // in1 = [0, i, −2] * in2 = [1, 3i]: the magnitudes are those of the real case, |in1| * |in2| = [0, 1, 5, 6].
        var args = new JsonObject
        {
            ["in1"] = WireTensor.ToNode(TensorValue.Complex(DType.Complex128, [3], [Complex.Zero, new Complex(0, 1), new Complex(-2, 0)])),
            ["in2"] = WireTensor.ToNode(TensorValue.Complex(DType.Complex128, [2], [new Complex(1, 0), new Complex(0, 3)])),
        };
        var bounds = BoundsOf(args, DType.Complex128, Tolerance.Direct);
        var expected = Absolute.Select(Widened)
            .Select(abs => CheckBounds.DirectSum(4, UDouble, abs, true, double.Epsilon)
                + (UDouble * abs + double.Epsilon + CheckBounds.DirectSum(2, UDouble, abs, true, double.Epsilon))).ToArray();
        Assert.Equal(expected, bounds);
    }

    [Fact]
    public void A_non_finite_input_adds_the_direct_sum_in_double_of_the_spec_answer()
    {
        // in1 = [0, 1, ∞]: |in1| * |in2| = [0, 1, ∞, ∞], so the first two elements keep finite allowances.
        var bounds = BoundsOf(RealArgs(DType.Float64, double.PositiveInfinity), DType.Float64, Tolerance.Direct);
        var expected = new double[] { 0, 1 }.Select(Widened)
            .Select(abs => CheckBounds.DirectSum(4, UDouble, abs, false, double.Epsilon)
                + (UDouble * abs + double.Epsilon + CheckBounds.DirectSum(2, UDouble, abs, false, double.Epsilon))).ToArray();
        Assert.Equal(expected, bounds[..2]);
    }

    private static JsonObject OneComplex(Complex z) => new()
    {
        ["in1"] = WireTensor.ToNode(TensorValue.Complex(DType.Complex128, [2], [new Complex(1, 1), z])),
        ["in2"] = WireTensor.ToNode(TensorValue.Int64([1], [1])),
    };

    [Fact]
    public void A_complex_input_with_a_nan_only_in_its_real_part_is_non_finite()
    {
        Assert.True(ElementBounds.HasNonFiniteInputs(OneComplex(new Complex(double.NaN, 2))));
    }

    [Fact]
    public void A_complex_input_with_an_infinity_only_in_its_imaginary_part_is_non_finite()
    {
        Assert.True(ElementBounds.HasNonFiniteInputs(OneComplex(new Complex(2, double.NegativeInfinity))));
    }

    [Fact]
    public void Finite_complex_inputs_are_finite()
    {
        Assert.False(ElementBounds.HasNonFiniteInputs(OneComplex(new Complex(2, -3))));
    }

    [Fact]
    public void Int64_inputs_are_finite()
    {
        Assert.False(ElementBounds.HasNonFiniteInputs(new JsonObject
        {
            ["in1"] = WireTensor.ToNode(TensorValue.Int64([2], [1, -2])), ["in2"] = WireTensor.ToNode(TensorValue.Int64([1], [3])),
        }));
    }
}
