using ConvSpec.Fourier;

namespace ConvSpec.SpecTests.Fourier;

/// <summary>
/// The blocks of overlap-add: the FFT lengths <see cref="OverlapAdd.BlockDims"/> chooses by the cost
/// ⌈m/(L − n + 1)⌉ · U(L), U(L) = L (log₂ L + 4) (doubled past 2^18), over the 2/3/5-smooth L (even on the last axis)
/// from max(2n − 1, n + 1) to the one-block length; and <see cref="OverlapAdd.Real"/> as the sum of its blocks'
/// convolutions, added one parity class after another.
/// </summary>
public class OverlapAddBlockExamples
{
    /// <summary>
    /// Written-out choices. 21 ∗ 2 (last axis, one block 24): L = 4 costs ⌈21/3⌉·24 = 168, L = 8 costs ⌈21/7⌉·56 = 168,
    /// every other even length more (6: 5·39.5, 12: 2·91.0, 24: 206.1), and the tie keeps the first, 4.
    /// 3x8 ∗ 1x1: on axis 0 (not last) L = 3 (one block, 16.75) beats L = 2 (2·10), L = 1 is below the floor n + 1 = 2;
    /// on the last axis L = 2 (4·10 = 40) beats 4 (2·24) and the one block 8 (56).
    /// 1000000 ∗ 150000: every length from 2n − 1 = 299999 up is past 2^18, so one block of 1152000 is cheapest;
    /// 262144 (B = 112145, nine blocks) would be cheaper but is below the floor, where blocks of one class would overlap.
    /// </summary>
    [Theory]
    [InlineData(new[] { 21 }, new[] { 2 }, new[] { 4 })]
    [InlineData(new[] { 3, 8 }, new[] { 1, 1 }, new[] { 3, 2 })]
    [InlineData(new[] { 1_000_000 }, new[] { 150_000 }, new[] { 1_152_000 })]
    public void Block_lengths_minimise_blocks_times_L_log_L(int[] dims1, int[] dims2, int[] expected) =>
        Assert.Equal(expected, OverlapAdd.BlockDims(dims1, dims2));

    /// <summary>
    /// 1x65536 ∗ 65536x1 has a full output of 65536·65536 = 2^32 elements: an OverflowException, not a count wrapped to 0.
    /// </summary>
    [Fact]
    public void A_full_output_of_more_than_int_MaxValue_elements_is_an_overflow()
    {
        var (a, b) = (new double[65536], new double[65536]);
        a[0] = b[0] = 1;
        Assert.Throws<OverflowException>(() => OverlapAdd.Real(a, [1, 65536], b, [65536, 1], [65536, 2]));
    }

    /// <summary>
    /// A 2-D overlap-add of 9x10 blocks of random reals is, bit for bit, the sum of each block's own convolution (one
    /// block, the same FFT lengths) added into zeros parity class by parity class, class 0 first: an output where four
    /// blocks meet sums them in that order. It leaves the calling thread's serial flag as it found it.
    /// </summary>
    [Fact]
    public void Overlap_add_is_its_blocks_convolutions_added_in_parity_class_order()
    {
        var random = new Random(5);
        int[] dims1 = [41, 37], dims2 = [5, 4], fft = [8, 8];
        var a = Enumerable.Range(0, 41 * 37).Select(_ => random.NextDouble() - 0.5).ToArray();
        var b = Enumerable.Range(0, 5 * 4).Select(_ => random.NextDouble() - 0.5).ToArray();
        int[] block = [fft[0] - dims2[0] + 1, fft[1] - dims2[1] + 1], full = [41 + 5 - 1, 37 + 4 - 1];
        var expected = new double[full[0] * full[1]];
        for (var parity = 0; parity < 4; parity++)
            for (var g0 = parity & 1; g0 * block[0] < dims1[0]; g0 += 2)
                for (var g1 = parity >> 1; g1 * block[1] < dims1[1]; g1 += 2)
                {
                    var (s0, s1) = (g0 * block[0], g1 * block[1]);
                    var (e0, e1) = (Math.Min(block[0], dims1[0] - s0), Math.Min(block[1], dims1[1] - s1));
                    var part = new double[e0 * e1];
                    for (var i = 0; i < e0; i++)
                        for (var j = 0; j < e1; j++) part[i * e1 + j] = a[(s0 + i) * dims1[1] + s1 + j];
                    var y = OverlapAdd.Real(part, [e0, e1], b, dims2, fft);
                    var w = e1 + dims2[1] - 1;
                    for (var i = 0; i < e0 + dims2[0] - 1; i++)
                        for (var j = 0; j < w; j++) expected[(s0 + i) * full[1] + s1 + j] += y[i * w + j];
                }
        Assert.False(AxisTransform.Serial);
        var actual = OverlapAdd.Real(a, dims1, b, dims2, fft);
        Assert.False(AxisTransform.Serial, "the serial flag leaked");
        Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), actual.Select(BitConverter.DoubleToInt64Bits));
    }
}
