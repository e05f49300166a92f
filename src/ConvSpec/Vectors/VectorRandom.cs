using System.Numerics;
using System.Text;

namespace ConvSpec.Vectors;

/// <summary>
/// The corpus's random numbers: SplitMix64 (Steele, Lea, Flood 2014), specified here so that the same seed
/// gives the same corpus on every runtime (System.Random's sequence is not a documented contract).
/// Each operation gets its own stream, seeded from (seed, FNV-1a of its name), so adding an operation never
/// changes another's cases.
/// </summary>
public sealed class VectorRandom(ulong seed)
{
    private ulong state = seed;

    /// <summary>The stream for operation <paramref name="op"/> under corpus seed <paramref name="seed"/>.</summary>
    public static VectorRandom For(ulong seed, string op)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(op)) hash = (hash ^ b) * 1099511628211UL;
        return new VectorRandom(seed ^ hash);
    }

    /// <summary>The next 64 random bits: z = (s += φ); z = (z ⊕ z≫30)·c1; z = (z ⊕ z≫27)·c2; z ⊕ z≫31.</summary>
    public ulong NextBits()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [lo, hi] (inclusive), by rejection so there is no modulo bias.</summary>
    public int Int(int lo, int hi)
    {
        var range = (ulong)((long)hi - lo + 1);
        var limit = ulong.MaxValue - ulong.MaxValue % range;
        ulong bits;
        do bits = NextBits(); while (bits >= limit);
        return (int)(lo + (long)(bits % range));
    }

    /// <summary>One of <paramref name="items"/>, uniformly.</summary>
    public T Pick<T>(params T[] items) => items[Int(0, items.Length - 1)];

    /// <summary>True with probability 1/2.</summary>
    public bool Coin() => (NextBits() & 1) == 1;

    /// <summary>
    /// A double of mixed character: small integers, dyadic fractions, full-precision values in [−1, 1)
    /// (whose products need correct rounding), and wide-range values.
    /// </summary>
    public double Real() => Int(0, 3) switch
    {
        0 => Int(-9, 9),
        1 => Int(-1000, 1000) / 64.0,
        2 => ((long)(NextBits() >> 11) - (1L << 52)) / (double)(1L << 52),
        _ => Math.ScaleB(Int(-1_000_000, 1_000_000), Int(-40, 40)),
    };

    /// <summary>An int64 element: mostly small, sometimes large.</summary>
    public long Integer() => Int(0, 7) == 0 ? Int(int.MinValue, int.MaxValue) : Int(-9, 9);

    /// <summary>A complex number with <see cref="Real"/> parts.</summary>
    public Complex ComplexValue() => new(Real(), Real());
}
