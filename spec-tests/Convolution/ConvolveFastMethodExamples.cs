using ConvSpec.Convolution;
using ConvSpec.Correlation;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Convolution;

/// <summary>
/// <c>method</c> selects the algorithm, and the algorithm shows in the rounding: on inputs whose products are not exact,
/// direct sums and FFTs round differently, so each method's answer is compared bit for bit with the path that computes
/// it (direct: the plain direct twin; fft: <c>fftconvolve</c>'s twin; auto: the path <see cref="CostModel.Choose"/>
/// prices cheapest), and the FFT's answer is seen to differ from the direct one.
/// </summary>
public class ConvolveFastMethodExamples
{
    /// <summary>x_i = sin(1.7 i + phase): no product or sum of these is exact in double.</summary>
    private static NdArray<double> Wave(int[] shape, double phase)
    {
        var count = shape.Aggregate(1, (p, e) => p * e);
        return new NdArray<double>(shape, Enumerable.Range(0, count).Select(i => Math.Sin(1.7 * i + phase)).ToArray());
    }

    public static TheoryData<int[], int[], ConvolutionMode, Method> Choices => new()
    {
        // |in1|·|in2| = 12,000 ≤ 2^16: direct without an estimate.
        { [300], [40], ConvolutionMode.Full, Method.Direct },
        { [300], [40], ConvolutionMode.Valid, Method.Direct },
        { [40], [300], ConvolutionMode.Same, Method.Direct },
        // 4096 ∗ 2048: an FFT of 6,144 points against 8.4 million multiply-adds.
        { [4096], [2048], ConvolutionMode.Full, Method.Fft },
        { [4096], [2048], ConvolutionMode.Same, Method.Fft },
        { [2048], [4096], ConvolutionMode.Valid, Method.Fft },
        { [96, 96], [40, 40], ConvolutionMode.Full, Method.Fft },
        // A long signal and a medium kernel: blocks (estimated 0.17 ms against 0.29 ms direct and 0.47 ms by one FFT;
        // 4 million multiply-adds, so the direct twin splits its row across threads).
        { [20_000], [200], ConvolutionMode.Same, CostModel.OverlapAddChoice },
    };

    private static void AssertBitwise(NdArray<double> expected, NdArray<double> actual, string what)
    {
        Assert.Equal(expected.Shape, actual.Shape);
        Assert.True(expected.Data.SequenceEqual(actual.Data), $"{what}: not bit for bit");
    }

    [Theory]
    [MemberData(nameof(Choices))]
    public void The_cost_model_prices_these_shapes_as_written(int[] dims1, int[] dims2, ConvolutionMode mode, Method choice) =>
        Assert.Equal(choice, CostModel.Choose(dims1, dims2, mode));

    [Theory]
    [MemberData(nameof(Choices))]
    public void Each_method_of_convolve_runs_its_own_algorithm(int[] dims1, int[] dims2, ConvolutionMode mode, Method choice)
    {
        var (a, b) = (Wave(dims1, 0.3), Wave(dims2, 1.1));
        var direct = Convolve.Fast.Apply(a, b, mode);
        var fft = Convolve.Fast.AlongAxes(a, b, mode, null);
        AssertBitwise(direct, Convolve.Fast.Apply(a, b, mode, Method.Direct), "method direct");
        AssertBitwise(fft, Convolve.Fast.Apply(a, b, mode, Method.Fft), "method fft");
        Assert.False(direct.Data.SequenceEqual(fft.Data), "the FFT rounded exactly as the direct sum: the inputs do not tell them apart");
        var chosen = choice == Method.Direct ? direct : choice == Method.Fft ? fft : Convolve.Fast.OverlapAdd(a, b, mode, null);
        AssertBitwise(chosen, Convolve.Fast.Apply(a, b, mode, Method.Auto), $"method auto ({choice})");
        AssertBitwise(chosen, Convolve.Fast.AlongAxes(a, b, mode, null, Method.Auto), $"fftconvolve method auto ({choice})");
        AssertBitwise(direct, Convolve.Fast.AlongAxes(a, b, mode, null, Method.Direct), "fftconvolve method direct");
    }

    [Theory]
    [MemberData(nameof(Choices))]
    public void Each_method_of_correlate_runs_convolve_on_the_reversed_kernel(int[] dims1, int[] dims2, ConvolutionMode mode, Method choice)
    {
        var (a, b) = (Wave(dims1, 0.3), Wave(dims2, 1.1));
        var reversed = new NdArray<double>(dims2, b.Data.Reverse().ToArray());
        var direct = Correlate.Fast.Apply(a, b, mode);
        AssertBitwise(direct, Correlate.Fast.Apply(a, b, mode, Method.Direct), "method direct");
        var swapped = mode == ConvolutionMode.Valid && dims2[0] > dims1[0];
        // valid with in2 the larger: SciPy's swap, by the direct sum whatever the method.
        foreach (var method in new[] { Method.Fft, Method.Auto })
            AssertBitwise(swapped ? direct : Convolve.Fast.Apply(a, reversed, mode, method), Correlate.Fast.Apply(a, b, mode, method), $"method {method} ({choice})");
        if (!swapped && choice != Method.Direct)
            Assert.False(direct.Data.SequenceEqual(Correlate.Fast.Apply(a, b, mode, Method.Fft).Data), "the FFT rounded exactly as the direct sum");
    }

    /// <summary>
    /// Axis 0 has extent 1 in in2, so fftconvolve broadcasts it and sums over axis 1 with the shorter in1 rows as the
    /// kernel, while convolve's direct sum runs over both axes with in2 as the kernel: the same products, summed in
    /// the opposite order. Method direct is convolve's.
    /// </summary>
    [Theory]
    [InlineData(ConvolutionMode.Full)]
    [InlineData(ConvolutionMode.Same)]
    public void Method_direct_is_convolves_direct_sum_when_an_axis_has_extent_1(ConvolutionMode mode)
    {
        var (a, b) = (Wave([3, 2], 0.3), Wave([1, 5], 1.1));
        var direct = Convolve.Fast.Apply(a, b, mode);
        AssertBitwise(direct, Convolve.Fast.Apply(a, b, mode, Method.Direct), "method direct");
        Assert.False(direct.Data.SequenceEqual(Convolve.Fast.AlongAxes(a, b, mode, null, Method.Direct).Data),
            "fftconvolve's sum rounded exactly as convolve's: the inputs do not tell the orders apart");
    }

    [Fact] // integers never take an FFT: every method is the exact direct sum, even where the cost model prices FFT cheaper
    public void Integer_convolution_is_exact_under_every_method()
    {
        var a = new NdArray<long>([600], Enumerable.Range(0, 600).Select(i => (long)(i * 7919 % 1000) - 500).ToArray());
        var b = new NdArray<long>([300], Enumerable.Range(0, 300).Select(i => (long)(i * 104729 % 1000) - 500).ToArray());
        var exact = Convolve.Fast.Apply(a, b, ConvolutionMode.Same);
        foreach (var method in new[] { Method.Direct, Method.Fft, Method.Auto })
        {
            Assert.Equal(exact, Convolve.Fast.Apply(a, b, ConvolutionMode.Same, method));
            Assert.Equal(exact, Convolve.Fast.AlongAxes(a, b, ConvolutionMode.Same, null, method));
        }
        Assert.Equal(exact, Convolve.Fast.OverlapAdd(a, b, ConvolutionMode.Same, null));
    }
}
