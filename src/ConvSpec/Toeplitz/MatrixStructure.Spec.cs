using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Toeplitz;

/// <summary>
/// Structure predicates for users' own matrices: is a matrix Toeplitz, block Toeplitz, doubly block Toeplitz,
/// multilevel (N-level) Toeplitz or circulant? Entries are compared with <see cref="EqualityComparer{T}.Default"/>.
/// <code>
///   Toeplitz          | a b c |     block Toeplitz (2x2 blocks)  | A B |    circulant  | a c b |
///   (a[i,j] = t_{i−j}) | d a b |     (block[I,J] = B_{I−J})       | C A |               | b a c |
///                     | e d a |                                              | c b a |
/// </code>
/// </summary>
public static partial class MatrixStructure
{
    /// <summary>Each predicate is its definition, checked entry by entry.</summary>
    public static partial class Spec
    {
        /// <summary>True when every diagonal of the matrix is constant.</summary>
        /// <remarks>A[i,j] = A[i−1,j−1] for all 1 ≤ i &lt; rows, 1 ≤ j &lt; cols (equivalently A[i,j] = t_{i−j}).</remarks>
        [SpecOnly("a predicate that compares entries; there is no arithmetic to make fast")]
        public static bool IsToeplitz<T>(NdArray<T> a)
        {
            RequireMatrix(a, nameof(a));
            return IsMultilevelToeplitz(a, [a.Shape[0]], [a.Shape[1]]);
        }

        /// <summary>True when, cut into blocks of <paramref name="blockRows"/> × <paramref name="blockCols"/>, the blocks are constant along every block diagonal.</summary>
        /// <remarks>A[i,j] = A[i−p, j−q] for all i ≥ p, j ≥ q, with p × q the block size (block[I,J] = B_{I−J}).</remarks>
        [SpecOnly("a predicate that compares entries; there is no arithmetic to make fast")]
        public static bool IsBlockToeplitz<T>(NdArray<T> a, int blockRows, int blockCols)
        {
            var (p, q) = CheckBlocks(a, blockRows, blockCols);
            var eq = EqualityComparer<T>.Default;
            for (var i = p; i < a.Shape[0]; i++)
                for (var j = q; j < a.Shape[1]; j++)
                    if (!eq.Equals(a[i, j], a[i - p, j - q])) return false;
            return true;
        }

        /// <summary>True when the matrix is block Toeplitz and each of its blocks is Toeplitz (notes: "doubly block-Toeplitz").</summary>
        /// <remarks>
        /// Block Toeplitz as in <see cref="IsBlockToeplitz{T}"/>, and A[i,j] = A[i−1,j−1] whenever (i mod p) ≥ 1 and
        /// (j mod q) ≥ 1 (both entries in one block). This is the 2-level case of <see cref="IsMultilevelToeplitz{T}"/>.
        /// </remarks>
        [SpecOnly("a predicate that compares entries; there is no arithmetic to make fast")]
        public static bool IsDoublyBlockToeplitz<T>(NdArray<T> a, int blockRows, int blockCols)
        {
            var (p, q) = CheckBlocks(a, blockRows, blockCols);
            return IsMultilevelToeplitz(a, [a.Shape[0] / p, p], [a.Shape[1] / q, q]);
        }

        /// <summary>
        /// True when rows indexed by multi-indices k over <paramref name="rowShape"/> and columns by j over
        /// <paramref name="colShape"/> (row-major) give entries that depend only on k − j: the block Toeplitz
        /// structure nested once per axis, as the N-D convolution matrix has.
        /// </summary>
        /// <remarks>A[vec(k), vec(j)] = A[vec(k − e_d), vec(j − e_d)] for every axis d and all k, j with k_d ≥ 1, j_d ≥ 1.</remarks>
        [SpecOnly("a predicate that compares entries; there is no arithmetic to make fast")]
        public static bool IsMultilevelToeplitz<T>(NdArray<T> a, IReadOnlyList<int> rowShape, IReadOnlyList<int> colShape)
        {
            RequireMatrix(a, nameof(a));
            Preconditions.NotNull(rowShape, nameof(rowShape));
            Preconditions.NotNull(colShape, nameof(colShape));
            Preconditions.SameRank(rowShape.Count, colShape.Count, nameof(rowShape), nameof(colShape));
            Preconditions.Require(IndexSpace.ElementCount(rowShape, nameof(rowShape)) == a.Shape[0], nameof(rowShape),
                $"must have as many elements as the matrix has rows (got {ShapeText.Of(rowShape)} for {a.Shape[0]} rows)");
            Preconditions.Require(IndexSpace.ElementCount(colShape, nameof(colShape)) == a.Shape[1], nameof(colShape),
                $"must have as many elements as the matrix has columns (got {ShapeText.Of(colShape)} for {a.Shape[1]} columns)");
            var (rowStrides, colStrides) = (IndexSpace.RowMajorStrides(rowShape), IndexSpace.RowMajorStrides(colShape));
            var eq = EqualityComparer<T>.Default;
            foreach (var k in IndexSpace.Of(rowShape))
                foreach (var j in IndexSpace.Of(colShape))
                    for (var d = 0; d < k.Length; d++)
                        if (k[d] >= 1 && j[d] >= 1 && !eq.Equals(a[IndexSpace.Offset(k, rowStrides), IndexSpace.Offset(j, colStrides)],
                                a[IndexSpace.Offset(k, rowStrides) - rowStrides[d], IndexSpace.Offset(j, colStrides) - colStrides[d]]))
                            return false;
            return true;
        }

        /// <summary>True when the matrix is square and each column is the previous one rotated down by one.</summary>
        /// <remarks>A[i,j] = A[(i+1) mod n, (j+1) mod n] for all i, j: equivalently A[i,j] = c_{(i−j) mod n} with c the first column.</remarks>
        [SpecOnly("a predicate that compares entries; there is no arithmetic to make fast")]
        public static bool IsCirculant<T>(NdArray<T> a)
        {
            RequireMatrix(a, nameof(a));
            var n = a.Shape[0];
            if (a.Shape[1] != n) return false;
            var eq = EqualityComparer<T>.Default;
            for (var i = 0; i < n; i++)
                for (var j = 0; j < n; j++)
                    if (!eq.Equals(a[i, j], a[(i + 1) % n, (j + 1) % n])) return false;
            return true;
        }

        private static void RequireMatrix<T>(NdArray<T> a, string name)
        {
            Preconditions.NotNull(a, name);
            Preconditions.Require(a.Rank == 2, name, $"must be a matrix (rank 2) (got rank {a.Rank})");
        }

        private static (int P, int Q) CheckBlocks<T>(NdArray<T> a, int blockRows, int blockCols)
        {
            RequireMatrix(a, nameof(a));
            Preconditions.AtLeast(blockRows, 1, nameof(blockRows));
            Preconditions.AtLeast(blockCols, 1, nameof(blockCols));
            Preconditions.Require(a.Shape[0] % blockRows == 0, nameof(blockRows),
                $"must divide the number of rows (got {blockRows} for {a.Shape[0]} rows)");
            Preconditions.Require(a.Shape[1] % blockCols == 0, nameof(blockCols),
                $"must divide the number of columns (got {blockCols} for {a.Shape[1]} columns)");
            return (blockRows, blockCols);
        }
    }
}
