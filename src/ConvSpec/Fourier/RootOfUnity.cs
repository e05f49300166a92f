using System.Numerics;
using ConvSpec.Validation;

namespace ConvSpec.Fourier;

/// <summary>
/// The roots of unity w = e^{−2πi r/n} the DFT sums over, computed from the exact fraction r/n:
/// the angle is reduced to an octant [0, π/4] in integer arithmetic first, so the quarter turns
/// (1, −i, −1, i) are exact and every other root is within <see cref="DftErrorBound.RootError"/> of w.
/// <code>
///   octant o of 8r/n:   0      1      2      3      4      5      6      7
///   angle 2πr/n in   [0,π/4) [π/4,π/2) ...                          [7π/4, 2π)
/// </code>
/// </summary>
public static class RootOfUnity
{
    /// <summary>e^{sign·2πi r/n} for any integer r (taken mod n); <paramref name="sign"/> is −1 (forward) or +1 (inverse).</summary>
    public static Complex Of(long r, int n, int sign)
    {
        Preconditions.AtLeast(n, 1, nameof(n));
        Preconditions.Require(sign is 1 or -1, nameof(sign), $"must be 1 or -1 (got {sign})");
        var t = ((r % n) + n) % n;
        // 2πt/n = (π/4)·(8t/n); octant o = ⌊8t/n⌋, remainder e = 8t − o·n, so the angle is (π/4)(o + e/n).
        var eighth = 8 * t;
        var octant = (int)(eighth / n);
        var rest = eighth - (long)octant * n;
        // Within an octant, reflect odd octants so the reduced angle φ = (π/4)·f/n lies in [0, π/4].
        var f = octant % 2 == 0 ? rest : n - rest;
        var phi = Math.PI / 4 * f / n;
        var (c, s) = (Math.Cos(phi), Math.Sin(phi));
        // (cos θ, sin θ) for θ = (π/4)·octant ± φ from the octant's symmetry.
        var (cos, sin) = octant switch
        {
            0 => (c, s),
            1 => (s, c),
            2 => (-s, c),
            3 => (-c, s),
            4 => (-c, -s),
            5 => (-s, -c),
            6 => (s, -c),
            _ => (c, -s),
        };
        // + 0.0 turns the −0 of an exact quarter turn into +0 (−0 + 0 = +0), so exact roots carry no sign noise.
        return new Complex(cos + 0.0, sign * sin + 0.0);
    }
}
