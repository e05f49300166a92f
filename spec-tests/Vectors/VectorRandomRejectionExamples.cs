using ConvSpec.Vectors;

namespace ConvSpec.SpecTests.Vectors;

/// <summary>Int's rejection step: a draw in the biased top of the 64-bit range is discarded and the next one used.</summary>
public class VectorRandomRejectionExamples
{
    private const ulong Phi = 0x9E3779B97F4A7C15UL;

    /// <summary>The state whose SplitMix64 output is <paramref name="output"/> (every step of the finalizer is invertible).</summary>
    private static ulong StateFor(ulong output)
    {
        static ulong UnshiftXor(ulong y, int s) { var x = y; for (var i = 0; i < 64 / s + 1; i++) x = y ^ (x >> s); return x; }
        static ulong Inverse(ulong a) { var x = a; for (var i = 0; i < 6; i++) x *= 2 - a * x; return x; }
        var z = UnshiftXor(output, 31);
        z = UnshiftXor(z * Inverse(0x94D049BB133111EBUL), 27);
        return UnshiftXor(z * Inverse(0xBF58476D1CE4E5B9UL), 30);
    }

    [Fact]
    public void The_inverted_state_gives_the_wanted_draw()
    {
        Assert.Equal(ulong.MaxValue, new VectorRandom(StateFor(ulong.MaxValue) - Phi).NextBits());
    }

    [Fact]
    public void A_draw_in_the_biased_top_is_rejected_and_the_next_draw_decides()
    {
        var seed = StateFor(ulong.MaxValue) - Phi;
        var reference = new VectorRandom(seed);
        reference.NextBits();
        var second = reference.NextBits();
        var range = 1UL << 32; // int.MaxValue − int.MinValue + 1
        Assert.True(second < ulong.MaxValue - ulong.MaxValue % range, "the second draw is itself accepted");
        Assert.Equal((int)(int.MinValue + (long)(second % range)), new VectorRandom(seed).Int(int.MinValue, int.MaxValue));
    }

    /// <summary>
    /// A draw of exactly the limit ⌊2^64 / range⌋·range is the first biased one: for range 2^32 the limit is
    /// 2^64 − 2^32, whose residue 0 would give int.MinValue; it is rejected and the next draw decides.
    /// </summary>
    [Fact]
    public void A_draw_equal_to_the_limit_is_rejected()
    {
        const ulong limit = 0xFFFF_FFFF_0000_0000UL; // 2^64 − 2^32
        var seed = StateFor(limit) - Phi;
        var reference = new VectorRandom(seed);
        Assert.Equal(limit, reference.NextBits());
        var second = reference.NextBits();
        Assert.True(second < limit, "the second draw is itself accepted");
        Assert.Equal((int)(int.MinValue + (long)(second % (1UL << 32))), new VectorRandom(seed).Int(int.MinValue, int.MaxValue));
    }

    [Theory]
    [InlineData(-1, "count: must be 0..10000 (got -1)")]
    [InlineData(10_001, "count: must be 0..10000 (got 10001)")]
    public void A_corpus_count_outside_0_to_10000_is_refused_naming_count(int count, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => GoldenVectors.Write(Path.Combine(Path.GetTempPath(), "never-written"), count: count));
        Assert.Equal("count", e.ParamName);
        Assert.StartsWith(message, e.Message);
    }
}
