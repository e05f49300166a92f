using System.Numerics;

namespace ConvSpec.Bounds;

/// <summary>
/// The forward error bounds <c>convspec check</c> judges a candidate's floating-point answer by. Each bound is
/// on |ĉ_k − c_k|, the candidate's element against the exact result, for a candidate computing in the result
/// dtype with unit roundoff u (2^−53 for float64, 2^−24 for float32), rounding to nearest.
/// Source: N. J. Higham, <i>Accuracy and Stability of Numerical Algorithms</i>, 2nd ed., SIAM 2002:
/// Lemma 3.1 and (3.5) for summed products, §3.6 for complex arithmetic, Theorem 24.2 for the FFT.
/// </summary>
public static class CheckBounds
{
    /// <summary>γ_n = n·u / (1 − n·u) (Higham Lemma 3.1); +∞ when n·u ≥ 1.</summary>
    public static double Gamma(long n, double u) => n * u < 1 ? n * u / (1 - n * u) : double.PositiveInfinity;

    /// <summary>
    /// Direct summation of n products in any order (Higham (3.5)): |fl(Σ x_i y_i) − Σ x_i y_i| ≤ γ_n Σ |x_i||y_i|.
    /// Complex products cost more (Higham §3.6): the factor is √2·γ_{n+2}. <paramref name="absolute"/> is
    /// (|a| * |b|)_k, the same operation on the absolute values. The term n·η, η the smallest subnormal,
    /// covers products that underflow (the model of (3.5) assumes none do).
    /// </summary>
    public static double DirectSum(long n, double u, double absolute, bool complex, double eta)
    {
        var gamma = complex ? Math.Sqrt(2) * Gamma(n + 2, u) : Gamma(n, u);
        return gamma * absolute + Math.Max(n, 1) * eta;
    }

    /// <summary>
    /// FFT convolution c = IDFT(DFT(a) ⊙ DFT(b)) with transforms of length N (a power of two; radix-2,
    /// Higham Theorem 24.2): each transform has normwise relative error ε = log2(N)·η / (1 − log2(N)·η) (+∞ once log2(N)·η ≥ 1),
    /// η = μ + γ_4(√2 + μ), μ the error of the computed twiddle factors (taken as u). Through ‖DFT(x)‖₂ = √N‖x‖₂
    /// and ‖DFT(x)‖_∞ ≤ ‖x‖₁ the errors of the two forward transforms, of the pointwise complex product
    /// (√2·γ_2) and of the inverse transform add up to
    /// ‖ĉ − c‖_∞ ≤ ‖ĉ − c‖₂ ≤ (3ε + 2√2·γ_2 + u)·(‖a‖₂‖b‖₁ + ‖a‖₁‖b‖₂), with 1% for second-order terms.
    /// </summary>
    public static double Fft(long transformLength, double u, double normA2, double normA1, double normB2, double normB1)
    {
        var log2N = Math.Max(1, Math.Ceiling(Math.Log2(Math.Max(2, transformLength))));
        var eta = u + Gamma(4, u) * (Math.Sqrt(2) + u);
        var epsilon = Gamma((long)log2N, eta); // γ_{log2 N} at unit η; log2N is a whole number ≤ 64, so exact
        return 1.01 * (3 * epsilon + 2 * Math.Sqrt(2) * Gamma(2, u) + u) * (normA2 * normB1 + normA1 * normB2);
    }

    /// <summary>
    /// The length an FFT convolution transforms over: per axis the next power of two at least twice the full
    /// length (Bluestein's algorithm for awkward lengths works at that size), multiplied over the axes.
    /// </summary>
    public static long TransformLength(IEnumerable<long> fullLengths) =>
        fullLengths.Aggregate(1L, (p, n) => checked(p * (long)BitOperations.RoundUpToPowerOf2((ulong)Math.Max(1, 2 * n))));

    /// <summary>The unit roundoff of a float format: 2^−53 (double) or 2^−24 (single).</summary>
    public static double UnitRoundoff(bool single) => single ? Math.ScaleB(1, -24) : Math.ScaleB(1, -53);

    /// <summary>The smallest positive subnormal of the format.</summary>
    public static double Eta(bool single) => single ? float.Epsilon : double.Epsilon;

    /// <summary>The spacing of the format at |x|: ulp(x) = next representable above |x| minus |x|.</summary>
    public static double Ulp(double x, bool single)
    {
        var a = Math.Abs(x);
        if (!double.IsFinite(a)) return double.NaN;
        return single ? (double)MathF.BitIncrement((float)a) - (float)a : Math.BitIncrement(a) - a;
    }
}
