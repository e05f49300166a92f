using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Toeplitz;

/// <summary>
/// Toeplitz matrices (constant along every diagonal, A[i,j] = t_{i−j}) and the Toeplitz matrix of a 1-D
/// kernel, whose product with x is the convolution (or correlation) of the kernel with x.
/// <code>
///   kernel h = [1, 2], n = 3, full:     T(h) = | 1 0 0 |     T(h) [2,5,3]ᵀ = [2, 9, 13, 6]ᵀ
///                                              | 2 1 0 |
///                                              | 0 2 1 |
///                                              | 0 0 2 |
/// </code>
/// </summary>
public static partial class ToeplitzMatrix
{
    /// <summary>The matrices written entry by entry from their defining formulas.</summary>
    public static partial class Spec
    {
        /// <summary>The Toeplitz matrix with first column <paramref name="c"/> and first row <paramref name="r"/>, as <c>scipy.linalg.toeplitz(c, r)</c>.</summary>
        /// <remarks>A[i,j] = c_{i−j} for i ≥ j and r_{j−i} for i &lt; j; A is len(c) × len(r) and r_0 is ignored (A[0,0] = c_0).</remarks>
        [SpecOnly("builds a matrix by copying entries; there is no arithmetic to make fast")]
        public static NdArray<T> FromColumnRow<T>(T[] c, T[] r)
        {
            Preconditions.NotNull(c, nameof(c));
            Preconditions.NotNull(r, nameof(r));
            return NdArray<T>.Create([c.Length, r.Length], ij => ij[0] >= ij[1] ? c[ij[0] - ij[1]] : r[ij[1] - ij[0]]);
        }

        /// <summary>The Hermitian Toeplitz matrix with first column <paramref name="c"/>, as <c>scipy.linalg.toeplitz(c)</c>.</summary>
        /// <remarks>A[i,j] = c_{i−j} for i ≥ j and conj(c_{j−i}) for i &lt; j (the first row is conj(c) with r_0 ignored).</remarks>
        [SpecOnly("builds a matrix by copying entries; there is no arithmetic to make fast")]
        public static NdArray<T> FromColumn<T>(T[] c)
        {
            Preconditions.NotNull(c, nameof(c));
            return FromColumnRow(c, Array.ConvertAll(c, Conjugation.Of));
        }

        /// <summary>
        /// The convolution matrix of <paramref name="kernel"/> for inputs of length <paramref name="n"/>, as
        /// <c>scipy.linalg.convolution_matrix(kernel, n, mode)</c>: T x = <c>numpy.convolve(kernel, x, mode)</c>.
        /// </summary>
        /// <remarks>
        /// Notes, "2D convolution using doubly block Toeplitz matrices", one block: the kernel zero-padded to
        /// the full length m + n − 1 is the first column, so full gives T[r,c] = h_{r−c} (zero outside 0..m−1).
        /// valid and same keep the rows s .. s + L − 1 of full: T[r,c] = h_{s+r−c}, where (as NumPy) L is
        /// max(m,n) − min(m,n) + 1 for valid and max(m,n) for same, and s = ⌊(m + n − 1 − L)/2⌋ (the centred crop).
        /// So T x equals <c>scipy.signal.convolve(longer, shorter, mode)</c> of h and x; for same with m ≤ n it is
        /// <c>scipy.signal.convolve(x, h, 'same')</c> (output as long as the input).
        /// </remarks>
        [SpecOnly("builds a matrix by copying kernel entries; fast kernels never form it")]
        public static NdArray<T> Convolution<T>(T[] kernel, int n, ConvolutionMode mode)
            where T : IAdditiveIdentity<T, T>
        {
            var (rows, start) = Window(kernel, n, mode);
            return NdArray<T>.Create([rows, n], rc =>
            {
                var q = start + rc[0] - rc[1];
                return q >= 0 && q < kernel.Length ? kernel[q] : T.AdditiveIdentity;
            });
        }

        /// <summary>
        /// The cross-correlation matrix of <paramref name="kernel"/> for inputs of length <paramref name="n"/>:
        /// R x = <c>scipy.signal.correlate(x, kernel, mode)</c> for full and valid, and for same when m ≤ n.
        /// </summary>
        /// <remarks>
        /// R(h) = T(g) with g_i = conj(h_{m−1−i}): correlation is convolution with the reversed, conjugated kernel,
        /// so R[r,c] = conj(h_{m−1−(s+r−c)}), with the rows L and crop start s of <see cref="Convolution{T}"/>.
        /// </remarks>
        [SpecOnly("builds a matrix by copying kernel entries; fast kernels never form it")]
        public static NdArray<T> Correlation<T>(T[] kernel, int n, ConvolutionMode mode)
            where T : IAdditiveIdentity<T, T>
        {
            var (rows, start) = Window(kernel, n, mode);
            var m = kernel.Length;
            return NdArray<T>.Create([rows, n], rc =>
            {
                var q = start + rc[0] - rc[1];
                return q >= 0 && q < m ? Conjugation.Of(kernel[m - 1 - q]) : T.AdditiveIdentity;
            });
        }

        /// <summary>The convolution or correlation matrix, by <paramref name="kind"/>.</summary>
        /// <remarks>See <see cref="Convolution{T}"/> and <see cref="Correlation{T}"/>.</remarks>
        [SpecOnly("builds a matrix by copying kernel entries; fast kernels never form it")]
        public static NdArray<T> Of<T>(T[] kernel, int n, ConvolutionMode mode, ToeplitzKind kind)
            where T : IAdditiveIdentity<T, T> => Preconditions.Defined(kind, nameof(kind)) == ToeplitzKind.Convolution
            ? Convolution(kernel, n, mode)
            : Correlation(kernel, n, mode);

        /// <summary>The number of rows L and the first kept row s of full, as <c>scipy.linalg.convolution_matrix</c> crops.</summary>
        /// <remarks>L = m + n − 1 (full), max − min + 1 (valid), max(m, n) (same); s = ⌊(m + n − 1 − L)/2⌋.</remarks>
        [SpecOnly("a size rule, no arithmetic on elements")]
        public static (int Rows, int Start) Window(int kernelLength, int n, ConvolutionMode mode)
        {
            Preconditions.AtLeast(kernelLength, 1, nameof(kernelLength));
            Preconditions.AtLeast(n, 1, nameof(n));
            var rows = OutputSize.Of(mode, Math.Max(kernelLength, n), Math.Min(kernelLength, n)); // checks mode
            IndexSpace.ElementCount([rows, n], "matrix");
            return (rows, Crop.CentredStart(OutputSize.Full(kernelLength, n), rows));
        }

        private static (int Rows, int Start) Window<T>(T[] kernel, int n, ConvolutionMode mode)
        {
            Preconditions.NotNull(kernel, nameof(kernel));
            Preconditions.Require(kernel.Length > 0, nameof(kernel), "must not be empty");
            return Window(kernel.Length, n, mode);
        }
    }
}
