using ConvSpec.Convolution;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Convolution;

/// <summary>
/// The fast fftconvolve over some axes only, where an axis of equal extents (here 2 and 2) is broadcast, not
/// convolved: SciPy 1.10's numbers for p = arange(24).reshape(2,3,4) − 7 (as in <see cref="ConvolveAxesExamples"/>),
/// and a by-hand case whose direct sums are exact and whose FFT would round.
/// </summary>
public class ConvolveAxesFastExamples
{
    private static readonly NdArray<long> P = NdArray<long>.Create([2, 3, 4], i => i[0] * 12 + i[1] * 4 + i[2] - 7);
    private static readonly NdArray<long> Q2 = new([2, 1, 3], [1, 2, -1, 0, 1, 3]);

    public static TheoryData<Method> Methods => new() { Method.Direct, Method.Fft, Method.Auto };

    [Theory]
    [MemberData(nameof(Methods))]
    public void Integer_convolution_over_the_last_axis_broadcasts_the_others_under_every_method(Method method)
    {
        Assert.Equal(new NdArray<long>([2, 3, 6], [-7, -20, -10, -8, -3, 4, -3, -8, -2, 0, 1, 0, 1, 4, 6, 8, 5, -4,
                0, 5, 21, 25, 29, 24, 0, 9, 37, 41, 45, 36, 0, 13, 53, 57, 61, 48]),
            Convolve.Fast.AlongAxes(P, Q2, ConvolutionMode.Full, [-1], method));
        Assert.Equal(new NdArray<long>([2, 3, 4], [-20, -10, -8, -3, -8, -2, 0, 1, 4, 6, 8, 5, 5, 21, 25, 29, 9, 37, 41, 45, 13, 53, 57, 61]),
            Convolve.Fast.AlongAxes(P, Q2, ConvolutionMode.Same, [-1], method));
        Assert.Equal(new NdArray<long>([2, 3, 2], [-10, -8, -2, 0, 6, 8, 21, 25, 37, 41, 53, 57]),
            Convolve.Fast.AlongAxes(P, Q2, ConvolutionMode.Valid, [-1], method));
    }

    /// <summary>
    /// Row by row, by hand: [10^8, 3] ∗ [10^8, 7] = [10^16, 7·10^8 + 3·10^8, 21] and [1, 2] ∗ [3, 4] = [3, 10, 8], every
    /// product and sum exact in double. An FFT of the first row carries an error near ε·10^16 ≈ 2 into the 21.
    /// </summary>
    [Theory]
    [InlineData(Method.Direct)]
    [InlineData(Method.Auto)]
    public void Direct_sums_over_one_axis_are_exact_where_an_FFT_rounds(Method method)
    {
        var a = new NdArray<double>([2, 2], [1e8, 3, 1, 2]);
        var b = new NdArray<double>([2, 2], [1e8, 7, 3, 4]);
        Assert.Equal(new NdArray<double>([2, 3], [1e16, 1e9, 21, 3, 10, 8]), Convolve.Fast.AlongAxes(a, b, ConvolutionMode.Full, [1], method));
        Assert.Equal(new NdArray<double>([2, 2], [1e16, 1e9, 3, 10]), Convolve.Fast.AlongAxes(a, b, ConvolutionMode.Same, [1], method));
    }
}
