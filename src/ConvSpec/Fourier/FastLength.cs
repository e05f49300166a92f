namespace ConvSpec.Fourier;

/// <summary>Lengths whose FFT is fast: products of small primes (SciPy's <c>next_fast_len</c>).</summary>
public static class FastLength
{
    /// <summary>
    /// The smallest n ≥ <paramref name="target"/> whose prime factors are all in {2, 3, 5} (<paramref name="real"/>,
    /// as SciPy's <c>next_fast_len(target, real=True)</c>) or in {2, 3, 5, 7, 11} (as <c>next_fast_len(target)</c>).
    /// </summary>
    public static int Next(int target, bool real = false)
    {
        Validation.Preconditions.AtLeast(target, 1, nameof(target));
        for (long n = target; ; n++)
            if (IsSmooth(n, real ? [2, 3, 5] : [2, 3, 5, 7, 11]))
                return checked((int)n);
    }

    /// <summary>The smallest 2/3/5-smooth n ≥ target: the lengths this library's FFT runs without Bluestein.</summary>
    internal static int Smooth(int target) => Next(target, real: true);

    /// <summary>The smallest even 2/3/5-smooth n ≥ target: a length the real-input FFT halves.</summary>
    internal static int SmoothEven(int target)
    {
        var n = Smooth(Math.Max(target, 2));
        while (n % 2 != 0) n = Smooth(n + 1);
        return n;
    }

    private static bool IsSmooth(long n, int[] primes)
    {
        foreach (var p in primes)
            while (n % p == 0) n /= p;
        return n == 1;
    }
}
