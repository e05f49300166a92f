using System.Numerics;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Toeplitz;

/// <summary>
/// The doubly block Toeplitz matrix H of an N-D kernel h for inputs f of a given shape: H vec(f) = vec(f ∗ h),
/// vec flattening row by row (row-major). Built as the notes build it: h is zero-padded to the full output
/// size, each row of the padded kernel gives a Toeplitz block H_i, and the blocks are laid out as a Toeplitz
/// matrix of blocks with one block column per row of f. In N-D the construction nests once per axis.
/// <code>
///   f = | 2 5 3 |   h = | 1 2 |   H1 = T([1,2,0,0]), H2 = T([3,4,0,0]), H3 = 0 (4 x 3 each)
///       | 1 4 1 |       | 3 4 |
///                                 H = | H1 H3 |   (12 x 6)    H vec(f) = vec | 2  9 13  6 |
///                                     | H2 H1 |                              | 7 29 38 14 |
///                                     | H3 H2 |                              | 3 16 19  4 |
/// </code>
/// </summary>
public static partial class DoublyBlockToeplitz
{
    /// <summary>The nested block construction of the notes, generic over the element type.</summary>
    public static partial class Spec
    {
        /// <summary>
        /// The matrix H with H vec(f) = vec(<c>scipy.signal.convolve(f, kernel, mode)</c>) for every f of
        /// <paramref name="inputShape"/>; H is (Π_d L_d) × (Π_d n_d).
        /// </summary>
        /// <remarks>
        /// Notes, "2D convolution using doubly block Toeplitz matrices". Axis by axis (d = 0 first): with
        /// P_d = m_d + n_d − 1 the full extent, L_d the mode's output extent of scipy.signal.convolve(f, h) and
        /// s_d = ⌊(P_d − L_d)/2⌋ its centred crop start,
        /// H^{(d)}(h) [r, c] (a block of size Π_{e&gt;d} L_e × Π_{e&gt;d} n_e) = H_{s_d + r − c}, 0 ≤ r &lt; L_d, 0 ≤ c &lt; n_d,
        /// where H_q = H^{(d+1)}(h[q, ...]) for 0 ≤ q &lt; m_d and the zero block for the padded rows
        /// m_d ≤ q &lt; P_d and outside 0..P_d − 1 (the notes' wrapped index (q mod P_d) lands in the padding, so
        /// it is the zero block as well). The last axis is the 1-D Toeplitz block T[r,c] = h_{s+r−c}.
        /// Entry-wise: H[vec(k), vec(j)] = h[s + k − j] (zero outside h).
        /// </remarks>
        [SpecOnly("builds a matrix by copying kernel entries; fast kernels never form it")]
        public static NdArray<T> Of<T>(NdArray<T> kernel, IReadOnlyList<int> inputShape, ConvolutionMode mode)
            where T : IAdditiveIdentity<T, T>
        {
            var windows = Windows(kernel, inputShape, mode);
            return Nest(kernel, inputShape, windows, 0);
        }

        /// <summary>
        /// The blocks H_1 .. H_P of the outermost level (the notes' H1, H2, H3): one per row of the kernel
        /// zero-padded to the full output extent P_0 = m_0 + n_0 − 1 along axis 0, each the matrix of the kernel
        /// slice h[q, ...] for the input shape without its first axis. A rank-1 kernel has 1 × 1 blocks h_q.
        /// </summary>
        /// <remarks>H_{q+1} = H^{(1)}(h[q, ...]) for q &lt; m_0, the zero block for m_0 ≤ q &lt; P_0 (see <see cref="Of{T}"/>).</remarks>
        [SpecOnly("builds matrices by copying kernel entries; fast kernels never form them")]
        public static NdArray<T>[] Blocks<T>(NdArray<T> kernel, IReadOnlyList<int> inputShape, ConvolutionMode mode)
            where T : IAdditiveIdentity<T, T>
        {
            var windows = Windows(kernel, inputShape, mode);
            Preconditions.Require(kernel.Rank >= 1, nameof(kernel), "must have rank at least 1 to have blocks (got rank 0)");
            var full = kernel.Shape[0] + inputShape[0] - 1;
            return Enumerable.Range(0, full).Select(q => Block(kernel, inputShape, windows, 1, q)).ToArray();
        }

