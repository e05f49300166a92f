using ConvSpec.Convolution;

namespace ConvSpec.SpecTests.Convolution;

/// <summary>
/// Schedule invariance of the direct kernel across lane widths: 8 (AVX-512), 4 (AVX2) and 1 (scalar) compute each
/// output as the same chain a ← fma(K[t], P[k + t], a), so they agree bit for bit. The hardware runs one width per
/// process; here every width runs, so the paths of the others are seen on any machine.
/// </summary>
public class DirectKernelLaneLaws
{
    /// <summary>x_i = sin(1.7 i + phase): no product or sum of these is exact in double, so any other chain shows.</summary>
    private static double[] Wave(int count, double phase) =>
        Enumerable.Range(0, count).Select(i => Math.Sin(1.7 * i + phase)).ToArray();

    /// <summary>Output shapes (rank 1, rank 2 with an odd and an even row count, rank 3) and kernel shapes.</summary>
    public static TheoryData<int[], int[]> Shapes => new()
    {
        { [37], [3] },
        { [5, 37], [2, 3] },
        { [4, 9], [3, 2] },
        { [1, 19], [1, 4] },
        { [2, 3, 21], [2, 2, 3] },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_lane_width_gives_the_same_bits(int[] oDims, int[] kDims)
    {
        var pDims = oDims.Select((o, d) => o + kDims[d] - 1).ToArray();
        var p = Wave(pDims.Aggregate(1, (x, e) => x * e), 0.3);
        var k = Wave(kDims.Aggregate(1, (x, e) => x * e), 1.1);
        var scalar = DirectCorrelation.Run(p, k, kDims, oDims, 1);
        Assert.Equal(oDims.Aggregate(1, (x, e) => x * e), scalar.Length);
        Assert.DoesNotContain(0.0, scalar);
        foreach (var width in new[] { 4, 8 })
            Assert.True(scalar.SequenceEqual(DirectCorrelation.Run(p, k, kDims, oDims, width)), $"lane width {width}: not bit for bit");
    }

    [Fact] // out = P ⋆ K (valid), by hand: [1 2 3 4] ⋆ [1 −1] = [−1 −1 −1]; the rows of [[1 2 3] [4 6 9]] ⋆ [[1 1]] = [[3 5] [10 15]]
    public void The_scalar_lane_computes_the_valid_correlation()
    {
        Assert.Equal([-1.0, -1, -1], DirectCorrelation.Run([1, 2, 3, 4], [1, -1], [2], [3], 1));
        Assert.Equal([3.0, 5, 10, 15], DirectCorrelation.Run([1, 2, 3, 4, 6, 9], [1, 1], [1, 2], [2, 2], 1));
        Assert.Equal([3.0, 5, 10, 15], DirectCorrelation.Run([1, 2, 3, 4, 6, 9], [1, 1], [1, 2], [2, 2], 4));
    }
}
