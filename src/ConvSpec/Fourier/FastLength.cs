namespace ConvSpec.Fourier;

/// <summary>Lengths whose FFT is fast: products of small primes (SciPy's <c>next_fast_len</c>).</summary>
public static class FastLength
{
    private static readonly Lazy<int[]> Smooth5 = new(() => Products([2, 3, 5]));
    private static readonly Lazy<int[]> Smooth11 = new(() => Products([2, 3, 5, 7, 11]));

    /// <summary>
    /// The smallest n ≥ <paramref name="target"/> whose prime factors are all in {2, 3, 5} (<paramref name="real"/>,
    /// as SciPy's <c>next_fast_len(target, real=True)</c>) or in {2, 3, 5, 7, 11} (as <c>next_fast_len(target)</c>).
    /// </summary>
    public static int Next(int target, bool real = false)
    {
        Validation.Preconditions.AtLeast(target, 1, nameof(target));
        var list = real ? Smooth5.Value : Smooth11.Value;
        var i = Array.BinarySearch(list, target);
        if (i < 0) i = ~i;
        return i < list.Length ? list[i]
            : throw new ArgumentOutOfRangeException(nameof(target), target, $"target: no fast length at or above {target} fits in int");
    }

    /// <summary>The smallest 2/3/5-smooth n ≥ target: the lengths this library's FFT runs without Bluestein.</summary>
    internal static int Smooth(int target) => Next(target, real: true);

    /// <summary>The smallest even 2/3/5-smooth n ≥ target: a length the real-input FFT halves.</summary>
    internal static int SmoothEven(int target) => 2 * Smooth((Math.Max(target, 2) + 1) / 2);

    /// <summary>The 2/3/5-smooth lengths in [from, to], ascending (only the even ones when <paramref name="even"/>).</summary>
    internal static IEnumerable<int> SmoothBetween(int from, int to, bool even)
    {
        var list = Smooth5.Value;
        var i = Array.BinarySearch(list, from);
        for (i = i < 0 ? ~i : i; i < list.Length && list[i] <= to; i++)
            if (!even || list[i] % 2 == 0) yield return list[i];
    }

    /// <summary>
    /// Every product of powers of <paramref name="primes"/> below 2^31 (the ints), ascending: each prime in turn
    /// multiplies the products of the primes before it by p, p², … while they stay below 2^31.
    /// </summary>
    internal static int[] Products(int[] primes)
    {
        var all = new List<int> { 1 };
        foreach (var p in primes)
        {
            var count = all.Count;
            for (var k = 0; k < count; k++)
                for (var v = (long)all[k] * p; v < 1L << 31; v *= p) all.Add((int)v);
        }
        all.Sort();
        return all.ToArray();
    }
}
