using System.Numerics;
using System.Text.Json.Nodes;
using ConvSpec.Bounds;
using ConvSpec.Circulant;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// circular_convolve's bound inputs and FFT allowance, written out from their formulas. Per element k, with
/// M = 1 + 2^−20 (the margin for what the checker computes in double), A_k = (|a| ⊛ |b|)_k·M, u and η of the result
/// dtype: max(generic, (ours + u·A_k)·M) + η for the candidate, and u·A_k + η for the spec's own distance, plus the
/// double direct bound γ_N·A_k (√2·γ_{N+2}·A_k when complex) + N·η_double when the spec did not compute exactly.
/// generic = <see cref="CheckBounds.Fft"/> at the transform length, ours = <see cref="CircularConvolveErrorBound"/> on the
/// norms times M.
/// </summary>
public class CircularConvolveAllowanceExamples
{
    private const double M = 1 + 1.0 / (1 << 20);

    private static readonly IElementAllowance Generator = (IElementAllowance)CaseGenerators.Find("circular_convolve");

    private static JsonObject Args(TensorValue a, TensorValue b) => new() { ["in1"] = WireTensor.ToNode(a), ["in2"] = WireTensor.ToNode(b) };

    private static double[] Allowance(TensorValue a, TensorValue b) =>
        Generator.Allowance(Args(a, b), TensorValue.Real(a.DType, a.Shape, new double[a.Length]), Tolerance.Fft)!;

    /// <summary>The formula of the summary for one element; <paramref name="norms"/> = (‖a‖₂, ‖a‖₁, ‖b‖₂, ‖b‖₁).</summary>
    private static double Expected(bool single, bool complex, long transformLength, (double A2, double A1, double B2, double B1) norms,
        int[] shape, double absolute)
    {
        var (u, eta) = single ? (Math.ScaleB(1, -24), (double)float.Epsilon) : (Math.ScaleB(1, -53), double.Epsilon);
        var generic = CheckBounds.Fft(transformLength, u, norms.A2, norms.A1, norms.B2, norms.B1);
        var ours = CircularConvolveErrorBound.Fft(norms.A2 * M, norms.A1 * M, norms.B2 * M, norms.B1 * M, shape);
        var abs = absolute * M;
        var n = shape.Aggregate(1, (p, d) => p * d);
        var spec = complex ? CheckBounds.DirectSum(n, Math.ScaleB(1, -53), abs, true, double.Epsilon) : 0;
        return Math.Max(generic, (ours + u * abs) * M) + eta + (u * abs + eta + spec);
    }

    [Fact] // [1, 2] ⊛ [3, 4] = [1·3 + 2·4, 1·4 + 2·3] = [11, 10]; ‖a‖ = (√5, 3), ‖b‖ = (5, 7); transform length 4
    public void Float64_allowance_is_the_generic_fft_bound_plus_the_rounding_of_the_absolute_result()
    {
        var (a, b) = (TensorValue.Real(DType.Float64, [2], [1, 2]), TensorValue.Real(DType.Float64, [2], [3, -4]));
        Assert.Equal([Expected(false, false, 4, (Math.Sqrt(5), 3, 5, 7), [2], 11), Expected(false, false, 4, (Math.Sqrt(5), 3, 5, 7), [2], 10)],
            Allowance(a, b));
    }

    [Fact] // as above in float32: u = 2^−24, η the smallest float subnormal
    public void Float32_allowance_uses_the_single_precision_roundoff()
    {
        var (a, b) = (TensorValue.Real(DType.Float32, [2], [1, 2]), TensorValue.Real(DType.Float32, [2], [3, -4]));
        Assert.Equal([Expected(true, false, 4, (Math.Sqrt(5), 3, 5, 7), [2], 11), Expected(true, false, 4, (Math.Sqrt(5), 3, 5, 7), [2], 10)],
            Allowance(a, b));
    }

    [Fact] // [1, 2i] ⊛ [3, 4]: magnitudes as above; the spec's complex sums are not exact, so the direct bound joins
    public void Complex_allowance_adds_the_direct_bound_of_the_spec_sums()
    {
        var a = TensorValue.Complex(DType.Complex128, [2], [new Complex(1, 0), new Complex(0, 2)]);
        var b = TensorValue.Complex(DType.Complex128, [2], [new Complex(3, 0), new Complex(-4, 0)]);
        var expected = TensorValue.Complex(DType.Complex128, [2], new Complex[2]);
        Assert.Equal([Expected(false, true, 4, (Math.Sqrt(5), 3, 5, 7), [2], 11), Expected(false, true, 4, (Math.Sqrt(5), 3, 5, 7), [2], 10)],
            Generator.Allowance(Args(a, b), expected, Tolerance.Fft)!);
    }

    [Fact] // ones(7) ⊛ ones(7) = 7 everywhere; ‖·‖ = (√7, 7); transform length 16; a Bluestein length, where ours exceeds generic
    public void Allowance_of_a_prime_length_is_this_library_s_fft_bound()
    {
        var ones = TensorValue.Real(DType.Float64, [7], Enumerable.Repeat(1.0, 7).ToArray());
        var norms = (Math.Sqrt(7), 7.0, Math.Sqrt(7), 7.0);
        Assert.True(CircularConvolveErrorBound.Fft(norms.Item1, 7, norms.Item1, 7, [7]) > CheckBounds.Fft(16, Math.ScaleB(1, -53), norms.Item1, 7, norms.Item1, 7));
        Assert.All(Allowance(ones, ones), x => Assert.Equal(Expected(false, false, 16, norms, [7], 7), x));
    }

    [Fact] // zeros: every norm and (|a| ⊛ |b|) is 0, so what is left is η for the candidate and η for the spec
    public void Allowance_of_zeros_is_two_smallest_subnormals()
    {
        var zeros = TensorValue.Real(DType.Float64, [2], [0, 0]);
        Assert.Equal([2 * double.Epsilon, 2 * double.Epsilon], Allowance(zeros, zeros));
    }

    [Fact] // [1, 2, 3] and [4, 5, 6]: N = 3, transform length 2^⌈log2 6⌉ = 8, ‖a‖ = (√14, 6), ‖b‖ = (√77, 15)
    public void Bound_inputs_are_the_length_the_transform_length_and_the_norms()
    {
        var b = CaseGenerators.Find("circular_convolve").Bound(Args(TensorValue.Real(DType.Float64, [3], [1, -2, 3]), TensorValue.Real(DType.Float64, [3], [4, 5, -6])));
        Assert.Equal((3L, 8L, Math.Sqrt(14), 6.0, Math.Sqrt(77), 15.0), (b.Terms, b.TransformLength, b.NormA2, b.NormA1, b.NormB2, b.NormB1));
    }

    [Theory]
    [InlineData("in1")]
    [InlineData("in2")]
    public void Bound_names_the_argument_that_is_not_a_tensor(string name)
    {
        var args = Args(TensorValue.Real(DType.Float64, [1], [1]), TensorValue.Real(DType.Float64, [1], [1]));
        args[name] = true;
        Assert.StartsWith($"{name}: must be a tensor", Assert.Throws<ArgumentException>(() => CaseGenerators.Find("circular_convolve").Bound(args)).Message);
    }
}
