using System.Numerics;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Pooling;

/// <summary>
/// Min pooling (erosion): the minimum of each window, with the first minimum's index. Not an ONNX operator; the
/// twin of <see cref="MaxPool"/> that kernels implementing morphological filters need.
/// </summary>
public static partial class MinPool
{
    /// <summary>The formula, written as loops over the window.</summary>
    public static partial class Spec
    {
        /// <summary>Min pooling of an N x C x D_1 x ... x D_k tensor, with argmin indices.</summary>
        /// <remarks>
        /// Y[n, c, o] = min { X[n, c, x(o, j)] : x(o, j) an input cell }; ties go to the first minimum in row-major
        /// order; NaN as in <see cref="NanRule"/> (Propagate: NaN is smaller than every number and the last NaN wins).
        /// Indices flattened as MaxPool's.
        /// </remarks>
        public static MaxPoolResult<T> Apply<T>(NdArray<T> x, PoolOptions options,
            StorageOrder storageOrder = StorageOrder.RowMajor, NanRule nanRule = NanRule.Propagate)
            where T : IComparisonOperators<T, T, bool>
        {
            Preconditions.NotNull(x, "X");
            Preconditions.Defined(storageOrder, "storage_order");
            Preconditions.Defined(nanRule, "nan");
            var grid = PoolGrid.Of(x.Shape, options);
            var shape = grid.OutputShape;
            var values = new T[IndexSpace.ElementCount(shape, "Y")];
            var indices = new long[values.Length];
            var position = new int[x.Rank];
            var k = 0;
            foreach (var y in IndexSpace.Of(shape))
            {
                (position[0], position[1]) = (y[0], y[1]);
                var found = false;
                T best = default!;
                int[] argmin = [];
                foreach (var j in IndexSpace.Of(grid.Kernel))
                {
                    for (var a = 0; a < grid.Rank; a++) position[a + 2] = grid.Position(a, y[a + 2], j[a]);
                    if (!IndexSpace.Contains(x.Shape, position)) continue;
                    var v = x[position];
#pragma warning disable CS1718 // NaN is the one value not equal to itself
                    if (!found || v < best || (nanRule == NanRule.Propagate && v != v))
#pragma warning restore CS1718
                        (best, argmin, found) = (v, (int[])position.Clone(), true);
                }
                (values[k], indices[k++]) = (best, PoolIndex.Flatten(x.Shape, argmin, storageOrder));
            }
            return new MaxPoolResult<T>(new NdArray<T>(shape, values), new NdArray<long>(shape, indices));
        }
    }
}
