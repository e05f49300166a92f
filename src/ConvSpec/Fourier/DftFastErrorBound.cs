using System.Numerics;
using ConvSpec.Bounds;

namespace ConvSpec.Fourier;

/// <summary>
/// Normwise forward error bounds of <see cref="Dft.Fast"/> (the FFT, one axis per pass), in IEEE double with
/// u = 2^−53. A pass along axis a maps the whole array by M_a = (I ⊗ F_{n_a} ⊗ I), √n_a times a unitary map
/// (the inverse: (1/n_a)F*_{n_a}, 1/√n_a times a unitary map), and the computed pass satisfies
/// ‖ŷ − M_a v‖₂ ≤ δ_a ‖M_a v‖₂ with δ_a = ε_{n_a} (<see cref="ErrorBound.FftRelative"/>, applied fibre by fibre), or
/// δ_a = (1 + ε_{n_a})(1 + u) − 1 for the inverse (its division by n_a rounds each component once more); an axis of
/// extent 1 is copied (δ = 0). Since each M_a scales every norm by the same factor, relative errors compose:
/// 1 + r_a ≤ (1 + δ_a)(1 + r_{a−1}), so ‖X̂ − X‖₂ ≤ (Π_a (1 + δ_a) − 1) ‖X‖₂, and ‖X‖₂ = √(Π_a n_a) ‖x‖₂ (forward)
/// or ‖x‖₂ / √(Π_a n_a) (inverse). Each element's error is at most the 2-norm of the error vector.
/// </summary>
public static class DftFastErrorBound
{
    /// <summary>
    /// δ of one pass of length <paramref name="n"/>: ε_n, or for the inverse (1 + ε_n)(1 + u) − 1, evaluated as
    /// ε_n + u + ε_n u (in double 1 + u rounds to 1 and 1 + ε_n to a multiple of 2u, so neither is formed); 0 for n = 1.
    /// </summary>
    public static double PassRelative(int n, bool inverse)
    {
        if (n <= 1) return 0;
        var e = ErrorBound.FftRelative(n);
        return inverse ? ErrorBound.Compose(e, ErrorBound.UnitRoundoff) : e;
    }

    /// <summary>
    /// The relative 2-norm error Π_a (1 + δ_a) − 1 of passes along axes of <paramref name="lengths"/>, formed a factor
    /// at a time as e ← e + δ + e·δ from e = 0 (<see cref="ErrorBound.Compose"/>) (never 1 + δ, which rounds to a multiple of 2u and drops up to u of δ).
    /// </summary>
    public static double Relative(IEnumerable<int> lengths, bool inverse) =>
        lengths.Select(n => PassRelative(n, inverse)).Aggregate(0.0, ErrorBound.Compose);

    /// <summary>
    /// ‖x‖₂ rounded up: the computed Σ|x_j|² (|x_j| within one ulp, squares and n − 1 additions rounded) times
    /// (1 + γ_{2n+4}), then the square root, times (1 + 2u).
    /// </summary>
    public static double Norm2(IEnumerable<Complex> x)
    {
        var (sum, count) = (0.0, 0);
        foreach (var z in x)
        {
            var m = z.Magnitude;
            sum += m * m;
            count++;
        }
        return Math.Sqrt(sum * (1 + DftErrorBound.Gamma(2 * count + 4))) * (1 + 2 * ErrorBound.UnitRoundoff);
    }

    /// <summary>
    /// The bound on ‖X̂ − X‖₂ (so on every element) for the forward transform along axes of
    /// <paramref name="lengths"/> of an input with ‖x‖₂ ≤ <paramref name="norm2"/>: (Π(1 + δ_a) − 1)·√(Π n_a)·‖x‖₂.
    /// </summary>
    public static double Forward(IEnumerable<int> lengths, double norm2)
    {
        var list = lengths.ToList();
        return Relative(list, inverse: false) * Math.Sqrt(list.Aggregate(1.0, (p, n) => p * n)) * norm2 * (1 + 4 * ErrorBound.UnitRoundoff);
    }

    /// <summary>The bound on ‖x̂ − x‖₂ for the inverse transform of an input with ‖X‖₂ ≤ <paramref name="norm2"/>: (Π(1 + δ_a) − 1)·‖X‖₂/√(Π n_a).</summary>
    public static double Inverse(IEnumerable<int> lengths, double norm2)
    {
        var list = lengths.ToList();
        return Relative(list, inverse: true) * norm2 / Math.Sqrt(list.Aggregate(1.0, (p, n) => p * n)) * (1 + 4 * ErrorBound.UnitRoundoff);
    }
}
