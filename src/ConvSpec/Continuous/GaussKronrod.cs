using ConvSpec.Validation;

namespace ConvSpec.Continuous;

/// <summary>
/// Globally adaptive Gauss–Kronrod quadrature (the 7-point Gauss / 15-point Kronrod pair of QUADPACK's QK15):
/// ∫_a^b f(u) du over a finite or infinite interval, with an error estimate.
/// </summary>
/// <remarks>
/// On a panel [c − r, c + r]: K = r Σ_j wk_j f(c + r xk_j), G = r Σ_j wg_j f(c + r xg_j) (the Gauss nodes are
/// every other Kronrod node); the panel's error estimate is |K − G| + 50 u ∫|f| (u = 2^−53, a floor for the
/// roundoff in K). Panels are bisected worst-first until Σ errors ≤ max(abs, rel·|Σ K|) or the panel budget is
/// spent, starting from <see cref="InitialPanels"/> equal panels. Infinite ends are mapped to finite ones: (−∞, ∞) by u = s/(1 − s²), [a, ∞) by u = a + s/(1 − s),
/// (−∞, b] by u = b − s/(1 − s), multiplying f by du/ds.
/// The estimate |K − G| is the error of the 7-point rule, so for smooth f it overstates K's true error.
/// </remarks>
public static class GaussKronrod
{
    private static readonly double[] kronrodNodes =
    [
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.0,
    ];

    private static readonly double[] kronrodWeights =
    [
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
    ];

    /// <summary>Weights of the Gauss nodes kronrodNodes[1], [3], [5], [7].</summary>
    private static readonly double[] gaussWeights =
    [
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327,
    ];

    /// <summary>
    /// The number of equal panels (after mapping) the integration starts from: a peak narrower than one panel
    /// can hide between the 15 nodes of a single panel, making K and G agree on a wrong value.
    /// </summary>
    public const int InitialPanels = 32;

    /// <summary>The largest number of panels before the integration stops unconverged.</summary>
    public const int PanelBudget = 4000;

    /// <summary>∫_a^b f(u) du to <paramref name="tolerance"/>, a ≤ b, either end possibly infinite.</summary>
    public static Estimate Integrate(Func<double, double> f, double a, double b, Tolerance tolerance)
    {
        Preconditions.NotNull(f, nameof(f));
        var interval = new Support(a, b);
        if (a == b) return new Estimate(0, 0, true, 0);
        var (g, lo, hi) = Finite(f, interval);
        var panels = new PriorityQueue<Panel, double>();
        var (value, error, evaluations) = (0.0, 0.0, 0);
        for (var j = 0; j < InitialPanels; j++)
        {
            var panel = Panel.Of(g, lo + (hi - lo) * j / InitialPanels, j + 1 == InitialPanels ? hi : lo + (hi - lo) * (j + 1) / InitialPanels);
            panels.Enqueue(panel, -panel.Error);
            (value, error, evaluations) = (value + panel.Value, error + panel.Error, evaluations + 15);
        }
        while (error > tolerance.For(value) && panels.Count < PanelBudget)
        {
            var worst = panels.Dequeue();
            var mid = 0.5 * (worst.Lo + worst.Hi);
            if (mid <= worst.Lo || mid >= worst.Hi) { panels.Enqueue(worst, double.NegativeInfinity); break; }
            var (left, right) = (Panel.Of(g, worst.Lo, mid), Panel.Of(g, mid, worst.Hi));
            value += left.Value + right.Value - worst.Value;
            error += left.Error + right.Error - worst.Error;
            evaluations += 30;
            panels.Enqueue(left, -left.Error);
            panels.Enqueue(right, -right.Error);
        }
        // re-sum to shed the drift of the running totals
        var all = panels.UnorderedItems.Select(p => p.Element).ToList();
        (value, error) = (all.Sum(p => p.Value), all.Sum(p => p.Error));
        return new Estimate(value, error, error <= tolerance.For(value), evaluations);
    }

    /// <summary>The integrand and interval after mapping infinite ends to finite ones.</summary>
    private static (Func<double, double> G, double Lo, double Hi) Finite(Func<double, double> f, Support s)
    {
        Func<double, double> checkedF = u =>
        {
            var y = f(u);
            return double.IsFinite(y) ? y : throw new ArgumentException($"f: must be finite on the interval (got {y} at u = {u})", nameof(f));
        };
        if (s.IsFinite) return (checkedF, s.Lo, s.Hi);
        if (double.IsInfinity(s.Lo) && double.IsInfinity(s.Hi))
            return (x => Mapped(checkedF, x / (1 - x * x), (1 + x * x) / ((1 - x * x) * (1 - x * x))), -1, 1);
        if (double.IsInfinity(s.Hi))
            return (x => Mapped(checkedF, s.Lo + x / (1 - x), 1 / ((1 - x) * (1 - x))), 0, 1);
        return (x => Mapped(checkedF, s.Hi - x / (1 - x), 1 / ((1 - x) * (1 - x))), 0, 1);
    }

    /// <summary>f(u)·du/ds, and 0 where the map has left the doubles (there f has decayed or the integral diverges).</summary>
    /// <remarks>
    /// du/ds is finite wherever u is: both divide by 1 − s or 1 − s², which are 0 only at a node s = ±1 and at
    /// least 2^−53 at every other double node in [−1, 1].
    /// </remarks>
    private static double Mapped(Func<double, double> f, double u, double jacobian) =>
        double.IsFinite(u) ? f(u) * jacobian : 0;

    private readonly record struct Panel(double Lo, double Hi, double Value, double Error)
    {
        public static Panel Of(Func<double, double> g, double lo, double hi)
        {
            var (c, r) = (0.5 * (lo + hi), 0.5 * (hi - lo));
            var fc = g(c);
            var (kronrod, gauss, absolute) = (kronrodWeights[7] * fc, gaussWeights[3] * fc, kronrodWeights[7] * Math.Abs(fc));
            for (var j = 0; j < 7; j++)
            {
                var (f1, f2) = (g(c - r * kronrodNodes[j]), g(c + r * kronrodNodes[j]));
                kronrod += kronrodWeights[j] * (f1 + f2);
                absolute += kronrodWeights[j] * (Math.Abs(f1) + Math.Abs(f2));
                if (j % 2 == 1) gauss += gaussWeights[j / 2] * (f1 + f2);
            }
            var error = Math.Abs(r * (kronrod - gauss)) + 50 * Math.ScaleB(1, -53) * Math.Abs(r * absolute);
            return new Panel(lo, hi, r * kronrod, error);
        }
    }
}
