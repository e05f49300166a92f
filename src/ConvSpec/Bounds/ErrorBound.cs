using ConvSpec.Fourier;

namespace ConvSpec.Bounds;

/// <summary>
/// Rigorous forward error bounds of the fast algorithms, in the standard model fl(x op y) = (x op y)(1 + δ),
/// |δ| ≤ u (Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed., §2.2), with
/// γ_n = n u / (1 − n u) (Lemma 3.1: Π(1 + δ_i)^{±1} = 1 + θ_n, |θ_n| ≤ γ_n).
/// </summary>
public static class ErrorBound
{
    /// <summary>u for double: 2^−53.</summary>
    public const double UnitRoundoff = 1.0 / (1L << 53);

    /// <summary>u for float: 2^−24.</summary>
    public const double UnitRoundoffSingle = 1.0 / (1 << 24);

    /// <summary>
    /// Bound on the error of each computed twiddle factor, |ŵ − w| ≤ μ: ŵ = (cospi(2f), −sinpi(2f)) with f = j/n
    /// reduced to |f| ≤ ½, so the argument 2f carries one rounding and each library call a few ulps; μ = 24u
    /// is taken with margin (the FFT agreement tests would fail if it were exceeded in effect).
    /// </summary>
    public const double TwiddleError = 24 * UnitRoundoff;

    /// <summary>γ_n = n u / (1 − n u); requires n u &lt; 1.</summary>
    public static double Gamma(double n, double u = UnitRoundoff)
    {
        if (n * u >= 1) throw new ArgumentOutOfRangeException(nameof(n), n, $"n: γ_n needs n·u < 1 (got n = {n}, u = {u})");
        return n * u / (1 - n * u);
    }

    /// <summary>
    /// Direct summation (Higham §3.1, Eq. 3.5, any order of summation, with or without FMA): for
    /// c_k = Σ_{i=1}^{n} x_i y_i computed in floating point, |ĉ_k − c_k| ≤ γ_n Σ_i |x_i||y_i|. For convolution
    /// the elementwise bound is |ĉ − c| ≤ γ_n (|a| ∗ |b|), n = the number of terms (kernel elements).
    /// <paramref name="magnitude"/> is (|a| ∗ |b|)_k, exact or an upper bound.
    /// </summary>
    public static double DirectSum(double magnitude, int n, double u = UnitRoundoff) => Gamma(n, u) * magnitude;

    /// <summary>
    /// A float result summed in double and rounded once: |ĉ − c| ≤ (u_f + (1 + u_f) γ_n) (|a| ∗ |b|), since
    /// |c| ≤ (|a| ∗ |b|) and rounding to float adds at most u_f |ĉ_double|.
    /// </summary>
    public static double DirectSumSingle(double magnitude, int n) =>
        (UnitRoundoffSingle + (1 + UnitRoundoffSingle) * Gamma(n)) * magnitude;

    /// <summary>
    /// The bound (|a| ∗ |b|)·γ_n computed from a floating-point <paramref name="computedMagnitude"/> = fl(|a| ∗ |b|):
    /// a sum of n non-negative terms satisfies fl(s) ≥ (1 − γ_n) s, so s ≤ fl(s)/(1 − γ_n); the factor (1 + 4u) covers
    /// the rounding of this formula itself.
    /// </summary>
    public static double DirectSumFromComputed(double computedMagnitude, int n) =>
        Gamma(n) * computedMagnitude / (1 - Gamma(n)) * (1 + 4 * UnitRoundoff);

    /// <summary>
    /// Relative 2-norm error ε_n of this library's complex FFT of length n: ‖X̂ − X‖₂ ≤ ε_n ‖X‖₂.
    /// Smooth n: Higham Thm 24.2 (radix 2: ε = L η/(1 − L η), η = μ + γ_4(√2 + μ)) generalised stage by stage:
    /// a radix-r Stockham stage is √r times a unitary map, its butterflies compute each output as a sum of r
    /// terms with at most g_r roundings each (g = 1, 2, 5, 7 for r = 2, 4, 3, 5; the constants of radix 3 and 5 are
    /// rounded, the complex parts add a √2), then one twiddle product (Higham Lemma 3.5: √2 γ_2, and μ), so
    /// η_r = (1 + √(2r) γ_{g_r})(1 + μ)(1 + √2 γ_2) − 1 and ε_n = Π_stages (1 + η_r) − 1.
    /// Other n (Bluestein, length M ≥ 2n − 1): two chirp products and a circular convolution by FFTs of length M
    /// whose kernel has ‖·‖₁ = 2n − 1, bounded through <see cref="FftConvolutionFactor"/>.
    /// Each product Π (1 + x) − 1 is formed from the x's (<see cref="Compose"/>), never rounded near 1.
    /// </summary>
    public static double FftRelative(int n)
    {
        var plan = FftPlan.Of(n);
        if (!plan.IsSmooth)
        {
            var m = FastLength.Smooth(2 * n - 1);
            var e = FftRelative(m);
            var chirp = Compose(TwiddleError, Math.Sqrt(2) * Gamma(2));
            var conv = (2.0 * n - 1) / Math.Sqrt(n) * FftConvolutionFactor(e, m, complex: true);
            return Compose(Compose(Compose(chirp, chirp), conv), e);
        }
        var eps = 0.0;
        foreach (var r in plan.Radices)
        {
            var g = r switch { 2 => 1, 4 => 2, 3 => 5, _ => 7 };
            eps = Compose(Compose(Compose(eps, Math.Sqrt(2.0 * r) * Gamma(g)), TwiddleError), Math.Sqrt(2) * Gamma(2));
        }
        return eps;
    }

