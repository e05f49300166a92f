using ConvSpec.Continuous;
using ConvSpec.Convolution;
using ConvSpec.Shapes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Continuous;

/// <summary>Laws of continuous convolution: the quadrature meets closed forms, and the discrete sum converges to it.</summary>
public class ContinuousConvolveLaws
{
    private static readonly Tolerance tolerance = new(1e-13, 1e-10);

    /// <summary>Unit roundoff of double, 2^−53.</summary>
    private static readonly double u = Math.ScaleB(1, -53);

    /// <summary>Support ends on a 1/8 grid in [−4, 4], widths 1/8 .. 4.</summary>
    private static Gen<(double Lo, double Hi)> Box =>
        from lo in Gen.Choose(-32, 32)
        from width in Gen.Choose(1, 32)
        select (lo / 8.0, (lo + width) / 8.0);

    private static Gen<(double Mu, double Sigma)> Normal =>
        from mu in Gen.Choose(-16, 16)
        from sigma in Gen.Choose(4, 16)
        select (mu / 8.0, sigma / 8.0);

    private static Gen<double> Time => Gen.Choose(-800, 800).Select(t => t / 100.0);

    [Property(MaxTest = 100 / CaseCount.Divisor)]
    public Property Box_convolved_with_box_is_the_trapezoid_and_for_equal_widths_the_triangle() =>
        Prop.ForAll(Box.ToArbitrary(), Box.ToArbitrary(), Time.ToArbitrary(), (x, h, t) =>
        {
            var c = ContinuousConvolve.Spec.At(ClosedForms.Box(x.Lo, x.Hi), new Support(x.Lo, x.Hi),
                ClosedForms.Box(h.Lo, h.Hi), new Support(h.Lo, h.Hi), t, tolerance);
            var exact = ClosedForms.BoxTimesBox(x.Lo, x.Hi, h.Lo, h.Hi, t);
            // the two closed forms agree up to the rounding of their few additions (|t|, ends ≤ 8)
            var triangle = x.Hi - x.Lo == h.Hi - h.Lo ? ClosedForms.Triangle(x.Lo + h.Hi, x.Hi - x.Lo, t) : exact;
            return c.Converged && Math.Abs(c.Value - exact) <= tolerance.For(exact) && Math.Abs(triangle - exact) <= 8 * u * (x.Hi - x.Lo + Math.Abs(t) + 8);
        });

    [Property(MaxTest = 100 / CaseCount.Divisor)]
    public Property Gaussian_convolved_with_Gaussian_is_the_Gaussian_with_summed_means_and_variances() =>
        Prop.ForAll(Gen.Zip(Normal, Normal).ToArbitrary(), Time.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(),
            (pair, t, whole) =>
            {
                var (x, h) = pair;
                var (sx, sh) = whole
                    ? (Support.Whole, Support.Whole)
                    : (TwelveSigma(x.Mu, x.Sigma), TwelveSigma(h.Mu, h.Sigma));
                var c = ContinuousConvolve.Spec.At(ClosedForms.Gaussian(x.Mu, x.Sigma), sx, ClosedForms.Gaussian(h.Mu, h.Sigma), sh, t, tolerance);
                var exact = ClosedForms.GaussianTimesGaussian(x.Mu, x.Sigma, h.Mu, h.Sigma, t);
                return (c.Converged && Math.Abs(c.Value - exact) <= tolerance.For(exact) + TailBound(x.Sigma, h.Sigma))
                    .Label($"c = {c}, exact = {exact}");
            });

