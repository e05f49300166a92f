using ConvSpec.Convolution;
using ConvSpec.Padding;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Convolution;

/// <summary>
/// convolve2d with every boundary and mode; expected values printed by SciPy 1.10
/// <c>scipy.signal.convolve2d(a, b, mode, boundary, fillvalue)</c> with a = [[1,2,3],[4,5,6],[7,8,10]],
/// b = [[1,-1],[2,0],[0,3]] (a 3x2 kernel: odd and even extents).
/// </summary>
public class Convolve2DExamples
{
    private static readonly NdArray<long> A = NdArray<long>.Matrix(new long[,] { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 10 } });
    private static readonly NdArray<long> B = NdArray<long>.Matrix(new long[,] { { 1, -1 }, { 2, 0 }, { 0, 3 } });

    public static TheoryData<string, string, long[,]> Cases => new()
    {
        { "fill", "full", new long[,] { { 1, 1, 1, -3 }, { 6, 5, 7, -6 }, { 15, 14, 20, -1 }, { 14, 28, 35, 18 }, { 0, 21, 24, 30 } } },
        { "fill", "same", new long[,] { { 6, 5, 7 }, { 15, 14, 20 }, { 14, 28, 35 } } },
        { "fill", "valid", new long[,] { { 14, 20 } } },
        { "wrap", "full", new long[,] { { 30, 29, 36, 30 }, { 30, 26, 31, 30 }, { 14, 14, 20, 14 }, { 30, 29, 36, 30 }, { 30, 26, 31, 30 } } },
        { "wrap", "same", new long[,] { { 30, 26, 31 }, { 14, 14, 20 }, { 30, 29, 36 } } },
        { "wrap", "valid", new long[,] { { 14, 20 } } },
        { "symm", "full", new long[,] { { 14, 17, 22, 24 }, { 5, 8, 13, 15 }, { 11, 14, 20, 21 }, { 26, 29, 37, 38 }, { 35, 38, 45, 50 } } },
        { "symm", "same", new long[,] { { 5, 8, 13 }, { 11, 14, 20 }, { 26, 29, 37 } } },
        { "symm", "valid", new long[,] { { 14, 20 } } },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void SciPy_convolve2d_every_boundary_and_mode(string boundary, string mode, long[,] expected) =>
        Assert.Equal(NdArray<long>.Matrix(expected),
            Convolve2D.Spec.Apply(A, B, ConvolutionModeNames.Parse(mode), BoundaryNames.Parse(boundary)));

    [Fact]
    public void SciPy_convolve2d_fill_value_7_full_and_same()
    {
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { 29, 36, 36, 39 }, { 20, 26, 28, 36 }, { 29, 14, 20, 20 }, { 35, 28, 35, 32 }, { 35, 35, 38, 44 } }),
            Convolve2D.Spec.Apply(A, B, ConvolutionMode.Full, Boundary.Fill, 7L));
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { 20, 26, 28 }, { 29, 14, 20 }, { 35, 28, 35 } }),
            Convolve2D.Spec.Apply(A, B, ConvolutionMode.Same, Boundary.Fill, 7L));
    }

    /// <summary>A 3x5 kernel over a 2x2 input reads the extension more than one period away (SciPy 1.10).</summary>
    [Fact]
    public void SciPy_convolve2d_kernel_larger_than_input_reads_periodic_extensions()
    {
        var s = NdArray<long>.Matrix(new long[,] { { 1, 2 }, { 3, -4 } });
        var k = NdArray<long>.Matrix(new long[,] { { 1, 0, 2, -1, 3 }, { 0, 1, 1, 2, -2 }, { 2, -1, 0, 1, 1 } });
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { -8, 30, -8, 30, -8, 30 }, { 36, -38, 36, -38, 36, -38 }, { -8, 30, -8, 30, -8, 30 }, { 36, -38, 36, -38, 36, -38 } }),
            Convolve2D.Spec.Apply(s, k, ConvolutionMode.Full, Boundary.Wrap));
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { 13, -9, 5, 27, 13, -9 }, { 17, 3, -7, 7, 17, 3 }, { -3, 7, 5, -5, -3, 7 }, { -7, -5, 17, 15, -7, -5 } }),
            Convolve2D.Spec.Apply(s, k, ConvolutionMode.Full, Boundary.Symm));
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { -3, 9, -7, 15 }, { 6, -3, 3, -11 } }),
            Convolve2D.Spec.Apply(s, k, ConvolutionMode.Valid));
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { 36, -38 }, { -8, 30 } }),
            Convolve2D.Spec.Apply(s, k, ConvolutionMode.Same, Boundary.Wrap));
    }

    /// <summary>SciPy 1.10: convolve2d(arange(1,13).reshape(3,4), [[1,2,0],[0,1,-1],[2,0,1]], 'same'): a 3x3 kernel centres at (1,1).</summary>
    [Fact]
    public void SciPy_convolve2d_same_with_a_3x3_kernel()
    {
        var a = NdArray<long>.Create([3, 4], i => 4 * i[0] + i[1] + 1);
        var k = NdArray<long>.Matrix(new long[,] { { 1, 2, 0 }, { 0, 1, -1 }, { 2, 0, 1 } });
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { 17, 20, 23, 17 }, { 37, 39, 45, 28 }, { 21, 20, 23, 8 } }),
            Convolve2D.Spec.Apply(a, k, ConvolutionMode.Same));
    }

    [Fact]
    public void Convolve2D_rejects_inputs_that_are_not_2_D()
    {
        var v = NdArray<long>.Vector(1, 2);
        Assert.Contains("must be a 2-D array (got rank 1)", Reject.Named<ArgumentException>("in1", () => Convolve2D.Spec.Apply(v, B, ConvolutionMode.Full)).Message);
        Assert.Contains("must be a 2-D array (got rank 1)", Reject.Named<ArgumentException>("in2", () => Convolve2D.Spec.Apply(B, v, ConvolutionMode.Full)).Message);
        Reject.Named<ArgumentOutOfRangeException>("boundary", () => Convolve2D.Spec.Apply(A, B, ConvolutionMode.Valid, (Boundary)9));
        Reject.Named<ArgumentOutOfRangeException>("boundary", () => Convolve2D.Spec.Apply(A, B, ConvolutionMode.Full, (Boundary)9));
        Assert.Throws<ArgumentNullException>(() => Convolve2D.Spec.Apply(null!, B, ConvolutionMode.Full));
        Assert.Throws<ArgumentNullException>(() => Convolve2D.Spec.Apply(A, null!, ConvolutionMode.Full));
    }

    [Fact]
    public void Convolve2D_overflow_names_the_operation()
    {
        var big = NdArray<long>.Matrix(new long[,] { { long.MaxValue, long.MaxValue } });
        var e = Assert.Throws<OverflowException>(() => Convolve2D.Spec.Apply(big, big, ConvolutionMode.Same));
        Assert.StartsWith("convolve2d:", e.Message);
    }
}