        /// <summary>Per axis, the output extent L_d and crop start s_d of <c>scipy.signal.convolve(f, h, mode)</c>.</summary>
        /// <remarks>L_d = n_d + m_d − 1 (full), max − min + 1 (valid), n_d (same: the input's extent); s_d = ⌊(n_d + m_d − 1 − L_d)/2⌋.</remarks>
        [SpecOnly("a size rule, no arithmetic on elements")]
        public static (int Length, int Start)[] Windows<T>(NdArray<T> kernel, IReadOnlyList<int> inputShape, ConvolutionMode mode)
        {
            Preconditions.NotNull(kernel, nameof(kernel));
            Preconditions.NotNull(inputShape, nameof(inputShape));
            Preconditions.Require(inputShape.Count == kernel.Rank, nameof(inputShape),
                $"must have one extent per kernel axis (got {inputShape.Count} extents for a rank-{kernel.Rank} kernel)");
            Preconditions.Require(inputShape.All(n => n >= 1), nameof(inputShape), $"extents must be at least 1 (got {ShapeText.Of(inputShape)})");
            Preconditions.NotEmpty(kernel.Shape, nameof(kernel));
            var fits = inputShape.Zip(kernel.Shape).All(t => t.First >= t.Second);
            var covers = inputShape.Zip(kernel.Shape).All(t => t.First <= t.Second);
            Preconditions.Require(mode != ConvolutionMode.Valid || fits || covers, nameof(inputShape),
                $"valid mode needs the input at least as large as the kernel on every axis, or the kernel at least as large on every axis (got input {ShapeText.Of(inputShape)} and kernel {ShapeText.Of(kernel.Shape)})");
            var outShape = OutputSize.Of(mode, inputShape, kernel.Shape);
            IndexSpace.ElementCount([.. outShape, .. inputShape], "matrix"); // Π L_d rows × Π n_d columns
            return outShape.Select((length, d) =>
                (length, Crop.CentredStart(OutputSize.Full(inputShape[d], kernel.Shape[d]), length))).ToArray();
        }

        /// <summary>The level-d matrix of <paramref name="kernel"/> (rank r − d): blocks H_{s+r−c} in a Toeplitz layout.</summary>
        private static NdArray<T> Nest<T>(NdArray<T> kernel, IReadOnlyList<int> inputShape, (int Length, int Start)[] windows, int d)
            where T : IAdditiveIdentity<T, T>
        {
            if (d == windows.Length) return new NdArray<T>([1, 1], [kernel.Data[0]]);
            var (length, start) = windows[d];
            var m = kernel.Shape[0];
            var blocks = Enumerable.Range(0, m).Select(q => Nest(Slice(kernel, q), inputShape, windows, d + 1)).ToArray();
            var (blockRows, blockCols) = (blocks[0].Shape[0], blocks[0].Shape[1]);
            return NdArray<T>.Create([length * blockRows, inputShape[d] * blockCols], rc =>
            {
                // H_q is the matrix of the slice h[q, ...] for 0 ≤ q < m_d and the zero block of the padding otherwise.
                var q = start + rc[0] / blockRows - rc[1] / blockCols;
                return q >= 0 && q < m ? blocks[q][rc[0] % blockRows, rc[1] % blockCols] : T.AdditiveIdentity;
            });
        }

        /// <summary>H_q at level d: the matrix of the slice kernel[q, ...] for q &lt; m, the zero block for the padding.</summary>
        private static NdArray<T> Block<T>(NdArray<T> kernel, IReadOnlyList<int> inputShape, (int Length, int Start)[] windows, int d, int q)
            where T : IAdditiveIdentity<T, T>
        {
            if (q < kernel.Shape[0]) return Nest(Slice(kernel, q), inputShape, windows, d);
            var rows = windows.Skip(d).Aggregate(1, (p, w) => p * w.Length);
            var cols = inputShape.Skip(d).Aggregate(1, (p, n) => p * n);
            return NdArray<T>.Create([rows, cols], _ => T.AdditiveIdentity);
        }

        /// <summary>The sub-tensor t[q, ...] of rank r − 1.</summary>
        private static NdArray<T> Slice<T>(NdArray<T> t, int q)
        {
            var shape = t.Shape.Skip(1).ToArray();
            var size = t.Data.Length / t.Shape[0]; // t is not empty, so t.Shape[0] ≥ 1
            return new NdArray<T>(shape, t.Data.AsSpan(q * size, size).ToArray());
        }
    }
}
