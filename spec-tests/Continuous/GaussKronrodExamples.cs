using ConvSpec.Continuous;

namespace ConvSpec.SpecTests.Continuous;

/// <summary>How the adaptive quadrature stops when it cannot meet the tolerance: it reports no convergence, never loops.</summary>
public class GaussKronrodExamples
{
    /// <summary>The evaluations of a run that spends the whole panel budget: 15 per initial panel, 30 per bisection.</summary>
    private const int BudgetEvaluations = 15 * GaussKronrod.InitialPanels + 30 * (GaussKronrod.PanelBudget - GaussKronrod.InitialPanels);

    /// <summary>
    /// f(u) = 1/((u − s)² + 10^−300) on [0, 1] has a pole-like peak of 10^300 at s: the panel holding it stays the
    /// worst until it spans two adjacent doubles, whose midpoint rounds to one of its ends (to Lo or to Hi, by the
    /// parity of the ends near s), so it cannot be bisected; the integration stops there, unconverged, long before
    /// the budget.
    /// </summary>
    [Theory]
    [InlineData(1.0 / 3)]
    [InlineData(0.1)]
    [InlineData(0.7)]
    [InlineData(0.25)]
    public void A_peak_bisected_down_to_adjacent_doubles_stops_unconverged_before_the_budget(double s)
    {
        var e = GaussKronrod.Integrate(u => 1 / ((u - s) * (u - s) + 1e-300), 0, 1, Tolerance.Default);
        Assert.False(e.Converged);
        Assert.InRange(e.Evaluations, 1, BudgetEvaluations - 1);
    }

    /// <summary>
    /// ∫_0^∞ du/(1 + u) diverges (log): the map u = s/(1 − s) puts it on [0, 1), the panels crowd at s = 1 until nodes
    /// round to s = 1 itself, where u = ∞; those count 0 and f is not called there. The budget is spent, unconverged.
    /// </summary>
    [Fact]
    public void A_divergent_integral_spends_the_budget_and_never_calls_f_at_infinity()
    {
        var (calls, infinite) = (0, 0);
        var e = GaussKronrod.Integrate(u =>
        {
            calls++;
            if (!double.IsFinite(u)) infinite++;
            return 1 / (1 + u);
        }, 0, double.PositiveInfinity, Tolerance.Default);
        Assert.False(e.Converged);
        Assert.Equal(BudgetEvaluations, e.Evaluations);
        Assert.Equal(0, infinite);
        Assert.InRange(calls, 1, e.Evaluations - 1);
    }

    /// <summary>
    /// [a, b] = two adjacent doubles, f = 1, a tolerance it cannot meet (relative 10^−16, below the floor 50·2^−53):
    /// the one panel of width b − a has a midpoint that rounds to a (a's last bit even) or to b (b's even), so it
    /// cannot be bisected; the run stops on the initial panels, unconverged, and keeps that panel: ∫_a^b 1 = b − a.
    /// </summary>
    [Theory]
    [InlineData(0)] // [1, 1 + 2^−52]: the midpoint rounds to a = 1
    [InlineData(1)] // [1 + 2^−52, 1 + 2^−51]: the midpoint rounds to b = 1 + 2^−51
    public void A_panel_of_two_adjacent_doubles_is_kept_unbisected_and_unconverged(int k)
    {
        var a = 1 + k * Math.ScaleB(1, -52);
        var b = Math.BitIncrement(a);
        var e = GaussKronrod.Integrate(_ => 1, a, b, new Tolerance(0, 1e-16));
        Assert.False(e.Converged);
        Assert.Equal(15 * GaussKronrod.InitialPanels, e.Evaluations);
        Assert.InRange(e.Error, 1e-16 * (b - a), 1e-13 * (b - a));
        Assert.Equal(b - a, e.Value, e.Error);
    }
}
