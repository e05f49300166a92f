using System.Numerics;
using ConvSpec.Correlation;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Correlation;

/// <summary>correlate: worked examples with SciPy 1.10's numbers (<c>scipy.signal.correlate</c>).</summary>
public class CorrelateExamples
{
    /// <summary>correlate([1,2,3,4], [1,2]) = [2,5,8,11,4]; same [2,5,8,11] (centred crop); valid [5,8,11].</summary>
    [Fact]
    public void SciPy_correlate_integers_in_every_mode()
    {
        long[] a = [1, 2, 3, 4], k = [1, 2];
        Assert.Equal([2, 5, 8, 11, 4], Correlate.Spec.Apply(a, k, ConvolutionMode.Full));
        Assert.Equal([2, 5, 8, 11], Correlate.Spec.Apply(a, k, ConvolutionMode.Same));
        Assert.Equal([5, 8, 11], Correlate.Spec.Apply(a, k, ConvolutionMode.Valid));
    }

    /// <summary>x = [1+2j, 3, -1j], y = [2-1j, 1j]: the second input is conjugated; swapped, valid reverses and conjugates.</summary>
    [Fact]
    public void SciPy_correlate_complex_conjugates_the_second_input()
    {
        Complex[] x = [new(1, 2), 3, new(0, -1)], y = [new(2, -1), new(0, 1)];
        Assert.Equal([new(2, -1), new(0, 2), new(5, 3), new(1, -2)], Correlate.Spec.Apply(x, y, ConvolutionMode.Full));
        Assert.Equal([new(2, -1), new(0, 2), new(5, 3)], Correlate.Spec.Apply(x, y, ConvolutionMode.Same));
        Assert.Equal([new(0, 2), new(5, 3)], Correlate.Spec.Apply(x, y, ConvolutionMode.Valid));
        Assert.Equal([new(1, 2), new(5, -3), new(0, -2), new(2, 1)], Correlate.Spec.Apply(y, x, ConvolutionMode.Full));
        Assert.Equal([new(5, -3), new(0, -2)], Correlate.Spec.Apply(y, x, ConvolutionMode.Same));
        Assert.Equal([new(5, -3), new(0, -2)], Correlate.Spec.Apply(y, x, ConvolutionMode.Valid));
    }

    /// <summary>The notes' cross-correlation S(i,j) = Σ_m Σ_n I(i+m, j+n) K(m,n), valid, as `convspec demo` prints it.</summary>
    [Fact]
    public void Notes_cross_correlation_valid_reads_the_kernel_unflipped()
    {
        var image = NdArray<long>.Matrix(new long[,] { { 1, 2, 3, 4 }, { 5, 6, 7, 8 }, { 9, 10, 11, 12 } });
        var kernel = NdArray<long>.Matrix(new long[,] { { 1, 0 }, { 0, -1 } });
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { -5, -5, -5 }, { -5, -5, -5 } }),
            Correlate.Spec.Apply(image, kernel, ConvolutionMode.Valid));
    }

    [Fact]
    public void Correlate_rejects_null_inputs_and_names_overflow()
    {
        Reject.Named<ArgumentNullException>("in1", () => Correlate.Spec.Apply(null!, new long[1], ConvolutionMode.Full));
        Reject.Named<ArgumentNullException>("in2", () => Correlate.Spec.Apply(new long[1], null!, ConvolutionMode.Full));
        Reject.Named<ArgumentNullException>("in1", () => Correlate.Spec.Apply(null!, NdArray<long>.Vector(1), ConvolutionMode.Full));
        Reject.Named<ArgumentNullException>("in2", () => Correlate.Spec.Apply(NdArray<long>.Vector(1), null!, ConvolutionMode.Full));
        Reject.Named<ArgumentNullException>("a", () => Correlate.Spec.Full(null!, NdArray<long>.Vector(1)));
        Reject.Named<ArgumentNullException>("b", () => Correlate.Spec.Full(NdArray<long>.Vector(1), null!));
        Assert.StartsWith("correlate:", Assert.Throws<OverflowException>(() =>
            Correlate.Spec.Apply([long.MaxValue, 1], [2L, 1], ConvolutionMode.Full)).Message);
    }
}
