using ConvSpec.Validation;

namespace ConvSpec.Continuous;

/// <summary>Continuous convolution c(t) = ∫ x(u) h(t − u) du of two real functions, and its discrete approximation.</summary>
public static partial class ContinuousConvolve
{
    /// <summary>The notes' continuous convolution, by adaptive quadrature, and the sampled sum that approximates it.</summary>
    [SpecOnly("continuous convolution is the model that the discrete spec approximates; quadrature is its only algorithm, so there is no faster twin to agree with")]
    public static partial class Spec
    {
        /// <summary>c(t) to <paramref name="tolerance"/>, with the quadrature's error estimate.</summary>
        /// <remarks>
        /// Notes, "The Convolution Operation": s(t) = ∫ x(a) w(t − a) da. With x zero outside
        /// <paramref name="xSupport"/> = [p, q] and h zero outside <paramref name="hSupport"/> = [r, s], the integrand
        /// x(u) h(t − u) vanishes off W(t) = [p, q] ∩ [t − s, t − r], so
        /// c(t) = ∫_{W(t)} x(u) h(t − u) du   (0 when W(t) is empty),
        /// computed by <see cref="GaussKronrod.Integrate"/> over W(t) (ends may be infinite). Jumps of x and h at
        /// their support ends fall on the ends of W(t), where the Gauss–Kronrod rule never samples.
        /// </remarks>
        public static Estimate At(Func<double, double> x, Support xSupport, Func<double, double> h, Support hSupport,
            double t, Tolerance tolerance)
        {
            Preconditions.NotNull(x, nameof(x));
            Preconditions.NotNull(h, nameof(h));
            Preconditions.Require(double.IsFinite(t), nameof(t), $"must be finite (got {t})");
            if (xSupport.Intersect(hSupport.Reflected(t)) is not { } window) return new Estimate(0, 0, true, 0);
            return GaussKronrod.Integrate(u => x(u) * h(t - u), window.Lo, window.Hi, tolerance);
        }

        /// <summary>The function t ↦ c(t), each value computed by <see cref="At"/>.</summary>
        /// <remarks>c(t) = ∫ x(u) h(t − u) du, as in <see cref="At"/>.</remarks>
        public static Func<double, Estimate> Of(Func<double, double> x, Support xSupport, Func<double, double> h, Support hSupport,
            Tolerance tolerance)
        {
            Preconditions.NotNull(x, nameof(x));
            Preconditions.NotNull(h, nameof(h));
            return t => At(x, xSupport, h, hSupport, t, tolerance);
        }

        /// <summary>The discrete approximation Σ_k x(kΔ) h(t − kΔ) Δ of c(t) with step Δ = <paramref name="step"/>.</summary>
        /// <remarks>
        /// c_Δ(t) = Σ_{k ∈ ℤ} x(kΔ) h(t − kΔ) Δ, the terms with kΔ ∉ W(t) = xSupport ∩ [t − s, t − r] being zero, so
        /// k runs from ⌈W.lo/Δ⌉ to ⌊W.hi/Δ⌋; W(t) must be finite. This is the discrete convolution of the samples
        /// x_k = x(kΔ), h_k = h(kΔ) scaled by Δ when t is a multiple of Δ. For g(u) = x(u) h(t − u) twice continuously
        /// differentiable on ℝ (so zero with g' at W's ends), the sum is the trapezoid rule on the grid interval that
        /// covers W, so |c_Δ(t) − c(t)| ≤ (|W| + 2Δ) Δ² max|g''| / 12: O(Δ²).
        /// </remarks>
        public static double DiscreteSum(Func<double, double> x, Support xSupport, Func<double, double> h, Support hSupport,
            double t, double step)
        {
            Preconditions.NotNull(x, nameof(x));
            Preconditions.NotNull(h, nameof(h));
            Preconditions.Require(double.IsFinite(t), nameof(t), $"must be finite (got {t})");
            Preconditions.Require(double.IsFinite(step) && step > 0, nameof(step), $"must be finite and > 0 (got {step})");
            if (xSupport.Intersect(hSupport.Reflected(t)) is not { } window) return 0;
            Preconditions.Require(window.IsFinite, nameof(xSupport),
                $"the discrete sum needs x·h(t − ·) to vanish outside a finite window; give x or h a finite support (got {window})");
            var (first, last) = (Math.Ceiling(window.Lo / step), Math.Floor(window.Hi / step));
            Preconditions.Require(last - first < 1e8, nameof(step), $"gives {last - first + 1} terms over {window}; at most 1e8 are summed");
            var sum = 0.0;
            for (var k = first; k <= last; k++)
                sum += x(k * step) * h(t - k * step) * step;
            return sum;
        }
    }
}