    /// <summary>
    /// c_Δ(t) → c(t) as Δ halves: every error is within the trapezoid bound (|W| + 2Δ) Δ² max|g''| / 12 (plus the
    /// roundoff of the sum and the tail cut off at twelve σ), and no halving makes the error grow beyond roundoff.
    /// </summary>
    [Property(MaxTest = 50 / CaseCount.Divisor)]
    public Property Discrete_sum_converges_to_the_integral_within_the_trapezoid_bound_as_the_step_halves() =>
        Prop.ForAll(Normal.ToArbitrary(), Normal.ToArbitrary(), Time.ToArbitrary(), (x, h, t) =>
        {
            var (sx, sh) = (TwelveSigma(x.Mu, x.Sigma), TwelveSigma(h.Mu, h.Sigma));
            var exact = ClosedForms.GaussianTimesGaussian(x.Mu, x.Sigma, h.Mu, h.Sigma, t);
            var window = sx.Intersect(sh.Reflected(t));
            var steps = Enumerable.Range(0, 5).Select(j => Math.Min(x.Sigma, h.Sigma) * Math.ScaleB(2, -j)).ToArray();
            var errors = steps.Select(d => Math.Abs(ContinuousConvolve.Spec.DiscreteSum(
                ClosedForms.Gaussian(x.Mu, x.Sigma), sx, ClosedForms.Gaussian(h.Mu, h.Sigma), sh, t, d) - exact)).ToArray();
            var width = window is { } w ? w.Hi - w.Lo : 0;
            var floor = (width / steps[^1] + 3) * u * exact + TailBound(x.Sigma, h.Sigma);
            var bounded = steps.Zip(errors).All(p => p.Second <= TrapezoidBound(x, h, t, width, p.First) + floor);
            var shrinking = errors.Zip(errors.Skip(1)).All(p => p.Second <= p.First + floor);
            return (bounded && shrinking).Label($"errors {string.Join(", ", errors)}; floor {floor}");
        });

    /// <summary>At t = nΔ the sampled sum is Δ times the discrete convolution of the samples: (x_k) ∗ (h_k) at n.</summary>
    [Property(MaxTest = 100 / CaseCount.Divisor)]
    public Property Discrete_sum_on_the_grid_is_the_scaled_discrete_convolution_of_the_samples() =>
        Prop.ForAll(Box.ToArbitrary(), Box.ToArbitrary(), Gen.Choose(-70, 70).ToArbitrary(), (x, h, n) =>
        {
            const double step = 0.125;
            Func<double, double> fx = v => Math.Sin(3 * v) + v, fh = v => Math.Cos(v) - v * v;
            var (x0, h0) = ((int)Math.Ceiling(x.Lo / step), (int)Math.Ceiling(h.Lo / step));
            var xs = Enumerable.Range(x0, (int)Math.Floor(x.Hi / step) - x0 + 1).Select(k => fx(k * step)).ToArray();
            var hs = Enumerable.Range(h0, (int)Math.Floor(h.Hi / step) - h0 + 1).Select(k => fh(k * step)).ToArray();
            var full = Convolve.Spec.Full(xs, hs);
            var index = n - x0 - h0;
            var expected = index >= 0 && index < full.Length ? full[index] * step : 0.0;
            var sum = ContinuousConvolve.Spec.DiscreteSum(fx, new Support(x.Lo, x.Hi), fh, new Support(h.Lo, h.Hi), n * step, step);
            var scale = xs.Sum(Math.Abs) * hs.Sum(Math.Abs) * step;
            return Math.Abs(sum - expected) <= 2 * (xs.Length + hs.Length) * u * scale;
        });

    private static Support TwelveSigma(double mu, double sigma) => new(mu - 12 * sigma, mu + 12 * sigma);

    /// <summary>
    /// |∫ over the truncated supports − ∫ over ℝ| ≤ Φ(−12)·2·(max h + max x), max of a N(·, σ²) density 1/(σ√(2π));
    /// Φ(−12) = 1.78e−33 (tables of the normal distribution), written here rounded up to 2e−33.
    /// </summary>
    private static double TailBound(double sx, double sh) => 2 * 2e-33 * (1 / sx + 1 / sh) / Math.Sqrt(2 * Math.PI);

    /// <summary>
    /// (|W| + 2Δ) Δ² max|g''| / 12 for g(u) = φ_{σx}(u − μx) φ_{σh}(t − u − μh) = φ_S(t − μx − μh) φ_s(u − m),
    /// S² = σx² + σh², s² = σx²σh²/S², whose second derivative is largest at u = m: φ_S(…)/(s³√(2π)).
    /// </summary>
    private static double TrapezoidBound((double Mu, double Sigma) x, (double Mu, double Sigma) h, double t, double width, double step)
    {
        var big = Math.Sqrt(x.Sigma * x.Sigma + h.Sigma * h.Sigma);
        var small = x.Sigma * h.Sigma / big;
        var maxSecond = ClosedForms.GaussianAt(x.Mu + h.Mu, big, t) / (small * small * small * Math.Sqrt(2 * Math.PI));
        return (width + 2 * step) * step * step * maxSecond / 12;
    }
}
