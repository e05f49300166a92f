using ConvSpec.Convolution;
using ConvSpec.Shapes;

namespace ConvSpec.SpecTests.Convolution;

/// <summary>
/// Where <c>method = auto</c> goes, at the sizes of issue 5's workloads and the sweep's ends (docs/performance.md):
/// direct for short kernels, an FFT method for long ones. The choices, not the timings, are tested.
/// </summary>
public class CostModelExamples
{
    [Theory]
    [InlineData(new[] { 4096 }, new[] { 64 })]
    [InlineData(new[] { 512, 512 }, new[] { 7, 7 })]
    [InlineData(new[] { 64 }, new[] { 8 })]
    [InlineData(new[] { 3 }, new[] { 100 })]
    public void Short_kernels_run_direct(int[] in1, int[] in2) =>
        Assert.Equal(Method.Direct, CostModel.Choose(in1, in2, ConvolutionMode.Full));

    [Theory]
    [InlineData(new[] { 1 << 20 }, new[] { 1 << 14 })]
    [InlineData(new[] { 2048, 2048 }, new[] { 63, 63 })]
    [InlineData(new[] { 65536 }, new[] { 8192 })]
    public void Long_kernels_run_an_FFT_method(int[] in1, int[] in2) =>
        Assert.NotEqual(Method.Direct, CostModel.Choose(in1, in2, ConvolutionMode.Full));

    /// <summary>
    /// 10^6 ∗ 200: direct (14 ms) beats one FFT of 2^21 points out of cache (58 ms), but overlap-add's blocks
    /// stay in cache and run on both cores (7 ms), so it is chosen over both.
    /// </summary>
    [Fact]
    public void A_long_signal_with_a_medium_kernel_runs_overlap_add_where_direct_beats_one_FFT()
    {
        var (direct, fft, overlapAdd) = CostModel.Estimate([1_000_000], [200], ConvolutionMode.Full);
        Assert.True(overlapAdd < direct && direct <= fft, $"direct {direct}, fft {fft}, overlap-add {overlapAdd}");
        Assert.Equal(CostModel.OverlapAddChoice, CostModel.Choose([1_000_000], [200], ConvolutionMode.Full));
    }

    [Fact]
    public void Estimates_grow_as_n_k_for_direct_and_about_n_log_n_for_FFT()
    {
        var (d1, f1, _) = CostModel.Estimate([1 << 16], [1 << 13], ConvolutionMode.Full);
        var (d2, f2, _) = CostModel.Estimate([1 << 17], [1 << 14], ConvolutionMode.Full);
        Assert.InRange(d2 / d1, 3.5, 4.5);
        Assert.InRange(f2 / f1, 1.9, 4.5);
    }
}
