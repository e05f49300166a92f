using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Fourier;

namespace ConvSpec.SpecTests.Fourier;

/// <summary>
/// The values of <see cref="DftErrorBound"/>'s formulas for given n, each written out here from its definition
/// (Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed.: γ_k of §3.1, Lemma 3.1; √2γ₂ of Lemma 3.5; the
/// derivation in DftErrorBound's summary) and compared bit for bit: u = 2^−53, and each formula is evaluated in the
/// order it is written, or exactly (Dyadic) and rounded once where the definition is exact.
/// </summary>
public class DftErrorBoundExamples
{
    private static readonly double U = Math.ScaleB(1, -53);

    /// <summary>γ_k = k u / (1 − k u) = k / (2^53 − k): both operands exact, one rounded division.</summary>
    private static double Gamma(int k) => k / (Math.ScaleB(1, 53) - k);

    /// <summary>
    /// θ(n) = (1 + μ)(1 + √2 γ₂)(1 + γ_{n−1}) − 1 with μ = 8u, left to right, each product (1 + e)(1 + x) − 1 formed
    /// as e + x + e·x.
    /// </summary>
    private static double Theta(int n)
    {
        var mu = 8 * U;
        var product = Math.Sqrt(2) * Gamma(2);
        var sum = Gamma(n - 1);
        var rootAndProduct = mu + product + mu * product;
        return rootAndProduct + sum + rootAndProduct * sum;
    }

    /// <summary>θ(n) of the same three doubles μ, √2γ₂, γ_{n−1}, exactly, rounded once to the nearest double.</summary>
    private static double ExactTheta(int n)
    {
        var one = Dyadic.MultiplicativeIdentity;
        Dyadic Factor(double x) => one + Dyadic.FromDouble(x);
        return (Factor(8 * U) * Factor(Math.Sqrt(2) * Gamma(2)) * Factor(Gamma(n - 1)) - one).ToDouble();
    }

    /// <summary>θ'(n) = (1 + θ(n))(1 + u) − 1, exactly, rounded once to the nearest double.</summary>
    private static double InverseTheta(int n)
    {
        var (one, theta, u) = (Dyadic.MultiplicativeIdentity, Dyadic.FromDouble(Theta(n)), Dyadic.FromDouble(U));
        return ((one + theta) * (one + u) - one).ToDouble();
    }

    public static TheoryData<int> Lengths => new(1, 2, 3, 17, 1000, 1 << 20);

    [Theory] // k = 2^30: k u = 2^−23, γ = 1/(2^23 − 1)
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(1000)]
    [InlineData(1 << 30)]
    public void Gamma_is_k_over_2_to_the_53_minus_k(int k) =>
        Assert.Equal(Gamma(k), DftErrorBound.Gamma(k));

    [Fact]
    public void Gamma_of_2_to_the_30_is_one_over_2_to_the_23_minus_one() =>
        Assert.Equal(1.0 / 8_388_607, DftErrorBound.Gamma(1 << 30));

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Term_factor_is_the_product_of_root_product_and_sum_errors(int n) =>
        Assert.Equal(Theta(n), DftErrorBound.TermFactor(n));

    /// <summary>
    /// θ(n) is about 10.83u + γ_{n−1}; formed as a product of factors 1 + x rounded near 1, where an ulp is 2u, it lost
    /// up to u a factor (θ(1) came out as 10u). Composed from the small terms it stays within 2 ulps of the exact value.
    /// </summary>
    [Theory]
    [MemberData(nameof(Lengths))]
    public void Term_factor_keeps_every_factor_in_full(int n)
    {
        var exact = ExactTheta(n);
        Assert.InRange(DftErrorBound.TermFactor(n), exact * (1 - 4 * U), exact * (1 + 4 * U));
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Inverse_term_factor_adds_one_rounding_to_the_term_factor(int n)
    {
        Assert.Equal(InverseTheta(n), DftErrorBound.InverseTermFactor(n));
        Assert.True(DftErrorBound.InverseTermFactor(n) > DftErrorBound.TermFactor(n), "the division by n adds a rounding");
    }

    /// <summary>
    /// ‖x‖₁ of ten values with exact moduli (|3 + 4i| = 5, |−6 + 8i| = 10, |12 − 16i| = 20 and axis-aligned ones) is
    /// 55.75, and the bound on it is that sum times (1 + γ_{n+1}) = (1 + γ₁₁).
    /// </summary>
    [Fact]
    public void Norm1_bound_is_the_sum_of_moduli_times_one_plus_gamma_of_n_plus_one()
    {
        Complex[] x = [new(3, 4), new(0, -2), new(-6, 8), 1, 0, new(0, 7), -9, new(12, -16), 0.5, new(0, -1.25)];
        Assert.Equal(55.75, x.Sum(z => z.Magnitude));
        Assert.Equal(55.75 * (1 + Gamma(11)), DftErrorBound.Norm1(x));
    }

    /// <summary>
    /// Forward(lengths, ‖x‖₁) = (Π_a (1 + θ(n_a)) − 1)·‖x‖₁, the product formed as θ₄ + θ₃ + θ₄θ₃, here for axes of 4
    /// and 3 and ‖x‖₁ = 24.
    /// </summary>
    [Fact]
    public void Forward_bound_composes_the_term_factors_of_the_axes()
    {
        var (t4, t3) = (Theta(4), Theta(3));
        Assert.Equal((t4 + t3 + t4 * t3) * 24, DftErrorBound.Forward([4, 3], 24));
    }

    /// <summary>
    /// Inverse(lengths, ‖X‖₁) = (Π_a (1 + θ'(n_a)) − 1)·‖X‖₁ / Π_a n_a, the product formed as θ'₄ + θ'₃ + θ'₄θ'₃, here
    /// 4·3 = 12 and ‖X‖₁ = 24.
    /// </summary>
    [Fact]
    public void Inverse_bound_composes_the_inverse_term_factors_and_divides_by_the_size()
    {
        var (t4, t3) = (InverseTheta(4), InverseTheta(3));
        Assert.Equal((t4 + t3 + t4 * t3) * 24 / 12, DftErrorBound.Inverse([4, 3], 24));
    }

    /// <summary>
    /// Three axes of length 1: θ(1) = μ + √2γ₂ + μ√2γ₂, and (1 + θ(1))³ − 1 = 3θ + 3θ² + θ³ must be reached to within a
    /// few ulps, forward and inverse; factors 1 + θ rounded near 1 fell short by up to u each.
    /// </summary>
    [Fact]
    public void Composed_axes_keep_every_factor_in_full()
    {
        var (t, ti) = (Theta(1), InverseTheta(1));
        var (forward, inverse) = (3 * t + 3 * t * t + t * t * t, 3 * ti + 3 * ti * ti + ti * ti * ti);
        Assert.InRange(DftErrorBound.Forward([1, 1, 1], 1), forward * (1 - 8 * U), forward * (1 + 8 * U));
        Assert.InRange(DftErrorBound.Inverse([1, 1, 1], 1), inverse * (1 - 8 * U), inverse * (1 + 8 * U));
    }
}
