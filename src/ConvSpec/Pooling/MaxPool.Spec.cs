using System.Numerics;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Pooling;

/// <summary>
/// Max pooling, "the maximum output within a rectangular neighborhood" (notes, pooling), as ONNX MaxPool and
/// <c>torch.nn.functional.max_pool*d</c> define it, with the argmax indices ONNX returns.
/// </summary>
public static partial class MaxPool
{
    /// <summary>The formula, written as loops over the window.</summary>
    public static partial class Spec
    {
        /// <summary>Max pooling of an N x C x D_1 x ... x D_k tensor, with argmax indices.</summary>
        /// <remarks>
        /// Y[n, c, o] = max { X[n, c, x(o, j)] : j ∈ K_1 x ... x K_k, x(o, j) an input cell },
        /// x_a(o, j) = o_a·s_a − b_a + j_a·d_a (see <see cref="PoolGrid"/>). Padding and overhang cells take no
        /// part (as if −∞). Ties go to the first maximum in row-major order of j (equivalently of the input
        /// position); Indices[n, c, o] is that position flattened per <paramref name="storageOrder"/>.
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
            var values = new T[Shapes.IndexSpace.ElementCount(shape, "Y")];
            var indices = new long[values.Length];
            var k = 0;
            foreach (var y in Shapes.IndexSpace.Of(shape))
                (values[k], indices[k++]) = WindowMax(x, grid, y, storageOrder, nanRule);
            return new MaxPoolResult<T>(new NdArray<T>(shape, values), new NdArray<long>(shape, indices));
        }

        /// <summary>The maximum of one window and its flattened position.</summary>
        private static (T Value, long Index) WindowMax<T>(NdArray<T> x, PoolGrid grid, int[] y, StorageOrder order, NanRule nanRule)
            where T : IComparisonOperators<T, T, bool>
        {
            var position = new int[x.Rank];
            (position[0], position[1]) = (y[0], y[1]);
            var found = false;
            T best = default!;
            int[] argmax = [];
            foreach (var j in Shapes.IndexSpace.Of(grid.Kernel))
            {
                for (var a = 0; a < grid.Rank; a++) position[a + 2] = grid.Position(a, y[a + 2], j[a]);
                if (!Shapes.IndexSpace.Contains(x.Shape, position)) continue;
                var v = x[position];
                if (!found || v > best || (nanRule == NanRule.Propagate && IsNaN(v)))
                    (best, argmax, found) = (v, (int[])position.Clone(), true);
            }
            return (best, PoolIndex.Flatten(x.Shape, argmax, order));
        }

        /// <summary>NaN is the one value not equal to itself.</summary>
#pragma warning disable CS1718
        private static bool IsNaN<T>(T v) where T : IComparisonOperators<T, T, bool> => v != v;
#pragma warning restore CS1718
    }
}
