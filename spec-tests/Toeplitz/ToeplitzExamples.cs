using System.Numerics;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Toeplitz;

namespace ConvSpec.SpecTests.Toeplitz;

/// <summary>Worked examples of the Toeplitz constructions, with their numbers written out and their source named.</summary>
public class ToeplitzExamples
{
    private static readonly NdArray<long> F = NdArray<long>.Matrix(new long[,] { { 2, 5, 3 }, { 1, 4, 1 } });
    private static readonly NdArray<long> H = NdArray<long>.Matrix(new long[,] { { 1, 2 }, { 3, 4 } });

    /// <summary>Notes, "2D convolution using doubly block Toeplitz matrices": H1, H2, H3 (4 x 3 each).</summary>
    [Fact]
    public void Notes_example_blocks_H1_H2_H3()
    {
        var blocks = DoublyBlockToeplitz.Spec.Blocks(H, F.Shape, ConvolutionMode.Full);
        Assert.Equal(3, blocks.Length);
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { 1, 0, 0 }, { 2, 1, 0 }, { 0, 2, 1 }, { 0, 0, 2 } }), blocks[0]);
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { 3, 0, 0 }, { 4, 3, 0 }, { 0, 4, 3 }, { 0, 0, 4 } }), blocks[1]);
        Assert.Equal(NdArray<long>.Matrix(new long[4, 3]), blocks[2]);
    }

    /// <summary>Notes: H = [[H1, H3], [H2, H1], [H3, H2]] (12 x 6, H3 = 0) and H vec(f) = vec of the printed convolve2d result.</summary>
    [Fact]
    public void Notes_example_H_is_12_by_6_and_H_vec_f_is_the_convolution()
    {
        var expected = new long[,]
        {
            { 1, 0, 0, 0, 0, 0 }, { 2, 1, 0, 0, 0, 0 }, { 0, 2, 1, 0, 0, 0 }, { 0, 0, 2, 0, 0, 0 },
            { 3, 0, 0, 1, 0, 0 }, { 4, 3, 0, 2, 1, 0 }, { 0, 4, 3, 0, 2, 1 }, { 0, 0, 4, 0, 0, 2 },
            { 0, 0, 0, 3, 0, 0 }, { 0, 0, 0, 4, 3, 0 }, { 0, 0, 0, 0, 4, 3 }, { 0, 0, 0, 0, 0, 4 },
        };
        var matrix = DoublyBlockToeplitz.Spec.Of(H, F.Shape, ConvolutionMode.Full);
        Assert.Equal(NdArray<long>.Matrix(expected), matrix);
        Assert.Equal([2, 5, 3, 1, 4, 1], F.Data);
        Assert.Equal([2, 9, 13, 6, 7, 29, 38, 14, 3, 16, 19, 4], MatrixProduct.Spec.Times(matrix, F.Data));
        Assert.True(MatrixStructure.Spec.IsDoublyBlockToeplitz(matrix, 4, 3));
    }

    /// <summary>The notes' f and h in same and valid modes: scipy.signal.convolve2d(f, h, 'same') = [[2,9,13],[7,29,38]], 'valid' = [[29,38]].</summary>
    [Fact]
    public void Notes_example_in_same_and_valid_modes_matches_scipy_convolve2d()
    {
        var same = DoublyBlockToeplitz.Spec.Of(H, F.Shape, ConvolutionMode.Same);
        Assert.Equal([6, 6], same.Shape);
        Assert.Equal([2, 9, 13, 7, 29, 38], MatrixProduct.Spec.Times(same, F.Data));
        var valid = DoublyBlockToeplitz.Spec.Of(H, F.Shape, ConvolutionMode.Valid);
        Assert.Equal([2, 6], valid.Shape);
        Assert.Equal([29, 38], MatrixProduct.Spec.Times(valid, F.Data));
    }

    /// <summary>scipy.linalg.convolution_matrix documentation: [-1, 4, -2] with n = 5 in full, same and valid, and A @ x.</summary>
    [Fact]
    public void SciPy_convolution_matrix_documentation_example()
    {
        long[] a = [-1, 4, -2];
        Assert.Equal(NdArray<long>.Matrix(new long[,]
        {
            { -1, 0, 0, 0, 0 }, { 4, -1, 0, 0, 0 }, { -2, 4, -1, 0, 0 }, { 0, -2, 4, -1, 0 },
            { 0, 0, -2, 4, -1 }, { 0, 0, 0, -2, 4 }, { 0, 0, 0, 0, -2 },
        }), ToeplitzMatrix.Spec.Convolution(a, 5, ConvolutionMode.Full));
        var same = ToeplitzMatrix.Spec.Convolution(a, 5, ConvolutionMode.Same);
        Assert.Equal(NdArray<long>.Matrix(new long[,]
        {
            { 4, -1, 0, 0, 0 }, { -2, 4, -1, 0, 0 }, { 0, -2, 4, -1, 0 }, { 0, 0, -2, 4, -1 }, { 0, 0, 0, -2, 4 },
        }), same);
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { -2, 4, -1, 0, 0 }, { 0, -2, 4, -1, 0 }, { 0, 0, -2, 4, -1 } }),
            ToeplitzMatrix.Spec.Convolution(a, 5, ConvolutionMode.Valid));
        Assert.Equal([2, 6, -1, -12.5, 8], MatrixProduct.Spec.Times(same.Map(v => (double)v), [1, 2, 0, -3, 0.5]));
    }

    /// <summary>scipy.linalg.convolution_matrix with the kernel longer than n (SciPy 1.10): same keeps len(a) rows, centred.</summary>
    [Fact]
    public void SciPy_convolution_matrix_with_a_kernel_longer_than_the_input()
    {
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { 2, 1, 0 }, { 3, 2, 1 }, { 4, 3, 2 }, { 0, 4, 3 } }),
            ToeplitzMatrix.Spec.Convolution([1L, 2, 3, 4], 3, ConvolutionMode.Same));
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { 2, 1 }, { 3, 2 }, { 4, 3 } }),
            ToeplitzMatrix.Spec.Convolution([1L, 2, 3, 4], 2, ConvolutionMode.Valid));
    }

    /// <summary>scipy.linalg.toeplitz documentation: toeplitz([1,2,3], [1,4,5,6]) and the Hermitian toeplitz([1, 2+3j, 4-1j]).</summary>
    [Fact]
    public void SciPy_toeplitz_documentation_examples()
    {
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { 1, 4, 5, 6 }, { 2, 1, 4, 5 }, { 3, 2, 1, 4 } }),
            ToeplitzMatrix.Spec.FromColumnRow([1L, 2, 3], [1L, 4, 5, 6]));
        Complex a = 1, b = new(2, 3), c = new(4, -1);
        Assert.Equal(NdArray<Complex>.Matrix(new[,]
        {
            { a, Complex.Conjugate(b), Complex.Conjugate(c) },
            { b, a, Complex.Conjugate(b) },
            { c, b, a },
        }), ToeplitzMatrix.Spec.FromColumn([a, b, c]));
    }

    /// <summary>The correlation matrix of [1, 2, 3] for n = 2, valid: [[2, 3], [1, 2]], so R [5, 7] = scipy.signal.correlate([5, 7], [1, 2, 3], 'valid') = [31, 19].</summary>
    [Fact]
    public void Correlation_matrix_matches_scipy_correlate_when_the_kernel_is_longer()
    {
        var r = ToeplitzMatrix.Spec.Of([1L, 2, 3], 2, ConvolutionMode.Valid, ToeplitzKind.Correlation);
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { 2, 3 }, { 1, 2 } }), r);
        Assert.Equal([31, 19], MatrixProduct.Spec.Times(r, [5L, 7]));
    }

    [Fact]
    public void Structure_predicates_on_small_matrices()
    {
        var toeplitz = NdArray<long>.Matrix(new long[,] { { 1, 4, 5 }, { 2, 1, 4 }, { 3, 2, 1 } });
        Assert.True(MatrixStructure.Spec.IsToeplitz(toeplitz));
        Assert.False(MatrixStructure.Spec.IsCirculant(toeplitz));
        Assert.True(MatrixStructure.Spec.IsCirculant(NdArray<long>.Matrix(new long[,] { { 1, 3, 2 }, { 2, 1, 3 }, { 3, 2, 1 } })));
        Assert.False(MatrixStructure.Spec.IsToeplitz(NdArray<long>.Matrix(new long[,] { { 1, 4 }, { 2, 3 } })));
        // [A B; C A] with A = [[1,2],[3,4]]: block Toeplitz, but A itself is not Toeplitz, so not doubly block Toeplitz.
        var blockToeplitz = NdArray<long>.Matrix(new long[,] { { 1, 2, 7, 8 }, { 3, 4, 9, 9 }, { 5, 6, 1, 2 }, { 0, 6, 3, 4 } });
        Assert.True(MatrixStructure.Spec.IsBlockToeplitz(blockToeplitz, 2, 2));
        Assert.False(MatrixStructure.Spec.IsDoublyBlockToeplitz(blockToeplitz, 2, 2));
        Assert.False(MatrixStructure.Spec.IsBlockToeplitz(blockToeplitz, 1, 2));
        // Both levels Toeplitz: [A B; C A] with A = [[1,2],[3,1]], B = [[5,6],[7,5]], C = [[8,9],[0,8]].
        var doubly = NdArray<long>.Matrix(new long[,] { { 1, 2, 5, 6 }, { 3, 1, 7, 5 }, { 8, 9, 1, 2 }, { 0, 8, 3, 1 } });
        Assert.True(MatrixStructure.Spec.IsDoublyBlockToeplitz(doubly, 2, 2));
        Assert.True(MatrixStructure.Spec.IsMultilevelToeplitz(doubly, [2, 2], [2, 2]));
        Assert.False(MatrixStructure.Spec.IsToeplitz(doubly));
    }

    [Fact] // [[1, 2, 3], [4, 1, 2]] is Toeplitz, but circulant needs a square matrix whose columns rotate
    public void A_rectangular_Toeplitz_matrix_is_not_circulant()
    {
        var wide = NdArray<long>.Matrix(new long[,] { { 1, 2, 3 }, { 4, 1, 2 } });
        Assert.True(MatrixStructure.Spec.IsToeplitz(wide));
        Assert.False(MatrixStructure.Spec.IsCirculant(wide));
        Assert.False(MatrixStructure.Spec.IsCirculant(NdArray<long>.Matrix(new long[,] { { 1, 2 }, { 2, 1 }, { 1, 2 } })));
    }

    /// <summary>
    /// Valid mode with a 2 x 5 kernel covering a 2 x 3 input, equal extents on axis 0: one output row L = (1, 3), cropped
    /// from the full 3 x 7 at s = (1, 2). scipy.signal.convolve(f, h, 'valid') = [[81, 97, 113]].
    /// </summary>
    [Fact]
    public void Valid_mode_accepts_a_kernel_that_covers_the_input_with_an_equal_extent()
    {
        var h = NdArray<long>.Matrix(new long[,] { { 1, 2, 3, 4, 5 }, { 6, 7, 8, 9, 10 } });
        Assert.Equal([(1, 1), (3, 2)], DoublyBlockToeplitz.Spec.Windows(h, F.Shape, ConvolutionMode.Valid));
        var matrix = DoublyBlockToeplitz.Spec.Of(h, F.Shape, ConvolutionMode.Valid);
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { 8, 7, 6, 3, 2, 1 }, { 9, 8, 7, 4, 3, 2 }, { 10, 9, 8, 5, 4, 3 } }), matrix);
        Assert.Equal([81, 97, 113], MatrixProduct.Spec.Times(matrix, F.Data));
    }

    /// <summary>A rank-1 kernel [1, 2] for inputs of length 3 has P = 4 blocks, each 1 x 1: h_0, h_1 and two of padding.</summary>
    [Fact]
    public void Blocks_of_a_rank_1_kernel_are_its_entries_then_zeros()
    {
        var blocks = DoublyBlockToeplitz.Spec.Blocks(NdArray<long>.Vector(1, 2), [3], ConvolutionMode.Full);
        Assert.Equal([NdArray<long>.Matrix(new long[,] { { 1 } }), NdArray<long>.Matrix(new long[,] { { 2 } }),
            NdArray<long>.Matrix(new long[,] { { 0 } }), NdArray<long>.Matrix(new long[,] { { 0 } })], blocks);
    }
}
