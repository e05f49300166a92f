using ConvSpec.Bounds;

namespace ConvSpec.SpecTests.Bounds;

/// <summary>
/// The FFT-convolution bound ρ (D + E (Q + D))(1 + 8u) with
/// D = E(‖a‖₂‖b‖₁ + ‖a‖₁‖b‖₂) + E²√N ‖a‖₂‖b‖₂ + √2γ_3 (1 + E)(‖a‖₂‖b‖₁ + E√N ‖a‖₂‖b‖₂), Q = min(‖a‖₂‖b‖₁, ‖a‖₁‖b‖₂),
/// ρ = 1 complex, √2 real. Expected values were computed from the formula at 300 bits (mpmath) without the factor
/// 1 + 8u, and the bound lies between that value and the value raised by 12u: the factor covers the formula's own roundings.
/// </summary>
public class FftConvolutionBoundExamples
{
    private static readonly double U = Math.ScaleB(1, -53);

    private static void AssertRoundedUp(double exact, double actual) =>
        Assert.InRange(actual, exact, exact * (1 + 12 * U));

    /// <summary>
    /// ‖a‖₂ = 2, ‖a‖₁ = 3, ‖b‖₂ = 5, ‖b‖₁ = 7, E = 2^−10, N = 16: Q = min(14, 15) = 14,
    /// D = 29E + 40E² + √2γ_3 (1 + E)(14 + 40E); complex 0.0420580282807416415…, real √2 times it.
    /// </summary>
    [Theory]
    [InlineData(true, 0.04205802828074164)]
    [InlineData(false, 0.05947903400129601)]
    public void Fft_convolution_bound_of_given_norms_and_transform_error(bool complex, double exact) =>
        AssertRoundedUp(exact, ErrorBound.FftConvolution(2, 3, 5, 7, Math.ScaleB(1, -10), 16, complex));

    /// <summary>
    /// ‖a‖₂ = 1/2, ‖a‖₁ = 0, ‖b‖₂ = 3, ‖b‖₁ = 2^−30, N = 9, and E = 2^−51 about as large as √2γ_3 = 4.24u, so that the
    /// product's rounding term √2γ_3 (1 + E)(2^−31 + 4.5E) weighs as much as E²√N ‖a‖₂‖b‖₂ = 4.5E²: 4.2613636456014483…e−25.
    /// </summary>
    [Fact]
    public void Fft_convolution_bound_when_the_product_rounding_matches_the_transform_error() =>
        AssertRoundedUp(4.261363645601448e-25, ErrorBound.FftConvolution(0.5, 0, 3, Math.ScaleB(1, -30), Math.ScaleB(1, -51), 9, complex: true));

    /// <summary>
    /// ‖a‖₂ = ‖b‖₂ = 1, ‖a‖₁ = ‖b‖₁ = 0, E = 1, N = 1: Q = 0, D = 1 + 2√2γ_3 = 1 + 8.485…u, and the bound
    /// 2D(1 + 8u) = 2 + 32.97…u, whose nearest double is 2 + 32u = 2 + 2^−48 (the ulp at 2 is 4u).
    /// </summary>
    [Fact]
    public void Fft_convolution_bound_with_unit_transform_error()
    {
        Assert.Equal(2 + Math.ScaleB(1, -48), ErrorBound.FftConvolution(1, 0, 1, 0, 1, 1, complex: true));
    }

    /// <summary>
    /// a = (1, 2, 3), b = (0, 1, 1/2) padded to 8, real: ‖a‖₂ = √14 (1 + 5u), ‖a‖₁ = 6 (1 + 4u), ‖b‖₂ = √(5/4) (1 + 5u),
    /// ‖b‖₁ = 3/2 (1 + 4u), E = ε of the real FFT of 8 = (1 + ε_4)(1 + 4√2γ_4)(1 + μ) − 1, N = 8: 2.26494270584962676…e−13.
    /// </summary>
    [Fact]
    public void Fft_convolution_bound_of_real_vectors_uses_their_norms_and_the_real_transform() =>
        AssertRoundedUp(2.2649427058496268e-13, ErrorBound.FftConvolution([1, 2, 3], [0, 1, 0.5], [8]));

    /// <summary>
    /// Blocks (1, 2) and (3, −4), b = (1, 2), padded to 4, rank 10 (each output adds up to 2^10 block results):
    /// Σ β_block + γ_1024 Σ (‖block‖₂‖b‖₁ + β_block), with β of each block as above (E = ε of the real FFT of 4)
    /// and γ_1024 = 1024u/(1 − 1024u) ≈ 1.1e−13 as large as the β's: 3.26167622657492086…e−12.
    /// </summary>
    [Fact]
    public void Overlap_add_bound_is_the_block_bounds_plus_gamma_of_the_adds() =>
        AssertRoundedUp(3.261676226574921e-12, ErrorBound.OverlapAdd([[1, 2], [3, -4]], [1, 2], [4], 10));
}
