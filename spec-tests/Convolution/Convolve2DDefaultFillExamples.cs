using ConvSpec.Convolution;
using ConvSpec.Correlation;
using ConvSpec.Shapes;
using ConvSpec.SpecTests.TestSupport;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Convolution;

/// <summary>An omitted fill value is zero for every element type, reference types included (SciPy's fillvalue=0).</summary>
public class Convolve2DDefaultFillExamples
{
    private static NdArray<BoxedInteger> Boxed(long[,] v) => NdArray<long>.Matrix(v).Map(x => new BoxedInteger(x));

    /// <summary>convolve2d([[1,2],[3,4]], [[1,1]]) = [[1,3,2],[3,7,4]]; correlate2d(...) the same; fillvalue=5 gives [[6,3,7],[8,7,9]] (SciPy 1.10).</summary>
    [Fact]
    public void Omitted_fill_value_of_a_reference_element_type_is_zero()
    {
        var a = Boxed(new long[,] { { 1, 2 }, { 3, 4 } });
        var k = Boxed(new long[,] { { 1, 1 } });
        Assert.Equal(Boxed(new long[,] { { 1, 3, 2 }, { 3, 7, 4 } }), Convolve2D.Spec.Apply(a, k, ConvolutionMode.Full));
        Assert.Equal(Boxed(new long[,] { { 1, 3, 2 }, { 3, 7, 4 } }), Correlate2D.Spec.Apply(a, k, ConvolutionMode.Full));
        Assert.Equal(Boxed(new long[,] { { 1, 3, 2 }, { 3, 7, 4 } }), Convolve2D.Spec.Apply(a, k, ConvolutionMode.Full, fillvalue: new BoxedInteger(0)));
        Assert.Equal(Boxed(new long[,] { { 6, 3, 7 }, { 8, 7, 9 } }), Convolve2D.Spec.Apply(a, k, ConvolutionMode.Full, fillvalue: new BoxedInteger(5)));
    }

    /// <summary>The fast twins read an omitted (null) fill value as zero too: the same numbers as above.</summary>
    [Fact]
    public void Fast_twins_read_an_omitted_fill_value_of_a_reference_element_type_as_zero()
    {
        var a = Boxed(new long[,] { { 1, 2 }, { 3, 4 } });
        var k = Boxed(new long[,] { { 1, 1 } });
        Assert.Equal(Boxed(new long[,] { { 1, 3, 2 }, { 3, 7, 4 } }), Convolve2D.Fast.Apply(a, k, ConvolutionMode.Full));
        Assert.Equal(Boxed(new long[,] { { 1, 3, 2 }, { 3, 7, 4 } }), Correlate2D.Fast.Apply(a, k, ConvolutionMode.Full));
        Assert.Equal(Boxed(new long[,] { { 6, 3, 7 }, { 8, 7, 9 } }), Convolve2D.Fast.Apply(a, k, ConvolutionMode.Full, fillvalue: new BoxedInteger(5)));
    }
}
