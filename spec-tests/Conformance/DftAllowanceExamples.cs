using System.Numerics;
using System.Text.Json.Nodes;
using ConvSpec.Bounds;
using ConvSpec.Conformance;
using ConvSpec.Fourier;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The dft and idft allowance written out from its formula: per element, candidate + reference + (N + Σ_a n_a)·η, with
/// the transform lengths n_a of the axes asked, reference = <see cref="DftErrorBound"/> on ‖x‖₁, and candidate 0 (exact),
/// the reference again (direct) or, for the FFT class, the larger of <see cref="DftFastErrorBound"/> on ‖x‖₂ and the
/// radix-2 bound at the Bluestein length: ε_a = γ_{L_a}(η), L_a = log2 of the power of two ≥ 2n_a − 1,
/// η = u + 1.4143·γ₄ (1.4143 > √2 + u), composed over the axes (inverse: one more u per axis), times √N‖x‖₂ (inverse: ‖x‖₂/√N), times 1.01.
/// </summary>
public class DftAllowanceExamples
{
    private const double U = 1.0 / (1L << 53);

    private static double Compose(double e, double x) => e + x + e * x;

    private static double Radix2(int[] lengths, double norm2, bool inverse)
    {
        var eta = U + CheckBounds.Gamma(4, U) * 1.4143;
        var relative = 0.0;
        foreach (var n in lengths)
        {
            var eps = CheckBounds.Gamma(BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)(2 * n - 1))), eta);
            relative = Compose(relative, inverse ? Compose(eps, U) : eps);
        }
        var root = Math.Sqrt(lengths.Aggregate(1.0, (p, n) => p * n));
        return relative * (inverse ? norm2 / root : norm2 * root) * 1.01;
    }

    private static double Expected(bool inverse, double[] x, int[] lengths, Tolerance tolerance)
    {
        var complex = x.Select(v => new Complex(v, 0)).ToArray();
        var (norm1, norm2) = (DftErrorBound.Norm1(complex), DftFastErrorBound.Norm2(complex));
        var reference = inverse ? DftErrorBound.Inverse(lengths, norm1) : DftErrorBound.Forward(lengths, norm1);
        var fast = inverse ? DftFastErrorBound.Inverse(lengths, norm2) : DftFastErrorBound.Forward(lengths, norm2);
        var candidate = tolerance switch
        {
            Tolerance.Exact => 0,
            Tolerance.Direct => reference,
            _ => Math.Max(fast, Radix2(lengths, norm2, inverse)),
        };
        return candidate + reference + (x.Length + lengths.Sum()) * double.Epsilon;
    }

    [Theory]
    [InlineData("dft", new[] { 6 }, new[] { 1.0, -2, 3, 4, 5, 6 }, null, new[] { 6 })] // the fast bound exceeds radix 2
    [InlineData("idft", new[] { 6 }, new[] { 1.0, -2, 3, 4, 5, 6 }, null, new[] { 6 })]
    [InlineData("idft", new[] { 2, 3 }, new[] { 1.0, 2, 3, 4, 5, 6 }, "[0]", new[] { 2 })] // only the axes asked
    [InlineData("dft", new[] { 2, 3 }, new[] { 1.0, 2, 3, 4, 5, 6 }, "-1", new[] { 3 })]
    [InlineData("idft", new[] { 1, 1 }, new[] { 3.0 }, null, new[] { 1, 1 })] // radix 2 alone: 1.01·((1 + u)² − 1)·3
    [InlineData("dft", new[] { 1 }, new[] { 3.0 }, null, new[] { 1 })] // a forward length 1 has no error
    [InlineData("idft", new[] { 4 }, new[] { 1.0, 2, 3, -4 }, null, new[] { 4 })]
    [InlineData("dft", new[] { 3 }, new[] { 0.0, 0, 0 }, null, new[] { 3 })] // zeros: (3 + 3)·η alone
    [InlineData("idft", new[] { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2 }, new[] { 1.0, -2 }, null,
        new[] { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2 })] // radix 2's u for each of 20 length-1 passes outgrows ours
    public void Allowance_is_the_sum_of_its_terms_for_every_tolerance(string op, int[] shape, double[] x, string? axes, int[] lengths)
    {
        var args = new JsonObject { ["x"] = WireTensor.ToNode(TensorValue.Real(DType.Float64, shape, x)) };
        if (axes is not null) args["axes"] = JsonNode.Parse(axes);
        var generator = (IElementAllowance)CaseGenerators.Find(op);
        var expected = TensorValue.Complex(DType.Complex128, shape, new Complex[x.Length]);
        foreach (var tolerance in new[] { Tolerance.Exact, Tolerance.Direct, Tolerance.Fft })
        {
            var bound = Expected(op == "idft", x, lengths, tolerance);
            Assert.All(generator.Allowance(args, expected, tolerance)!, b => Assert.Equal(bound, b));
        }
    }
}
