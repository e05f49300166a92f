using ConvSpec.Continuous;

namespace ConvSpec.SpecTests.Continuous;

/// <summary>
/// The error estimate of an integrand that both rules integrate exactly (constant on every panel): K = G up to the
/// rounding of the weights, so the estimate is the roundoff floor 50 u ∫|f|, u = 2^−53, summed over the panels.
/// </summary>
public class GaussKronrodErrorExamples
{
    /// <summary>50 · 2^−53 ≈ 5.55e−15: the floor per unit of ∫|f|.</summary>
    private static readonly double Floor = 50 * Math.ScaleB(1, -53);

    /// <summary>
    /// f = 1 on [0, 1]: ∫f = ∫|f| = 1; f = 3 on [−2, 2]: ∫f = ∫|f| = 12; f = sign(u − 1/2) on [0, 1] (constant on
    /// each of the 32 initial panels, 1/2 is an edge): ∫f = 0 but ∫|f| = 1, so the floor is of ∫|f|, not |∫f|.
    /// The floor meets the default tolerance, so no panel is bisected: 15 nodes on each of 32 panels.
    /// </summary>
    [Theory]
    [InlineData("one", 0.0, 1.0, 1.0, 1.0)]
    [InlineData("three", -2.0, 2.0, 12.0, 12.0)]
    [InlineData("sign", 0.0, 1.0, 0.0, 1.0)]
    public void The_error_of_a_panelwise_constant_integrand_is_the_roundoff_floor_of_its_absolute_integral(
        string name, double a, double b, double integral, double absoluteIntegral)
    {
        Func<double, double> f = name switch
        {
            "one" => _ => 1,
            "three" => _ => 3,
            _ => u => u < 0.5 ? -1 : 1,
        };
        var e = GaussKronrod.Integrate(f, a, b, Tolerance.Default);
        Assert.Equal(integral, e.Value, 1e-14 * absoluteIntegral);
        // the weights' rounding adds |K − G| of a few ulps of ∫|f|, well under 5% of the floor
        Assert.InRange(e.Error, 0.999 * Floor * absoluteIntegral, 1.05 * Floor * absoluteIntegral);
        Assert.True(e.Converged);
        Assert.Equal(15 * GaussKronrod.InitialPanels, e.Evaluations);
    }
}
