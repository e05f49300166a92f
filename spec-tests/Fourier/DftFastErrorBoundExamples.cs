using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Bounds;
using ConvSpec.Fourier;

namespace ConvSpec.SpecTests.Fourier;

/// <summary>
/// The values of <see cref="DftFastErrorBound"/>'s formulas for given lengths, written out here from its derivation
/// (its summary: passes compose as Π_a (1 + δ_a) − 1, ‖X‖₂ = √(Π n_a) ‖x‖₂; γ_k of Higham, Accuracy and Stability,
/// §3.1) with ε_n = <see cref="ErrorBound.FftRelative"/>, and compared bit for bit: each formula evaluated in the order
/// it is written, or exactly (Dyadic) and rounded once where the definition is exact.
/// </summary>
public class DftFastErrorBoundExamples
{
    private static readonly double U = Math.ScaleB(1, -53);

    /// <summary>γ_k = k u / (1 − k u) = k / (2^53 − k): both operands exact, one rounded division.</summary>
    private static double Gamma(int k) => k / (Math.ScaleB(1, 53) - k);

    /// <summary>δ of an inverse pass, (1 + ε_n)(1 + u) − 1, exactly, rounded once to the nearest double.</summary>
    private static double InverseDelta(int n)
    {
        var (one, e, u) = (Dyadic.MultiplicativeIdentity, Dyadic.FromDouble(ErrorBound.FftRelative(n)), Dyadic.FromDouble(U));
        return ((one + e) * (one + u) - one).ToDouble();
    }

    /// <summary>Lengths of every kind of plan: radix 4, 2, 3, 5 stages, and Bluestein (7, 97).</summary>
    public static TheoryData<int> Lengths => new(2, 3, 4, 5, 7, 8, 12, 97, 1000);

    [Theory]
    [MemberData(nameof(Lengths))]
    public void A_forward_pass_has_the_FFT_relative_error(int n) =>
        Assert.Equal(ErrorBound.FftRelative(n), DftFastErrorBound.PassRelative(n, inverse: false));

    [Theory]
    [MemberData(nameof(Lengths))]
    public void An_inverse_pass_adds_the_rounding_of_its_division(int n)
    {
        Assert.Equal(InverseDelta(n), DftFastErrorBound.PassRelative(n, inverse: true));
        Assert.True(DftFastErrorBound.PassRelative(n, inverse: true) > DftFastErrorBound.PassRelative(n, inverse: false), "the division by n adds a rounding");
    }

    [Fact] // an axis of extent 1 is copied, in either direction
    public void A_pass_of_length_one_has_no_error()
    {
        Assert.Equal(0.0, DftFastErrorBound.PassRelative(1, inverse: false));
        Assert.Equal(0.0, DftFastErrorBound.PassRelative(1, inverse: true));
    }

    /// <summary>
    /// ‖x‖₂ of ten values with exact moduli: Σ|x_j|² = 661.8125, and the bound is √(661.8125·(1 + γ_{2n+4}))·(1 + 2u)
    /// with 2n + 4 = 24.
    /// </summary>
    [Fact]
    public void Norm2_bound_is_the_root_of_the_sum_of_squares_times_its_rounding_factors()
    {
        Complex[] x = [new(3, 4), new(0, -2), new(-6, 8), 1, 0, new(0, 7), -9, new(12, -16), 0.5, new(0, -1.25)];
        Assert.Equal(661.8125, x.Sum(z => z.Magnitude * z.Magnitude));
        Assert.Equal(Math.Sqrt(661.8125 * (1 + Gamma(24))) * (1 + 2 * U), DftFastErrorBound.Norm2(x));
    }

    /// <summary>Forward([8, 3], ‖x‖₂ = 10) = ((1 + ε₈)(1 + ε₃) − 1)·√24·10·(1 + 4u), the product formed as ε₈ + ε₃ + ε₈ε₃.</summary>
    [Fact]
    public void Forward_bound_is_the_composed_relative_error_times_the_transform_norm()
    {
        var (e8, e3) = (ErrorBound.FftRelative(8), ErrorBound.FftRelative(3));
        Assert.Equal((e8 + e3 + e8 * e3) * Math.Sqrt(24) * 10 * (1 + 4 * U), DftFastErrorBound.Forward([8, 3], 10));
    }

    /// <summary>
    /// Inverse([8, 3], ‖X‖₂ = 10) = ((1 + δ'₈)(1 + δ'₃) − 1)·10/√24·(1 + 4u), δ' the inverse passes' errors, the product
    /// formed as δ'₈ + δ'₃ + δ'₈δ'₃.
    /// </summary>
    [Fact]
    public void Inverse_bound_is_the_composed_relative_error_times_the_inverse_norm()
    {
        var (d8, d3) = (InverseDelta(8), InverseDelta(3));
        Assert.Equal((d8 + d3 + d8 * d3) * 10 / Math.Sqrt(24) * (1 + 4 * U), DftFastErrorBound.Inverse([8, 3], 10));
    }

    /// <summary>
    /// The composed error is not rounded near 1: for three axes of length 8, (1 + ε₈)³ − 1 = 3ε₈ + 3ε₈² + ε₈³, which the
    /// bound must reach to within a few ulps, while the product of factors 1 + ε₈ rounded near 1 can fall short by up to u each.
    /// </summary>
    [Fact]
    public void Composed_relative_error_keeps_every_factor_in_full()
    {
        var e = ErrorBound.FftRelative(8);
        var exact = 3 * e + 3 * e * e + e * e * e;
        Assert.InRange(DftFastErrorBound.Relative([8, 8, 8], inverse: false), exact * (1 - 8 * U), exact * (1 + 8 * U));
    }
}
