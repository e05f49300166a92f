using ConvSpec.Bounds;

namespace ConvSpec.SpecTests.Bounds;

/// <summary>
/// The check bounds on values worked by hand with a coarse unit roundoff (u = 2^-10 or 2^-6), so each term of the
/// formula moves the result far beyond rounding. Expected values are the exact real numbers (√2 and the rationals
/// evaluated to 60 digits), rounded to the nearest double; the code's few roundings stay within 1e-14 relative.
/// </summary>
public class CheckBoundsFormulaExamples
{
    private static void Near(double expected, double actual) => Assert.Equal(expected, actual, Math.Abs(expected) * 1e-14);

    [Fact] // n·u = 3·(1/2) = 1.5 ≥ 1: γ_3 does not exist and the bound makes no claim (not the formula's −3)
    public void Gamma_past_n_u_of_one_is_infinite()
    {
        Assert.Equal(double.PositiveInfinity, CheckBounds.Gamma(3, 0.5));
        Assert.Equal(double.PositiveInfinity, CheckBounds.Gamma(1L << 60, Math.ScaleB(1, -53)));
    }

    [Fact] // u = 2^-10: γ_3 = 3/1021, so γ_3·1021 = 3; plus n·η = 3·(1/2)
    public void Real_direct_sum_bound_is_gamma_n_times_the_absolute_sum_plus_n_eta()
    {
        Near(4.5, CheckBounds.DirectSum(3, Math.ScaleB(1, -10), 1021, complex: false, eta: 0.5));
    }

    [Fact] // u = 2^-10: √2·γ_{3+2} = √2·5/1019, so times 1019 it is 5√2 = 7.0710678118654752…; plus 3·(1/2)
    public void Complex_direct_sum_bound_is_root_two_gamma_n_plus_two_times_the_absolute_sum_plus_n_eta()
    {
        Near(8.571067811865476, CheckBounds.DirectSum(3, Math.ScaleB(1, -10), 1019, complex: true, eta: 0.5));
    }

    [Fact] // n = 0: no products, yet one subnormal of slack: max(n, 1)·η = η
    public void Direct_sum_bound_of_no_products_is_one_eta()
    {
        Assert.Equal(0.5, CheckBounds.DirectSum(0, Math.ScaleB(1, -10), 0, complex: false, eta: 0.5));
    }

    /// <summary>
    /// u = 1/64: γ_4 = (1/16)/(15/16) = 1/15, γ_2 = 1/31, η = 1/64 + (√2 + 1/64)/15 = 0.1111…;
    /// ε = L·η/(1 − L·η) with L = log2 N; the norms give ‖a‖₂‖b‖₁ + ‖a‖₁‖b‖₂ = 2·7 + 3·5 = 29;
    /// bound = 1.01·(3ε + 2√2/31 + 1/64)·29.
    /// </summary>
    [Theory]
    [InlineData(2, 14.095629638621915)]  // L = 1
    [InlineData(8, 46.96813559395241)]   // L = 3
    [InlineData(5, 46.96813559395241)]   // L = ⌈log2 5⌉ = 3
    public void Fft_bound_worked_for_a_coarse_unit_roundoff(long transformLength, double expected)
    {
        Near(expected, CheckBounds.Fft(transformLength, 1.0 / 64, normA2: 2, normA1: 3, normB2: 5, normB1: 7));
    }

    [Fact] // the smallest positive subnormals: 2^-149 (float) and 2^-1074 (double)
    public void Eta_is_the_smallest_subnormal_of_the_format()
    {
        Assert.Equal(Math.ScaleB(1, -149), CheckBounds.Eta(single: true));
        Assert.Equal(Math.ScaleB(1, -1074), CheckBounds.Eta(single: false));
    }
}
