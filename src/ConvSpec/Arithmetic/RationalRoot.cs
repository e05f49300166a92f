using System.Numerics;
using ConvSpec.Validation;

namespace ConvSpec.Arithmetic;

/// <summary>
/// Correctly rounded p-th roots of exact rationals. For r ≥ 0 and integer p ≥ 1 it finds
/// R = ⌊r^(1/p)·2^k⌋ (k chosen so that R has about 62 bits) with integer Newton iteration on
/// ⌊r·2^(p·k)⌋ (⌊⌊y⌋^(1/p)⌋ = ⌊y^(1/p)⌋ for y ≥ 0), and returns (R + ½·[inexact])·2^−k: a rational strictly
/// between the same two 61-bit neighbours as r^(1/p), so rounding it to float or double (≤ 53 bits) gives the
/// correctly rounded root.
/// </summary>
public static class RationalRoot
{
    /// <summary>A rational that rounds to every precision up to 60 bits exactly as r^(1/p) does.</summary>
    public static Rational Sticky(Rational r, int p)
    {
        Preconditions.AtLeast(p, 1, nameof(p));
        Preconditions.Require(r.Sign >= 0, nameof(r), $"must be non-negative for a real root (got {r})");
        if (p == 1 || r.Sign == 0) return r;
        var log2 = (long)r.Numerator.GetBitLength() - (long)r.Denominator.GetBitLength();
        // A BigInteger has fewer than 2^31 bits, so |log2| < 2^31 and, as p ≥ 2, k fits an int and p·k a long.
        var k = (int)(62 - Math.Floor(log2 / (double)p));
        // The shift p·k must fit an int: a larger one (p in the tens of millions) is an overflow, not a wrapped count.
        // p·k ≥ 62p − log2 > −2^31, so only the upper end can be passed.
        var wide = p * (long)k;
        // Stryker disable once Equality : p·k = 2^31 − 1, a prime, needs p = 2^31 − 1 and k = 1, so log2 ≥ 61·p: no BigInteger is that long
        var shift = wide <= int.MaxValue
            ? (int)wide
            : throw new OverflowException($"rational root: the scaling shift p·k = {wide} (p = {p}) does not fit in int32");
        var y = BigInteger.DivRem(r.Numerator << Math.Max(shift, 0), r.Denominator << Math.Max(-shift, 0), out var remainder);
        var root = IntegerRoot(y, p);
        var exact = remainder.IsZero && BigInteger.Pow(root, p) == y;
        var scaled = exact ? root << 1 : (root << 1) + 1;
        return Rational.FromDyadic(Dyadic.Create(scaled, -(k + 1)));
    }

    /// <summary>r^(1/p) correctly rounded to double.</summary>
    public static double ToDouble(Rational r, int p) => Sticky(r, p).ToDouble();

    /// <summary>r^(1/p) correctly rounded to float.</summary>
    public static float ToSingle(Rational r, int p) => Sticky(r, p).ToSingle();

    /// <summary>⌊n^(1/p)⌋ for n ≥ 0, by Newton's iteration from above.</summary>
    public static BigInteger IntegerRoot(BigInteger n, int p)
    {
        Preconditions.Require(n.Sign >= 0, nameof(n), $"must be non-negative (got {n})");
        if (n < 2 || p == 1) return n;
        // n < 2^b (b its bit length), so n^(1/p) < 2^(b/p) < 2^(⌊b/p⌋ + 1): a start above the root
        var x = BigInteger.One << (int)(n.GetBitLength() / p + 1);
        while (true)
        {
            var y = ((p - 1) * x + n / BigInteger.Pow(x, p - 1)) / p;
            if (y >= x) return x;
            x = y;
        }
    }
}
