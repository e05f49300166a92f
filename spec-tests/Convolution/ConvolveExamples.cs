using ConvSpec.Convolution;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Convolution;

/// <summary>Worked examples of convolution with their numbers written out.</summary>
public class ConvolveExamples
{
    /// <summary>Notes, "2D convolution using doubly block Toeplitz matrices" and its scipy.signal.convolve2d printout.</summary>
    [Fact]
    public void Notes_2x3_by_2x2_example_gives_the_printed_3x4_result()
    {
        var a = NdArray<long>.Matrix(new long[,] { { 2, 5, 3 }, { 1, 4, 1 } });
        var b = NdArray<long>.Matrix(new long[,] { { 1, 2 }, { 3, 4 } });
        var expected = NdArray<long>.Matrix(new long[,] { { 2, 9, 13, 6 }, { 7, 29, 38, 14 }, { 3, 16, 19, 4 } });
        Assert.Equal(expected, Convolve.Spec.Full(a, b));
        Assert.Equal(expected, Convolve2D.Spec.Apply(a, b, ConvolutionMode.Full));
    }

    /// <summary>numpy.convolve documentation: convolve([1, 2, 3], [0, 1, 0.5]) and its same and valid crops.</summary>
    [Fact]
    public void NumPy_documentation_example_in_every_mode()
    {
        double[] a = [1, 2, 3], v = [0, 1, 0.5];
        Assert.Equal([0, 1, 2.5, 4, 1.5], Convolve.Spec.Apply(a, v, ConvolutionMode.Full));
        Assert.Equal([1, 2.5, 4], Convolve.Spec.Apply(a, v, ConvolutionMode.Same));
        Assert.Equal([2.5], Convolve.Spec.Apply(a, v, ConvolutionMode.Valid));
    }
}
