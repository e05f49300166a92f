using ConvSpec.Convolution;
using ConvSpec.Fourier;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Fourier;

/// <summary>
/// Overlap-add in two dimensions with many blocks on both axes: each block holds exactly B_d = L_d − n_d + 1 input
/// elements per axis (the rest of its FFT length is zero padding, where the block's convolution spills), and the
/// overlapping results add up to the full convolution.
/// </summary>
public class OverlapAddExamples
{
    /// <summary>
    /// 40x64 ∗ 3x3 of small integers: every |c| ≤ 9·8·9, so the FFT's rounding (far below ½) rounds away and the result is
    /// the spec's exact integers. The cost model cuts the input into blocks of fewer rows and columns than it has.
    /// </summary>
    [Fact]
    public void Overlap_add_of_many_blocks_on_both_axes_rounds_to_the_exact_convolution()
    {
        var random = new Random(11);
        var a = new NdArray<long>([40, 64], Enumerable.Range(0, 40 * 64).Select(_ => (long)random.Next(-8, 9)).ToArray());
        var b = new NdArray<long>([3, 3], [3, -1, 4, -1, 5, -9, 2, 6, -5]);
        var blocks = OverlapAdd.BlockDims([40, 64], [3, 3]).Select((l, d) => l - b.Shape[d] + 1).ToArray();
        Assert.True(blocks[0] < 40 && blocks[1] < 64, $"blocks of {string.Join("x", blocks)} cover an axis at once");
        var exact = Convolve.Spec.AlongAxes(a, b, ConvolutionMode.Full, null);
        var overlapAdd = Convolve.Fast.OverlapAdd(a.Map(v => (double)v), b.Map(v => (double)v), ConvolutionMode.Full, null);
        Assert.Equal(exact.Shape, overlapAdd.Shape);
        Assert.Equal(exact.Data.Select(v => (double)v), overlapAdd.Data.Select(v => Math.Round(v)));
    }
}
