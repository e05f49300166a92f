using ConvSpec.Conformance;
using static ConvSpec.SpecTests.Conformance.LayerCaseSamples;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The binary operations' well-formed shapes stay within the axis maximum: the case space's max size for ranks
/// 1 and 2, round(max^(2/3)) for rank 3 (so a tensor stays near max² elements), and reach it.
/// </summary>
public class BinaryCaseExtentTests
{
    /// <summary>The well-formed cases (equal ranks, nothing empty) drawn when the size has grown to 8 (the later half).</summary>
    private static List<(int[] In1, int[] In2)> WellformedAtSize8(string op)
    {
        var options = new CheckOptions { Count = 400, Seed = 13, MaxSize = 8, DTypes = [ConvSpec.Protocol.DType.Int64] };
        return Cases(op, options).Skip(options.Count / 2)
            .Select(a => (Shape(a, "in1"), Shape(a, "in2")))
            .Where(s => s.Item1.Length == s.Item2.Length && !s.Item2.Contains(0))
            .ToList();
    }

    [Theory]
    [InlineData("convolve")]
    [InlineData("fftconvolve")]
    public void Extents_stay_within_8_for_ranks_1_and_2_and_within_4_for_rank_3_and_reach_those(string op)
    {
        // round(8^(2/3)) = round(4) = 4.
        var shapes = WellformedAtSize8(op);
        foreach (var (rank, max) in new[] { (1, 8), (2, 8), (3, 4) })
        {
            var extents = shapes.Where(s => s.In1.Length == rank).SelectMany(s => s.In1.Concat(s.In2)).ToList();
            Assert.All(extents, n => Assert.InRange(n, 1, max));
            Assert.Contains(max, extents);
        }
    }

    [Fact]
    public void With_max_size_1_every_well_formed_2d_extent_is_1()
    {
        var options = new CheckOptions { Count = 60, Seed = 13, MaxSize = 1, DTypes = [ConvSpec.Protocol.DType.Int64] };
        var wellformed = Cases("convolve2d", options).Where(a => !Shape(a, "in2").Contains(0) && Shape(a, "in2").Length == 2);
        Assert.All(wellformed, a => Assert.Equal([1, 1, 1, 1], Shape(a, "in1").Concat(Shape(a, "in2"))));
    }
}
