using System.Numerics;
using ConvSpec.Correlation;
using ConvSpec.Padding;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Correlation;

/// <summary>
/// correlate2d with every boundary and mode; expected values printed by SciPy 1.10
/// <c>scipy.signal.correlate2d(a, b, mode, boundary, fillvalue)</c> with a = [[1,2,3],[4,5,6],[7,8,10]],
/// b = [[1,-1],[2,0],[0,3]].
/// </summary>
public class Correlate2DExamples
{
    private static readonly NdArray<long> A = NdArray<long>.Matrix(new long[,] { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 10 } });
    private static readonly NdArray<long> B = NdArray<long>.Matrix(new long[,] { { 1, -1 }, { 2, 0 }, { 0, 3 } });

    public static TheoryData<string, string, long[,]> Cases => new()
    {
        { "fill", "full", new long[,] { { 3, 6, 9, 0 }, { 12, 17, 22, 6 }, { 20, 31, 39, 15 }, { -4, 13, 15, 26 }, { -7, -1, -2, 10 } } },
        { "fill", "same", new long[,] { { 17, 22, 6 }, { 31, 39, 15 }, { 13, 15, 26 } } },
        { "fill", "valid", new long[,] { { 31, 39 } } },
        { "wrap", "full", new long[,] { { 25, 19, 24, 25 }, { 21, 16, 20, 21 }, { 35, 31, 39, 35 }, { 25, 19, 24, 25 }, { 21, 16, 20, 21 } } },
        { "wrap", "same", new long[,] { { 16, 20, 21 }, { 31, 39, 35 }, { 19, 24, 25 } } },
        { "wrap", "valid", new long[,] { { 31, 39 } } },
        { "symm", "full", new long[,] { { 5, 7, 12, 15 }, { 14, 16, 21, 24 }, { 29, 31, 39, 42 }, { 35, 37, 45, 50 }, { 26, 28, 32, 38 } } },
        { "symm", "same", new long[,] { { 16, 21, 24 }, { 31, 39, 42 }, { 37, 45, 50 } } },
        { "symm", "valid", new long[,] { { 31, 39 } } },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void SciPy_correlate2d_every_boundary_and_mode(string boundary, string mode, long[,] expected) =>
        Assert.Equal(NdArray<long>.Matrix(expected),
            Correlate2D.Spec.Apply(A, B, ConvolutionModeNames.Parse(mode), BoundaryNames.Parse(boundary)));

    [Fact]
    public void SciPy_correlate2d_fill_value_7_full_and_same()
    {
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { 17, 20, 23, 35 }, { 26, 17, 22, 27 }, { 41, 31, 39, 29 }, { 38, 34, 36, 40 }, { 35, 34, 33, 38 } }),
            Correlate2D.Spec.Apply(A, B, ConvolutionMode.Full, Boundary.Fill, 7L));
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { 17, 22, 27 }, { 31, 39, 29 }, { 34, 36, 40 } }),
            Correlate2D.Spec.Apply(A, B, ConvolutionMode.Same, Boundary.Fill, 7L));
    }

    /// <summary>SciPy 1.10: a 3x5 kernel over a 2x2 input; valid swaps the inputs and reverses the result.</summary>
    [Fact]
    public void SciPy_correlate2d_kernel_larger_than_input()
    {
        var s = NdArray<long>.Matrix(new long[,] { { 1, 2 }, { 3, -4 } });
        var k = NdArray<long>.Matrix(new long[,] { { 1, 0, 2, -1, 3 }, { 0, 1, 1, 2, -2 }, { 2, -1, 0, 1, 1 } });
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { -8, 30, -8, 30, -8, 30 }, { 36, -38, 36, -38, 36, -38 }, { -8, 30, -8, 30, -8, 30 }, { 36, -38, 36, -38, 36, -38 } }),
            Correlate2D.Spec.Apply(s, k, ConvolutionMode.Full, Boundary.Wrap));
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { 7, -7, 3, 17, 7, -7 }, { 27, 5, -9, 13, 27, 5 }, { 15, 17, -5, -7, 15, 17 }, { -5, 5, 7, -3, -5, 5 } }),
            Correlate2D.Spec.Apply(s, k, ConvolutionMode.Full, Boundary.Symm));
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { -3, 1, 0, 12 }, { 19, -5, 3, -3 } }),
            Correlate2D.Spec.Apply(s, k, ConvolutionMode.Valid));
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { 36, -38 }, { -8, 30 } }),
            Correlate2D.Spec.Apply(s, k, ConvolutionMode.Same, Boundary.Wrap));
    }

    /// <summary>
    /// SciPy 1.10, complex rows x = [1+2j, 3, -1j], y = [2-1j, 1j]: correlate2d conjugates in2, and same for
    /// an even kernel starts one later than correlate's crop; in2 larger in valid swaps and reverses.
    /// </summary>
    [Fact]
    public void SciPy_correlate2d_complex_conjugates_the_kernel()
    {
        var x = new NdArray<Complex>([1, 3], [new(1, 2), 3, new(0, -1)]);
        var y = new NdArray<Complex>([1, 2], [new(2, -1), new(0, 1)]);
        Assert.Equal([new(2, -1), new(0, 2), new(5, 3), new(1, -2)], Correlate2D.Spec.Apply(x, y, ConvolutionMode.Full).Data);
        Assert.Equal([new(0, 2), new(5, 3), new(1, -2)], Correlate2D.Spec.Apply(x, y, ConvolutionMode.Same).Data);
        Assert.Equal([new(0, 2), new(5, 3)], Correlate2D.Spec.Apply(x, y, ConvolutionMode.Valid).Data);
        Assert.Equal([new(1, 2), new(5, -3), new(0, -2), new(2, 1)], Correlate2D.Spec.Apply(y, x, ConvolutionMode.Full).Data);
        Assert.Equal([new(5, -3), new(0, -2)], Correlate2D.Spec.Apply(y, x, ConvolutionMode.Same).Data);
        Assert.Equal([new(5, 3), new(0, 2)], Correlate2D.Spec.Apply(y, x, ConvolutionMode.Valid).Data);
    }

    /// <summary>SciPy 1.10: correlate2d([[1,2,3,4]], [[1,2]]) in each mode.</summary>
    [Fact]
    public void SciPy_correlate2d_even_kernel_same_keeps_the_later_window()
    {
        var a = NdArray<long>.Matrix(new long[,] { { 1, 2, 3, 4 } });
        var k = NdArray<long>.Matrix(new long[,] { { 1, 2 } });
        Assert.Equal([2, 5, 8, 11, 4], Correlate2D.Spec.Apply(a, k, ConvolutionMode.Full).Data);
        Assert.Equal([5, 8, 11, 4], Correlate2D.Spec.Apply(a, k, ConvolutionMode.Same).Data);
        Assert.Equal([5, 8, 11], Correlate2D.Spec.Apply(a, k, ConvolutionMode.Valid).Data);
    }

    /// <summary>
    /// Valid with in2 larger on one axis and equal on the other still swaps and reverses (SciPy 1.10:
    /// correlate2d([[1,2,3]], [[1,2,3],[4,5,6]], 'valid') = [[32],[14]], correlate2d([[1],[2]], ..., 'valid') =
    /// [[15,12,9]]); inputs where neither covers the other are rejected.
    /// </summary>
    [Fact]
    public void SciPy_correlate2d_valid_swaps_when_in2_is_larger_on_either_axis()
    {
        var block = NdArray<long>.Matrix(new long[,] { { 1, 2, 3 }, { 4, 5, 6 } });
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { 32 }, { 14 } }),
            Correlate2D.Spec.Apply(NdArray<long>.Matrix(new long[,] { { 1, 2, 3 } }), block, ConvolutionMode.Valid));
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { 15, 12, 9 } }),
            Correlate2D.Spec.Apply(NdArray<long>.Matrix(new long[,] { { 1 }, { 2 } }), block, ConvolutionMode.Valid));
        var wide = NdArray<long>.Matrix(new long[,] { { 1, 2, 3 } });
        var tall = NdArray<long>.Matrix(new long[,] { { 1 }, { 2 } });
        Assert.Contains("(got 1x3 and 2x1)", Reject.Named<ArgumentException>("in2", () => Correlate2D.Spec.Apply(wide, tall, ConvolutionMode.Valid)).Message);
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { 14 }, { 32 } }),
            Correlate2D.Spec.Apply(block, NdArray<long>.Matrix(new long[,] { { 1, 2, 3 } }), ConvolutionMode.Valid));
        Assert.Contains("must be a 2-D array (got rank 1)", Reject.Named<ArgumentException>("in2", () => Correlate2D.Spec.Apply(block, NdArray<long>.Vector(1), ConvolutionMode.Full)).Message);
        Reject.Named<ArgumentException>("in1", () => Correlate2D.Spec.Apply(NdArray<long>.Vector(1), block, ConvolutionMode.Full));
        Reject.Named<ArgumentOutOfRangeException>("boundary", () => Correlate2D.Spec.Apply(block, block, ConvolutionMode.Valid, (Boundary)7));
    }

    [Fact]
    public void Correlate2D_overflow_names_the_operation()
    {
        var big = NdArray<long>.Matrix(new long[,] { { long.MaxValue, long.MaxValue } });
        Assert.StartsWith("correlate2d:", Assert.Throws<OverflowException>(() => Correlate2D.Spec.Apply(big, big, ConvolutionMode.Same)).Message);
    }
}
