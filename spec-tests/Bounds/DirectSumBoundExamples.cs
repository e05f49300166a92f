using ConvSpec.Bounds;

namespace ConvSpec.SpecTests.Bounds;

/// <summary>
/// The direct-summation bounds at n = 2^30 terms, where n u = 2^−23 and γ_n = 2^−23 / (1 − 2^−23) = 1/(2^23 − 1)
/// is large enough that each factor of the formulas shows in the value.
/// </summary>
public class DirectSumBoundExamples
{
    private static readonly double U = Math.ScaleB(1, -53);
    private const int N = 1 << 30;

    [Fact] // u_f + (1 + u_f) γ_n = 2^−24 + (1 + 2^−24)/(2^23 − 1) = 1.788139556424564889…e−7, the nearest double written out
    public void Single_direct_sum_bound_adds_the_float_rounding_to_gamma_of_the_terms() =>
        Assert.Equal(1.788139556424565e-07, ErrorBound.DirectSumSingle(1, N));

    [Fact] // γ_n/(1 − γ_n) = 1/(2^23 − 2) = 1.192093179724974566…e−7; the factor 1 + 4u covers the formula's own four roundings
    public void Bound_from_a_computed_magnitude_is_gamma_over_one_minus_gamma_rounded_up()
    {
        const double exact = 1.1920931797249746e-07; // nearest double to 1/(2^23 − 2)
        Assert.InRange(ErrorBound.DirectSumFromComputed(1, N), exact, exact * (1 + 8 * U));
        Assert.InRange(ErrorBound.DirectSumFromComputed(Math.ScaleB(1, 40), N), exact * Math.ScaleB(1, 40), exact * Math.ScaleB(1, 40) * (1 + 8 * U));
    }
}
