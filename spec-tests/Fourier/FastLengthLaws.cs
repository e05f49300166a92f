using ConvSpec.Fourier;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Fourier;

/// <summary>
/// The fast lengths are the 2/3/5-smooth (real) or 2/3/5/7/11-smooth numbers: Next gives the smallest at or above its
/// target, and the lengths between two bounds are the chain of Next from the lower one, up to the last that fits in int.
/// </summary>
public class FastLengthLaws
{
    private static bool IsSmooth(long n, int[] primes)
    {
        foreach (var p in primes)
            while (n % p == 0) n /= p;
        return n == 1;
    }

    [Fact]
    public void Smooth_lengths_up_to_int_max_are_the_chain_of_next_fast_lengths()
    {
        var between = FastLength.SmoothBetween(1, int.MaxValue, even: false).ToArray();
        Assert.Equal(FastLength.Next(1, real: true), between[0]);
        Assert.Equal(between.Skip(1), between.SkipLast(1).Select(n => FastLength.Next(n + 1, real: true)));
        Assert.All(between, n => Assert.True(IsSmooth(n, [2, 3, 5]), $"{n} is not 2/3/5-smooth"));
        Assert.Equal(2_125_764_000, between[^1]); // 2^5·3^12·5^3; 2^31 = 2,147,483,648 is the next and does not fit
        Assert.Equal(between.Where(n => n % 2 == 0), FastLength.SmoothBetween(1, int.MaxValue, even: true));
    }

    /// <summary>
    /// The tables behind Next: every 2^a 3^b 5^c (and 2^a 3^b 5^c 7^d 11^e) below 2^31, ascending, each once, enumerated
    /// here exponent by exponent (long arithmetic, so the largest products are not clipped). The last 2/3/5 product is
    /// 2^5·3^12·5^3 = 2,125,764,000, and 2^31 itself, the next power of two, is left out.
    /// </summary>
    [Theory]
    [InlineData(new[] { 2, 3, 5 })]
    [InlineData(new[] { 2, 3, 5, 7, 11 })]
    public void Products_are_every_product_of_prime_powers_below_2_to_the_31_ascending(int[] primes)
    {
        var expected = new List<long> { 1 };
        foreach (var p in primes)
            expected = expected.SelectMany(v => Powers(p).TakeWhile(q => v * q < 1L << 31).Select(q => v * q)).ToList();
        expected.Sort();
        var products = FastLength.Products(primes);
        Assert.Equal(expected, products.Select(v => (long)v));
        Assert.Equal(products.Length, products.Distinct().Count());
        if (primes.Length == 3) Assert.Equal(2_125_764_000, products[^1]);
    }

    private static IEnumerable<long> Powers(int p)
    {
        for (var q = 1L; ; q *= p) yield return q;
    }

    [Theory] // no 2/3/5-smooth (or 2/3/5/7/11-smooth) int lies above these: the next one is 2^31
    [InlineData(2_125_764_001, true)]
    [InlineData(int.MaxValue, false)]
    public void Next_fast_length_past_the_last_that_fits_in_int_is_an_error_naming_target(int target, bool real) =>
        Assert.Contains("no fast length at or above", Reject.Named<ArgumentOutOfRangeException>("target", () => FastLength.Next(target, real)).Message);
}
