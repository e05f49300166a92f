using ConvSpec.Continuous;

namespace ConvSpec.SpecTests.Continuous;

/// <summary>
/// The adaptive loop worked through: integrands whose 32 initial panels do not meet the tolerance, so panels are
/// bisected worst-first until Σ errors ≤ max(abs, rel·|Σ K|); and the stop test's boundary, error = tolerance.
/// </summary>
public class GaussKronrodAdaptiveExamples
{
    /// <summary>The evaluations of a run that spends the whole panel budget: 15 per initial panel, 30 per bisection.</summary>
    private const int BudgetEvaluations = 15 * GaussKronrod.InitialPanels + 30 * (GaussKronrod.PanelBudget - GaussKronrod.InitialPanels);

    /// <summary>
    /// f = 0 with a purely relative tolerance: every panel has error 0 and the tolerance for the value 0 is 0, and
    /// error ≤ tolerance holds with equality: converged on the 32 initial panels, no bisection.
    /// </summary>
    [Fact]
    public void Zero_error_meets_a_zero_tolerance_on_the_initial_panels()
    {
        var e = GaussKronrod.Integrate(_ => 0, 0, 1, new Tolerance(0, 1e-10));
        Assert.Equal(new Estimate(0, 0, true, 15 * GaussKronrod.InitialPanels), e);
    }

    /// <summary>
    /// f = N(u; 1/3, 10^−3) − 1 on [0, 1]: the peak's mass is 1 (its tails past 333σ are below e^−55000), so
    /// ∫f = 0. The 32 initial panels see the peak with a few nodes only and misjudge its mass, so the loop must
    /// bisect; with the true value 0 the relative part (here a loose 0.1) allows nothing, and the absolute
    /// 10^−12 decides: the running value must track Σ K over the current panels, not drift from it.
    /// </summary>
    [Fact]
    public void A_peak_minus_its_mass_integrates_to_zero_within_the_absolute_tolerance()
    {
        var tolerance = new Tolerance(1e-12, 0.1);
        var e = GaussKronrod.Integrate(u => ClosedForms.GaussianAt(1.0 / 3, 1e-3, u) - 1, 0, 1, tolerance);
        Assert.True(e.Converged);
        Assert.InRange(e.Error, 0, 1e-12);
        Assert.Equal(0, e.Value, 1e-12 + e.Error);
        Assert.InRange(e.Evaluations, 15 * GaussKronrod.InitialPanels + 30, BudgetEvaluations - 1);
    }

    /// <summary>
    /// ∫_{−2^60}^{1} du/(1 + u²) = atan(1) + atan(2^60) = 3π/4 − atan(2^−60) ≈ 3π/4, nearly all of it in [−1, 1].
    /// Here a + (b − a) = −2^60 + fl(2^60 + 1) = 0 ≠ b: the last initial panel must end at b itself, or the
    /// mass of [0, 1], π/4, is lost. The tolerance is relative: the first panels see almost none of the peak.
    /// </summary>
    [Fact]
    public void The_initial_panels_end_at_b_even_where_a_plus_the_width_rounds_short_of_it()
    {
        var (a, b) = (-Math.ScaleB(1, 60), 1.0);
        Assert.NotEqual(b, a + (b - a)); // the rounding the example is about
        var e = GaussKronrod.Integrate(u => 1 / (1 + u * u), a, b, new Tolerance(1e-300, 1e-10));
        Assert.True(e.Converged);
        Assert.Equal(3 * Math.PI / 4, e.Value, 1e-9);
    }
}
