using ConvSpec.Convolution;
using ConvSpec.Correlation;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Convolution;

/// <summary>
/// Every public overload of Convolve.Fast and Correlate.Fast on the numpy documentation example
/// (numpy.convolve([1, 2, 3], [0, 1, 0.5]) = [0, 1, 2.5, 4, 1.5]; numpy.correlate of the same = [0.5, 2, 3.5, 3, 0]).
/// </summary>
public class ConvolveFastOverloadExamples
{
    private static readonly double[] A = [1, 2, 3], V = [0, 1, 0.5];
    private static readonly double[] ConvolveFull = [0, 1, 2.5, 4, 1.5], CorrelateFull = [0.5, 2, 3.5, 3, 0];

    [Fact]
    public void Convolve_fast_vector_overloads_give_the_numpy_example()
    {
        Assert.Equal(ConvolveFull, Convolve.Fast.Full(A, V));
        Assert.Equal([1, 2.5, 4], Convolve.Fast.Apply(A, V, ConvolutionMode.Same));
        foreach (var method in new[] { Method.Direct, Method.Fft, Method.Auto })
            Assert.Equal(ConvolveFull, Convolve.Fast.Apply(A, V, ConvolutionMode.Full, method), (x, y) => Math.Abs(x - y) < 1e-12);
    }

    [Fact]
    public void Convolve_fast_tensor_full_gives_the_numpy_example()
    {
        Assert.Equal(new NdArray<double>([5], ConvolveFull), Convolve.Fast.Full(NdArray<double>.Vector(A), NdArray<double>.Vector(V)));
    }

    [Fact]
    public void Convolve_fast_full_rejects_empty_and_null_vectors()
    {
        Assert.Throws<ArgumentException>(() => Convolve.Fast.Full(Array.Empty<double>(), V));
        Assert.Throws<ArgumentException>(() => Convolve.Fast.Full(A, Array.Empty<double>()));
        Assert.ThrowsAny<ArgumentException>(() => Convolve.Fast.Full((double[])null!, V));
        Assert.ThrowsAny<ArgumentException>(() => Convolve.Fast.Full(NdArray<double>.Vector(A), null!));
        Assert.ThrowsAny<ArgumentException>(() => Convolve.Fast.Apply(A, null!, ConvolutionMode.Full));
        Assert.ThrowsAny<ArgumentException>(() => Convolve.Fast.Apply(null!, V, ConvolutionMode.Full, Method.Direct));
    }

    [Fact]
    public void Correlate_fast_overloads_give_the_numpy_example()
    {
        Assert.Equal(new NdArray<double>([5], CorrelateFull), Correlate.Fast.Full(NdArray<double>.Vector(A), NdArray<double>.Vector(V)));
        Assert.Equal(CorrelateFull, Correlate.Fast.Apply(A, V, ConvolutionMode.Full));
        Assert.Equal([2, 3.5, 3], Correlate.Fast.Apply(A, V, ConvolutionMode.Same));
        foreach (var method in new[] { Method.Direct, Method.Fft, Method.Auto })
            Assert.Equal(CorrelateFull, Correlate.Fast.Apply(A, V, ConvolutionMode.Full, method), (x, y) => Math.Abs(x - y) < 1e-12);
    }

    [Fact]
    public void Correlate_fast_overloads_reject_null_inputs()
    {
        Assert.ThrowsAny<ArgumentException>(() => Correlate.Fast.Full(null!, NdArray<double>.Vector(V)));
        Assert.ThrowsAny<ArgumentException>(() => Correlate.Fast.Full(NdArray<double>.Vector(A), null!));
        Assert.ThrowsAny<ArgumentException>(() => Correlate.Fast.Apply((double[])null!, V, ConvolutionMode.Full));
        Assert.ThrowsAny<ArgumentException>(() => Correlate.Fast.Apply(A, null!, ConvolutionMode.Full));
        Assert.ThrowsAny<ArgumentException>(() => Correlate.Fast.Apply((double[])null!, V, ConvolutionMode.Full, Method.Fft));
        Assert.ThrowsAny<ArgumentException>(() => Correlate.Fast.Apply(A, null!, ConvolutionMode.Full, Method.Fft));
    }
}
