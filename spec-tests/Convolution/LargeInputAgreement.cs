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
