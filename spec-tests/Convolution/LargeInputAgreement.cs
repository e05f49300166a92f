using ConvSpec.Convolution;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Convolution;

/// <summary>
/// Inputs large enough that the fast paths split their work across threads (direct rows in column chunks,
/// FFT panels and the spectrum product) still give the exact answer on small integers.
/// </summary>
public class LargeInputAgreement
{
    private static double[] SmallIntegers(int n, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => (double)random.Next(-8, 9)).ToArray();
    }

    [Fact] // 4096 ⋆ 64: 266,240 multiply-adds, above the direct kernel's parallel threshold, in one row
    public void Long_one_dimensional_direct_convolution_split_in_column_chunks_is_exact()
    {
        var (a, b) = (SmallIntegers(4096, 1), SmallIntegers(64, 2));
        var exact = Convolve.Spec.Apply(a.Select(v => (long)v).ToArray(), b.Select(v => (long)v).ToArray(), ConvolutionMode.Full);
        Assert.Equal(exact.Select(v => (double)v), Convolve.Fast.Apply(a, b, ConvolutionMode.Full, Method.Direct));
    }

    /// <summary>
    /// fftconvolve with method auto, every axis convolved: 3x5 ∗ 2x2 is small work and runs direct, 2x1000 ∗ 2x400
    /// is priced cheaper by FFT (CostModel.Choose); both round to the spec's exact integer result (every |c| ≤ 64·800,
    /// so the FFT's error, below ½, rounds away).
    /// </summary>
    [Theory]
    [InlineData(3, 5, 2, 2)]
    [InlineData(2, 1000, 2, 400)]
    public void Auto_along_every_axis_rounds_to_the_exact_result(int rows1, int cols1, int rows2, int cols2)
    {
        var a = new NdArray<double>([rows1, cols1], SmallIntegers(rows1 * cols1, 5));
        var b = new NdArray<double>([rows2, cols2], SmallIntegers(rows2 * cols2, 6));
        var exact = Convolve.Spec.AlongAxes(a.Map(v => (long)v), b.Map(v => (long)v), ConvolutionMode.Full, null);
        var auto = Convolve.Fast.AlongAxes(a, b, ConvolutionMode.Full, null, Method.Auto);
        Assert.Equal(exact.Data.Select(v => (double)v), auto.Data.Select(v => Math.Round(v)));
    }

    [Fact] // 400x400 ∗ 8x8 by FFT: the spectrum has over 2^16 points; every |c| ≤ 4096, so rounding recovers it exactly
    public void Large_two_dimensional_fft_convolution_rounds_to_the_exact_direct_result()
    {
        var a = new NdArray<double>([400, 400], SmallIntegers(160_000, 3));
        var b = new NdArray<double>([8, 8], SmallIntegers(64, 4));
        var direct = Convolve.Fast.Apply(a, b, ConvolutionMode.Full, Method.Direct);
        var fft = Convolve.Fast.Apply(a, b, ConvolutionMode.Full, Method.Fft);
        Assert.Equal(direct.Data, fft.Data.Select(v => Math.Round(v)));
    }
}
