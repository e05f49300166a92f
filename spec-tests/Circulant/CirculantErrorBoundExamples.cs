using ConvSpec.Arithmetic;
using ConvSpec.Circulant;

namespace ConvSpec.SpecTests.Circulant;

/// <summary>
/// The quotient error g = (1 + ρ)(1 + √2γ₂) − 1 of <see cref="CirculantErrorBound"/> and
/// <see cref="CirculantFastErrorBound"/>'s solves, with ρ = γ₄ = 4/(2^53 − 4) and γ₂ = 2/(2^53 − 2) (u = 2^−53).
/// </summary>
public class CirculantErrorBoundExamples
{
    private static readonly double U = Math.ScaleB(1, -53);
    private static readonly double Rho = 4 / (Math.ScaleB(1, 53) - 4);
    private static readonly double Product = Math.Sqrt(2) * (2 / (Math.ScaleB(1, 53) - 2));

    [Fact]
    public void Reciprocal_error_is_gamma_4() => Assert.Equal(Rho, CirculantErrorBound.ReciprocalError);

    /// <summary>g = ρ + √2γ₂ + ρ·√2γ₂ ≈ 6.83u, formed from the small terms in that order.</summary>
    [Fact]
    public void Quotient_error_composes_the_reciprocal_and_product_errors() =>
        Assert.Equal(Rho + Product + Rho * Product, CirculantErrorBound.QuotientError);

    /// <summary>
    /// The exact (1 + ρ)(1 + √2γ₂) − 1 of the same doubles, rounded once, is met to within 2 ulps; the product of factors
    /// rounded near 1, where an ulp is 2u, gave 6u (√2γ₂ ≈ 2.83u rounds to 2u), 12% short.
    /// </summary>
    [Fact]
    public void Quotient_error_keeps_every_factor_in_full()
    {
        var one = Dyadic.MultiplicativeIdentity;
        var exact = ((one + Dyadic.FromDouble(Rho)) * (one + Dyadic.FromDouble(Product)) - one).ToDouble();
        Assert.InRange(CirculantErrorBound.QuotientError, exact * (1 - 4 * U), exact * (1 + 4 * U));
        Assert.True(CirculantErrorBound.QuotientError > 6.8 * U, "g ≈ 6.83u");
    }
}
