using ConvSpec.Convolution;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Convolution;

/// <summary>
/// The direct sums along axes compute only the outputs of the mode, never the full convolution: a mode-same result
/// of 65536 × 2 whose full convolution along axis 1 (65536 × 32770 = 2^31 + 131072 elements) would not fit in an array.
/// </summary>
public class ConvolveAxesModeWindowExamples
{
    private const int Rows = 65536;
    private const int Taps = 32769;

    /// <summary>
    /// in1[r, j] = 2r + j (shape 65536 × 2), in2[0, t] = t − 16384 (shape 1 × 32769), convolved along axis 1 only; axis 0
    /// broadcasts in2. Full along axis 1 has length 2 + 32769 − 1 = 32770 and same keeps in1's 2 from the centred start
    /// ⌊(32770 − 2) / 2⌋ = 16384, so out[r, k] = Σ_{j=0,1} in1[r, j] · in2[0, k + 16384 − j]:
    /// out[r, 0] = 2r · 0 + (2r + 1) · (−1) = −2r − 1 and out[r, 1] = 2r · 1 + (2r + 1) · 0 = 2r.
    /// </summary>
    [Fact]
    public void Same_mode_along_one_axis_needs_only_its_outputs_on_int64()
    {
        var in1 = NdArray<long>.Create([Rows, 2], i => 2L * i[0] + i[1]);
        var in2 = NdArray<long>.Create([1, Taps], i => i[1] - 16384L);
        var expected = NdArray<long>.Create([Rows, 2], i => i[1] == 0 ? -2L * i[0] - 1 : 2L * i[0]);
        Assert.Equal(expected, Convolve.Fast.AlongAxes(in1, in2, ConvolutionMode.Same, [1]));
    }

    /// <summary>The same case in double by the direct method: every product and sum is an exact small integer.</summary>
    [Fact]
    public void Same_mode_along_one_axis_needs_only_its_outputs_on_double_by_the_direct_method()
    {
        var in1 = NdArray<double>.Create([Rows, 2], i => 2.0 * i[0] + i[1]);
        var in2 = NdArray<double>.Create([1, Taps], i => i[1] - 16384.0);
        var expected = NdArray<double>.Create([Rows, 2], i => i[1] == 0 ? -2.0 * i[0] - 1 : 2.0 * i[0]);
        Assert.Equal(expected, Convolve.Fast.AlongAxes(in1, in2, ConvolutionMode.Same, [1], Method.Direct));
    }

    /// <summary>
    /// An int64 product past long.MaxValue in the direct sums along axes is an overflow naming fftconvolve, as the spec
    /// names it: 2^62 · 2 in [2, 2] ⊛ [1, 2] along axis 1 (one fibre at a time) and along both axes (all axes at once).
    /// </summary>
    [Theory]
    [InlineData(new[] { 1 })]
    [InlineData(null)]
    public void An_overflow_of_the_direct_sums_along_axes_names_fftconvolve_as_the_spec_does(int[]? axes)
    {
        var in1 = NdArray<long>.Create([2, 2], _ => 1L << 62);
        var in2 = new NdArray<long>([1, 2], [2, 2]);
        var fast = Assert.Throws<OverflowException>(() => Convolve.Fast.AlongAxes(in1, in2, ConvolutionMode.Full, axes));
        var spec = Assert.Throws<OverflowException>(() => Convolve.Spec.AlongAxes(in1, in2, ConvolutionMode.Full, axes));
        Assert.StartsWith("fftconvolve: integer overflow", fast.Message);
        Assert.Equal(spec.Message, fast.Message);
    }
}
