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

    /// <summary>
    /// Axis 1 convolved, axis 0 (extent 2 in both inputs) paired row by row: [1, 2, 3] ∗ [1, 1] = [1, 3, 5, 3] and
    /// [4, 5, 6] ∗ [1, −1] = [4, 1, 1, −6]; the output keeps the 2 rows.
    /// </summary>
    [Fact]
    public void Real_FFT_convolution_along_one_axis_pairs_the_rows_of_an_axis_not_convolved()
    {
        var full = FftConvolution.Real([1, 2, 3, 4, 5, 6], [2, 3], [1, 1, 1, -1], [2, 2], [1], out var dims);
        Assert.Equal([2, 4], dims);
        Assert.Equal([1.0, 3, 5, 3, 4, 1, 1, -6], full.Select(v => Math.Round(v)));
    }

    /// <summary>
    /// c_t = Σ_j a_j b_{t−j} of complex a (length 8) and b (length 6): 13 outputs, though the transforms run at the
    /// next 2/3/5-smooth length, 15. a = [1, 2 + i, 3, 4 − i, 5 + 2i, 6, 7 + i, 8], b = [1 + i, −1, 2, 2i, 1, 3 − i].
    /// </summary>
    [Fact]
    public void Complex_FFT_convolution_keeps_m_plus_n_minus_1_outputs_of_the_padded_transform()
    {
        var (re, im) = FftConvolution.Complex([1, 2, 3, 4, 5, 6, 7, 8], [0, 1, 0, -1, 2, 0, 1, 0], [8],
            [1, -1, 2, 0, 1, 3], [1, 0, 0, 2, 0, -1], [6], [0], out var dims);
        Assert.Equal([13], dims);
        Assert.Equal([1.0, 0, 3, 6, 4, 14, 22, 22, 22, 37, 25, 30, 24], re.Select(v => Math.Round(v)));
        Assert.Equal([1.0, 3, 2, 7, 12, 8, 21, 13, 9, 15, 11, -4, -8], im.Select(v => Math.Round(v)));
    }
}
