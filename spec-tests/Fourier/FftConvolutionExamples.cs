using System.Numerics;
using ConvSpec.Bounds;
using ConvSpec.Fourier;

namespace ConvSpec.SpecTests.Fourier;

/// <summary>
/// The internal FFT convolution kernel: the transform lengths it pads to, and the full convolution along axes where
/// one input has extent 1 (zero padded there, not broadcast: convolving with one number scales the other input).
/// </summary>
public class FftConvolutionExamples
{
    /// <summary>
    /// 3x5 and 2x4 convolved on both axes: m + n − 1 = 4 and 8, whose smallest 2/3/5-smooth lengths are 4 and 8; the real
    /// transform wants the last even too. 3x3 and 3x3: 5 and 5, smooth 5, and even 6 on the last axis for the real one.
    /// An axis not convolved keeps the broadcast extent max(m, n).
    /// </summary>
    [Fact]
    public void Padded_lengths_are_smooth_and_even_on_the_last_axis_of_the_real_transform()
    {
        Assert.Equal([4, 8], FftConvolution.PaddedDims([3, 5], [2, 4], [0, 1]));
        Assert.Equal([5, 5], FftConvolution.PaddedDims([3, 3], [3, 3], [0, 1]));
        Assert.Equal([5, 6], FftConvolution.RealPaddedDims([3, 3], [3, 3], [0, 1]));
        Assert.Equal([6, 3], FftConvolution.RealPaddedDims([3, 3], [3, 3], [0]));
        Assert.Equal([3, 5], FftConvolution.PaddedDims([3, 3], [1, 3], [1]));
    }

    /// <summary>[2] ∗ [1, 2, 3] = [2, 4, 6] along axis 0 (within the FFT convolution's rounding: the scaled inverse of length 4).</summary>
    [Fact]
    public void Real_FFT_convolution_with_a_single_number_scales_the_other_input()
    {
        var full = FftConvolution.Real([2], [1], [1, 2, 3], [3], [0], out var dims);
        Assert.Equal([3], dims);
        Assert.Equal([2.0, 4, 6], full.Select(v => Math.Round(v)));
        var bound = ErrorBound.FftConvolution([2], [1, 2, 3], FftConvolution.RealPaddedDims([1], [3], [0]));
        Assert.All(full.Zip(new[] { 2.0, 4, 6 }), t => Assert.InRange(Math.Abs(t.First - t.Second), 0, bound));
    }

    /// <summary>(1 + i) ∗ [1, 2, 3] = [1 + i, 2 + 2i, 3 + 3i] along axis 0 of a 1x2 ∗ 3x2 pair (axis 1 broadcast).</summary>
    [Fact]
    public void Complex_FFT_convolution_with_a_single_row_scales_the_other_input()
    {
        var (re, im) = FftConvolution.Complex([1, 1], [1, 1], [1, 2], [1, 2, 3, 4, 5, 6], [0, 0, 0, 0, 0, 0], [3, 2], [0], out var dims);
        Assert.Equal([3, 2], dims);
        Assert.Equal([1.0, 2, 3, 4, 5, 6], re.Select(v => Math.Round(v)));
        Assert.Equal([1.0, 2, 3, 4, 5, 6], im.Select(v => Math.Round(v)));
    }
}
