namespace ConvSpec.SpecTests.Continuous;

/// <summary>Functions and the closed forms of their continuous convolutions, for checking the quadrature.</summary>
public static class ClosedForms
{
    /// <summary>The indicator of [lo, hi]: 1 inside (ends included), 0 outside.</summary>
    public static Func<double, double> Box(double lo, double hi) => u => u >= lo && u <= hi ? 1 : 0;

    /// <summary>
    /// Box[l1, h1] ∗ Box[l2, h2] (t) = |[l1, h1] ∩ [t − h2, t − l2]| = max(0, min(h1, t − l2) − max(l1, t − h2)):
    /// a trapezoid, and for equal widths w the triangle w − |t − (l1 + l2 + w)|, zero beyond.
    /// </summary>
    public static double BoxTimesBox(double l1, double h1, double l2, double h2, double t) =>
        Math.Max(0, Math.Min(h1, t - l2) - Math.Max(l1, t - h2));

    /// <summary>The triangle of half-width w centred at c with peak w: max(0, w − |t − c|) (= Box[0,w] ∗ Box[c−w, c] shifted).</summary>
    public static double Triangle(double c, double w, double t) => Math.Max(0, w - Math.Abs(t - c));

    /// <summary>The normal density with mean μ and standard deviation σ: exp(−(u − μ)²/(2σ²)) / (σ√(2π)).</summary>
    public static Func<double, double> Gaussian(double mu, double sigma) => u => GaussianAt(mu, sigma, u);

    /// <summary>The normal density at u.</summary>
    public static double GaussianAt(double mu, double sigma, double u) =>
        Math.Exp(-(u - mu) * (u - mu) / (2 * sigma * sigma)) / (sigma * Math.Sqrt(2 * Math.PI));

    /// <summary>N(μ1, σ1²) ∗ N(μ2, σ2²) = N(μ1 + μ2, σ1² + σ2²): means add, variances add.</summary>
    public static double GaussianTimesGaussian(double mu1, double sigma1, double mu2, double sigma2, double t) =>
        GaussianAt(mu1 + mu2, Math.Sqrt(sigma1 * sigma1 + sigma2 * sigma2), t);
}
