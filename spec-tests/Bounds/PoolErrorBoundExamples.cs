using ConvSpec.Bounds;

namespace ConvSpec.SpecTests.Bounds;

/// <summary>
/// The pooling bounds on values worked by hand with u = 2^-10 (γ_n = n/(1024 − n)), so each term moves the result far
/// beyond rounding. Expected values are the exact rationals (or, with ln 8, 60-digit decimals) rounded to the nearest
/// double; the code's few roundings stay within 1e-14 relative.
/// </summary>
public class PoolErrorBoundExamples
{
    private const double U = 1.0 / 1024;

    private static void Near(double expected, double actual) => Assert.Equal(expected, actual, Math.Abs(expected) * 1e-14);

    [Fact] // 3×3 window: n = (3 − 1) + (3 − 1) + 1 = 5; γ_5·Σ|x|/m = (5/1019)·18/9 = 10/1019; plus tiny = 2^-20
    public void Average_bound_is_gamma_of_the_chain_length_times_the_mean_absolute_value_plus_tiny()
    {
        Near(0.009814496363227104, PoolErrorBound.Average([3, 3], sumOfAbsolute: 18, divisor: 9, U, tiny: Math.ScaleB(1, -20)));
    }

    /// <summary>p = 2, K = 3: n = (2 − 1) + (3 − 1) = 3, γ_3 = 3/1021; ((1 + 3/1021)(1 + 1/256) − 1)·|−10| = 70/1021.</summary>
    [Fact]
    public void Lp_bound_composes_the_power_sum_and_root_errors_relative_to_the_result()
    {
        Near(0.06856023506366307, PoolErrorBound.Lp([3], p: 2, exact: -10, U, rootError: 1.0 / 256));
    }

    /// <summary>
    /// With u = 2^-53, p = 2, K = 2: n = 2, γ₂ = 2/(2^53 − 2) ≈ 2u, and ρ = 0.9u; (1 + γ₂)(1 + ρ) − 1 ≈ 2.9u, while the
    /// product of factors rounded near 1 (where an ulp is 2u) loses ρ entirely and gives 2u.
    /// </summary>
    [Fact]
    public void Lp_bound_keeps_a_root_error_below_half_an_ulp_of_one()
    {
        var (u, rho) = (Math.ScaleB(1, -53), 0.9 * Math.ScaleB(1, -53));
        var gamma = 2 / (Math.ScaleB(1, 53) - 2);
        Near(gamma + rho + gamma * rho, PoolErrorBound.Lp([2], p: 2, exact: 1, u, rho));
    }

    [Theory]
    [InlineData(1, 5.0)] // p = 1: the root is the identity
    [InlineData(2, 0.0)] // a zero sum has the exact root 0
    public void Root_error_is_zero_for_p_one_or_a_zero_sum(int p, double s)
    {
        Assert.Equal(0.0, PoolErrorBound.RootError(p, s, outputUnit: Math.ScaleB(1, -24)));
    }

    [Theory] // p = 3, s = 8: u_out + 2·u_d + 1.01·u_d·ln 8 / 3, u_d = 2^-53, ln 8 = 2.0794415416798359…
    [InlineData(0.0, 2.9976894881550916e-16)]
    [InlineData(1.0 / (1 << 24), 5.960464507515957e-08)]
    public void Root_error_is_the_output_rounding_plus_the_roots_and_the_exponents_errors(double outputUnit, double expected)
    {
        Near(expected, PoolErrorBound.RootError(3, 8, outputUnit));
    }

    [Fact] // ln(1/8) = −ln 8: the exponent's error counts |ln s|
    public void Root_error_counts_the_size_of_the_log_of_sums_below_one()
    {
        Near(2.9976894881550916e-16, PoolErrorBound.RootError(3, 0.125, 0));
    }

    [Fact] // m = 4 cells: γ_4 = 4/1020, γ_3 = 3/1021; [γ_4(1 + u)·6/3 + |−5|(u + γ_3)] / (1 − γ_3) + 2^-20
    public void Weighted_average_bound_worked_for_four_cells()
    {
        Near(0.02750686218027773, PoolErrorBound.WeightedAverage(4, sumOfAbsoluteProducts: 6, weight: 3, exact: -5, U, tiny: Math.ScaleB(1, -20)));
    }
}
