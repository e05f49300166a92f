using ConvSpec.Conformance;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// How case i of an operation is drawn: one sample of the generator, under the size bound
/// 1 + ⌊2·i·MaxSize / max(1, Count)⌋ (capped at MaxSize, at least 1), from the random seed
/// SplitMix64(SplitMix64(seed ⊕ FNV-1a(op)) + i), where SplitMix64 is the finaliser z ← (z ⊕ z≫30)·BF58476D1CE4E5B9,
/// z ← (z ⊕ z≫27)·94D049BB133111EB, z ⊕ z≫31 (Steele, Lea and Flood's SplittableRandom).
/// </summary>
public class ConformanceCheckCaseSeedExamples
{
    private static ulong SplitMix64(ulong z)
    {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >>> 31);
    }

    private static ulong Fnv1a(string text) =>
        text.Aggregate(0xCBF29CE484222325UL, (h, ch) => (h ^ ch) * 0x100000001B3UL);

    [Fact]
    public void The_hash_functions_written_here_give_their_published_values()
    {
        // SplitMix64 seeded 0 first outputs the finaliser of its increment 0x9E3779B97F4A7C15; FNV-1a 64 of "a".
        Assert.Equal(0xE220A8397B1DCDAFUL, SplitMix64(0x9E3779B97F4A7C15UL));
        Assert.Equal(0xAF63DC4C8601EC8CUL, Fnv1a("a"));
    }

    [Theory]
    [InlineData("convolve", 7UL)]
    [InlineData("toeplitz", 0xFFFF_FFFF_FFFF_FFF0UL)]
    public void Case_i_is_one_draw_from_the_seed_mixed_with_the_operation_and_i(string op, ulong seed)
    {
        var generator = CaseGenerators.Find(op);
        var options = new CheckOptions { Seed = seed, Count = 6, MaxSize = 5 };
        for (var i = 0; i < 6; i++)
        {
            var space = new CaseSpace(options.EffectiveDTypes, ConformanceCheck.MaxSizeOf(options, i), options.NonFinite);
            var draw = generator.Args(space).Sample(1, new Rnd(SplitMix64(SplitMix64(seed ^ Fnv1a(op)) + (ulong)i)), 1)[0];
            Assert.Equal(draw.ToJsonString(), ConformanceCheck.Case(generator, options, i).ToJsonString());
        }
    }

    [Fact]
    public void The_size_bound_ramps_from_one_to_MaxSize_over_the_first_half_of_the_cases()
    {
        // Count 10, MaxSize 8: 1 + ⌊16·i / 10⌋ = 1, 2, 4, 5, 7, then 9, 10, … capped at 8.
        var options = new CheckOptions { Count = 10, MaxSize = 8 };
        Assert.Equal([1, 2, 4, 5, 7, 8, 8, 8, 8, 8], Enumerable.Range(0, 10).Select(i => ConformanceCheck.MaxSizeOf(options, i)));
        // Count 0 divides by max(1, 0) = 1 (1, 1 + 10, 1 + 20, capped at 5); MaxSize 0 still draws size 1.
        Assert.Equal([1, 5, 5], Enumerable.Range(0, 3).Select(i => ConformanceCheck.MaxSizeOf(new CheckOptions { Count = 0, MaxSize = 5 }, i)));
        Assert.Equal(1, ConformanceCheck.MaxSizeOf(new CheckOptions { Count = 10, MaxSize = 0 }, 3));
    }
}
