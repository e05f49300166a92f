using static ConvSpec.SpecTests.Conformance.FourierCaseSamples;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The extents the circular convolution and DFT generators draw at max size 8: rank 1 up to 8² = 64 (1, primes,
/// powers of two, smooth lengths or any), rank 2 up to 8, rank 3 up to max(2, round(8^(2/3))) = 4, each bound reached.
/// </summary>
public class FourierExtentReachTests
{
    [Theory]
    [InlineData("circular_convolve", "in1")]
    [InlineData("dft", "x")]
    public void Rank_two_extents_reach_the_max_size_and_rank_three_extents_reach_its_two_thirds_power_and_no_more(string op, string name)
    {
        var draws = Draws(op, 600);
        Assert.Equal(MaxSize, Extents(draws, name, 2).Max());
        Assert.Equal(4, Extents(draws, name, 3).Max());
    }

    [Theory]
    [InlineData("circular_convolve", "in1")]
    [InlineData("dft", "x")]
    public void Rank_one_lengths_reach_past_the_max_size_and_an_unlisted_length_but_never_past_its_square(string op, string name)
    {
        var lengths = Extents(Draws(op, 600), name, 1);
        Assert.InRange(lengths.Max(), MaxSize + 1, MaxSize * MaxSize);
        Assert.Contains(lengths, n => n >= 1 && !Listed.Contains(n)); // a malformed case's empty [0] is no drawn length
    }

    /// <summary>A uniform choice of 1..64 draws 64 once in 64; the power-of-two list, which holds 64 = 8², adds to that.</summary>
    [Theory]
    [InlineData("circular_convolve", "in1")]
    [InlineData("dft", "x")]
    public void Rank_one_lengths_draw_the_square_of_the_max_size_more_often_than_a_uniform_choice(string op, string name)
    {
        var lengths = Extents(Draws(op, 2000), name, 1);
        Assert.True(lengths.Count(n => n == MaxSize * MaxSize) * 64 > lengths.Count,
            $"{lengths.Count(n => n == MaxSize * MaxSize)} of {lengths.Count}");
    }
}
