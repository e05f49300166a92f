using System.Numerics;
using ConvSpec.Bounds;

namespace ConvSpec.Fourier;

/// <summary>
/// Forward error bounds of the O(n²) DFT sums in IEEE double arithmetic (u = 2^−53, round to nearest, no
/// underflow or overflow). Derivation, for one output of a 1-D pass X_k = Σ_j x_j w_{jk} summed in order of j:
/// <list type="number">
/// <item>the computed root ŵ = w(1 + α), |α| ≤ μ = <see cref="RootError"/> (|w| = 1);</item>
/// <item>a complex product fl(x ŵ) = x ŵ (1 + β), |β| ≤ √2 γ₂ (Higham, Accuracy and Stability, Lemma 3.5);</item>
/// <item>each of the at most n − 1 complex additions scales a partial sum by (1 + ε), |ε| ≤ u (componentwise
/// rounding), so each term carries Π(1 + ε) with |Π − 1| ≤ γ_{n−1}.</item>
/// </list>
/// Hence X̂_k = Σ_j x_j w_{jk} (1 + θ_{jk}) with |θ_{jk}| ≤ θ(n) = (1 + μ)(1 + √2γ₂)(1 + γ_{n−1}) − 1
/// (<see cref="TermFactor"/>), and |X̂_k − X_k| ≤ θ(n) Σ_j |x_j|. Passes along several axes compose term by term:
/// X̂_K = Σ_J x_J w_{JK} Π_a (1 + θ^{(a)}), so |X̂_K − X_K| ≤ (Π_a (1 + θ(n_a)) − 1) ‖x‖₁. The inverse divides
/// by n_a after each pass, one more factor (1 + u) per pass. This is the normwise form |error| ≤ c·n·u·‖x‖₁ with
/// θ(n) ≈ μ + √2γ₂ + γ_{n−1} ≈ (n − 1 + 8 + 2√2)u, so c ≈ 1 + 10/n per axis: about n + 10 units of u, times ‖x‖₁.
/// </summary>
public static class DftErrorBound
{
    /// <summary>The unit roundoff of double, u = 2^−53.</summary>
    public const double UnitRoundoff = 1.0 / (1L << 53);

    /// <summary>
    /// μ = 8u bounds |ŵ − w| for the roots of <see cref="RootOfUnity"/>: the reduced angle φ ∈ [0, π/4] is
    /// (π/4)·f/n with π/4 stored to 0.35u and two roundings, so |Δφ| ≤ 2.4u·φ ≤ 1.9u; cos and sin (libm, at most
    /// one ulp, ≤ u on [0, 1)) add ≤ u each; the components are off by ≤ 2.4u and ≤ 2.9u, the modulus by ≤ 3.7u.
    /// 8u leaves a factor two of margin for a libm that is off by two ulps.
    /// </summary>
    public const double RootError = 8 * UnitRoundoff;

    /// <summary>γ_k = k u / (1 − k u) (Higham's notation); γ₀ = 0.</summary>
    public static double Gamma(int k) => k * UnitRoundoff / (1 - k * UnitRoundoff);

    /// <summary>√2 γ₂: the relative error of one complex product (Higham, Lemma 3.5).</summary>
    public static double ProductError => Math.Sqrt(2) * Gamma(2);

    /// <summary>
    /// θ(n) = (1 + μ)(1 + √2γ₂)(1 + γ_{n−1}) − 1: the relative error each term of an n-term root-weighted sum carries,
    /// composed from the small terms as e + x + e·x (<see cref="ErrorBound.Compose"/>), never by rounding 1 + x.
    /// </summary>
    public static double TermFactor(int n) =>
        ErrorBound.Compose(ErrorBound.Compose(RootError, ProductError), Gamma(Math.Max(n - 1, 0)));

    /// <summary>
    /// The inverse pass's factor θ'(n) = (1 + θ(n))(1 + u) − 1 (the division by n rounds once more), composed as
    /// θ(n) + u + θ(n)·u (<see cref="ErrorBound.Compose"/>): in double 1 + u rounds to 1, so the product form would drop the u.
    /// </summary>
    public static double InverseTermFactor(int n) => ErrorBound.Compose(TermFactor(n), UnitRoundoff);

    /// <summary>
    /// An upper bound on ‖x‖₁ = Σ |x_j|: the computed sum (each |x_j| within one ulp, n − 1 rounded additions)
    /// times (1 + γ_{n+1}), so rounding in the norm never makes a bound smaller than the one derived.
    /// </summary>
    public static double Norm1(IEnumerable<Complex> x)
    {
        var (sum, count) = (0.0, 0);
        foreach (var z in x)
        {
            sum += z.Magnitude;
            count++;
        }
        return sum * (1 + Gamma(count + 1));
    }

    /// <summary>
    /// The bound on every element of the forward DFT along axes of <paramref name="lengths"/> of an input with
    /// ‖x‖₁ = <paramref name="norm1"/>: (Π_a (1 + θ(n_a)) − 1) ‖x‖₁, the product composed from θ = 0.
    /// </summary>
    public static double Forward(IEnumerable<int> lengths, double norm1) =>
        lengths.Aggregate(0.0, (e, n) => ErrorBound.Compose(e, TermFactor(n))) * norm1;

    /// <summary>
    /// The bound on every element of the inverse DFT along axes of <paramref name="lengths"/>:
    /// (Π_a (1 + θ'(n_a)) − 1) ‖X‖₁ / Π_a n_a, the product composed from θ' = 0.
    /// </summary>
    public static double Inverse(IEnumerable<int> lengths, double norm1)
    {
        var list = lengths.ToList();
        var factor = list.Aggregate(0.0, (e, n) => ErrorBound.Compose(e, InverseTermFactor(n)));
        return factor * norm1 / list.Aggregate(1.0, (p, n) => p * n);
    }
}
