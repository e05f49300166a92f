using ConvSpec.Convolution;
using ConvSpec.Fourier;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Convolution;

/// <summary>
/// fftconvolve is one transform of the padded size, oaconvolve a sum of transformed blocks: on inputs whose products
/// are not exact the two round differently, so each is compared bit for bit with the pipeline it runs
/// (<see cref="ConvSpec.Fourier.OverlapAdd.Real"/> with one block of <see cref="FftConvolution.RealPaddedDims"/>, or with
/// <see cref="ConvSpec.Fourier.OverlapAdd.BlockDims"/>), and the two are seen to differ.
/// </summary>
public class ConvolveFastBlockExamples
{
    /// <summary>x_i = sin(1.7 i + phase): no product or sum of these is exact in double.</summary>
    private static NdArray<double> Wave(int[] shape, double phase) =>
        new(shape, Enumerable.Range(0, shape.Aggregate(1, (p, e) => p * e)).Select(i => Math.Sin(1.7 * i + phase)).ToArray());

    public static TheoryData<int[], int[]> Shapes => new()
    {
        { [2000], [20] },
        { [300, 40], [5, 4] },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Fftconvolve_is_one_padded_transform_and_oaconvolve_is_blocks(int[] d1, int[] d2)
    {
        var (a, b) = (Wave(d1, 0.3), Wave(d2, 1.1));
        var axes = Enumerable.Range(0, d1.Length).ToArray();
        var padded = FftConvolution.RealPaddedDims(d1, d2, axes);
        var blocks = ConvSpec.Fourier.OverlapAdd.BlockDims(d1, d2);
        Assert.NotEqual(padded, blocks);
        var oneTransform = ConvSpec.Fourier.OverlapAdd.Real(a.Data, d1, b.Data, d2, padded);
        var blockSum = ConvSpec.Fourier.OverlapAdd.Real(a.Data, d1, b.Data, d2, blocks);
        Assert.False(oneTransform.SequenceEqual(blockSum), "one transform rounded exactly as the blocks: the inputs do not tell them apart");
        Assert.True(oneTransform.SequenceEqual(Convolve.Fast.AlongAxes(a, b, ConvolutionMode.Full, null).Data), "fftconvolve");
        Assert.True(oneTransform.SequenceEqual(Convolve.Fast.AlongAxes(a, b, ConvolutionMode.Full, null, Method.Fft).Data), "fftconvolve method fft");
        Assert.True(blockSum.SequenceEqual(Convolve.Fast.OverlapAdd(a, b, ConvolutionMode.Full, null).Data), "oaconvolve");
    }
}