    /// <summary>
    /// ε of the real-input FFT of even length n (half-length complex FFT then the split step, which forms each X_k
    /// from Z_k and Z_{n/2−k} with one twiddle product and three additions: a further factor (1 + 4√2 γ_4)(1 + μ)).
    /// </summary>
    public static double RealFftRelative(int n) =>
        Compose(Compose(FftRelative(n / 2), 4 * Math.Sqrt(2) * Gamma(4)), TwiddleError);

    /// <summary>
    /// The relative error of an N-D transform over padded lengths <paramref name="lengths"/>, the last one real
    /// (when <paramref name="real"/>): errors of the axis passes compose, ε = Π_d (1 + ε_d) − 1.
    /// </summary>
    public static double TransformRelative(IReadOnlyList<int> lengths, bool real)
    {
        var eps = 0.0;
        for (var d = 0; d < lengths.Count; d++)
            eps = Compose(eps, real && d == lengths.Count - 1 ? RealFftRelative(lengths[d]) : FftRelative(lengths[d]));
        return eps;
    }

    /// <summary>
    /// (1 + e)(1 + x) − 1 = e + x + e x, formed from the small terms: a product of factors 1 + x rounded near 1, where
    /// an ulp is 2u, would lose up to u of each factor's x (about 29u a stage), and the bound could fall below its formula.
    /// </summary>
    internal static double Compose(double e, double x) => e + x + e * x;

    /// <summary>
    /// The factor β/(‖a‖₂‖b‖₁) of the FFT convolution bound below, for transforms of relative error ε and
    /// total padded size N, assuming the worst ratio ‖a‖₁ ≤ √N ‖a‖₂ (used inside Bluestein's bound).
    /// </summary>
    public static double FftConvolutionFactor(double eps, double size, bool complex) =>
        FftConvolution(1, 1, 1, 1, eps, size, complex);

    /// <summary>
    /// Normwise bound of convolution by the convolution theorem, c = F⁻¹(F a ⊙ F b), over padded size N with
    /// transforms of relative 2-norm error E (<see cref="TransformRelative"/>; ‖F x‖₂ = √N ‖x‖₂, ‖F x‖_∞ ≤ ‖x‖₁):
    /// with Q = min(‖a‖₂‖b‖₁, ‖a‖₁‖b‖₂) ≥ ‖F a ⊙ F b‖₂/√N and
    /// D = E(‖a‖₂‖b‖₁ + ‖a‖₁‖b‖₂) + E²√N ‖a‖₂‖b‖₂ + √2γ_3 (1 + E)(‖a‖₂‖b‖₁ + E√N ‖a‖₂‖b‖₂)
    /// (the two transform errors, their product, and the scaled complex product, Higham Lemma 3.5),
    /// ‖ĉ − c‖₂ ≤ ρ (D + E (Q + D)), ρ = √2 for real data (the inverse of a half spectrum has norm ≤ √(2N)), 1 for complex.
    /// </summary>
    public static double FftConvolution(double a2, double a1, double b2, double b1, double eps, double size, bool complex)
    {
        var root = Math.Sqrt(size);
        var g = Math.Sqrt(2) * Gamma(3);
        var d = eps * (a2 * b1 + a1 * b2) + eps * eps * root * a2 * b2 + g * (1 + eps) * (a2 * b1 + eps * root * a2 * b2);
        var q = Math.Min(a2 * b1, a1 * b2);
        var rho = complex ? 1 : Math.Sqrt(2);
        return rho * (d + eps * (q + d)) * (1 + 8 * UnitRoundoff);
    }

    /// <summary>
    /// The FFT-convolution bound for real inputs <paramref name="a"/>, <paramref name="b"/> padded to <paramref name="padded"/>
    /// (the lengths <see cref="Fourier.FastLength"/> chooses, last axis real).
    /// </summary>
    public static double FftConvolution(double[] a, double[] b, IReadOnlyList<int> padded, bool complex = false) =>
        FftConvolution(Norm2(a), Norm1(a), Norm2(b), Norm1(b), TransformRelative(padded, !complex),
            padded.Aggregate(1.0, (p, e) => p * e), complex);

    /// <summary>
    /// Overlap-add: the full result is the sum of G block convolutions, each within the FFT bound of its block,
    /// and each output adds at most 2^r block results (blocks at least as long as the kernel minus one), so
    /// ‖ĉ − c‖₂ ≤ Σ_blocks β_block + γ_{2^r} Σ_blocks (‖a_block‖₂ ‖b‖₁ + β_block).
    /// </summary>
    public static double OverlapAdd(IEnumerable<double[]> blocks, double[] b, IReadOnlyList<int> padded, int rank)
    {
        var (sum, mag) = (0.0, 0.0);
        foreach (var block in blocks)
        {
            var beta = FftConvolution(block, b, padded);
            sum += beta;
            mag += Norm2(block) * Norm1(b) + beta;
        }
        return (sum + Gamma(1 << rank) * mag) * (1 + 8 * UnitRoundoff);
    }

    /// <summary>‖x‖₂, rounded up by a relative (n + 2)u.</summary>
    public static double Norm2(double[] x)
    {
        var s = 0.0;
        foreach (var v in x) s += v * v;
        return Math.Sqrt(s) * (1 + (x.Length + 2) * UnitRoundoff);
    }

    /// <summary>‖x‖₁, rounded up by a relative (n + 1)u.</summary>
    public static double Norm1(double[] x)
    {
        var s = 0.0;
        foreach (var v in x) s += Math.Abs(v);
        return s * (1 + (x.Length + 1) * UnitRoundoff);
    }
}
