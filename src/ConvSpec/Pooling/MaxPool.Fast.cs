using System.Numerics;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Pooling;

public static partial class MaxPool
{
    /// <summary>
    /// Max pooling by van Herk / Gil-Werman, separable over the spatial axes: about 3 comparisons per input cell
    /// and axis whatever the window, O(N·C·Π D·k) for k spatial axes. Exact: a maximum has no rounding error.
    /// </summary>
    public static partial class Fast
    {
        /// <summary>Max pooling of float tensors; equals <see cref="Spec.Apply{T}"/> bit for bit, indices included.</summary>
        public static MaxPoolResult<float> Apply(NdArray<float> x, PoolOptions options,
            StorageOrder storageOrder = StorageOrder.RowMajor, NanRule nanRule = NanRule.Propagate) =>
            Run(x, options, storageOrder, nanRule);

        /// <summary>Max pooling of double tensors; equals <see cref="Spec.Apply{T}"/> bit for bit, indices included.</summary>
        public static MaxPoolResult<double> Apply(NdArray<double> x, PoolOptions options,
            StorageOrder storageOrder = StorageOrder.RowMajor, NanRule nanRule = NanRule.Propagate) =>
            Run(x, options, storageOrder, nanRule);

        private static MaxPoolResult<T> Run<T>(NdArray<T> x, PoolOptions options, StorageOrder storageOrder, NanRule nanRule)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            Preconditions.NotNull(x, "X");
            Preconditions.Defined(storageOrder, "storage_order");
            Preconditions.Defined(nanRule, "nan");
            var grid = PoolGrid.Of(x.Shape, options);
            var windows = Separable.Windows(grid);
            var planeIn = Separable.Count(grid.Input);
            var planeOut = Separable.Count(grid.Output);
            var values = new T[grid.Batch * grid.Channels * planeOut];
            var indices = new long[values.Length];
            var first = nanRule == NanRule.Ignore ? FirstCells(grid) : null;
            for (var nc = 0; nc < grid.Batch * grid.Channels; nc++)
            {
                var (_, at) = Separable.Max(x.Data, nc * planeIn, grid.Input, windows, nanRule == NanRule.Propagate);
                for (var o = 0; o < planeOut; o++)
                {
                    var cell = first is not null && T.IsNaN(x.Data[nc * planeIn + first[o]]) ? first[o] : at[o];
                    // Separable.Max carries each value with its position, so the value is the cell's.
                    values[nc * planeOut + o] = x.Data[nc * planeIn + cell];
                    indices[nc * planeOut + o] = (long)nc * planeIn + Spatial(cell, grid.Input, storageOrder);
                }
            }
            var shape = grid.OutputShape;
            return new MaxPoolResult<T>(new NdArray<T>(shape, values), new NdArray<long>(shape, indices));
        }

        /// <summary>The row-major in-plane position re-flattened per storage order.</summary>
        private static long Spatial(int rowMajor, int[] extents, StorageOrder order)
        {
            if (order == StorageOrder.RowMajor) return rowMajor;
            long result = 0;
            for (var a = extents.Length - 1; a >= 0; a--)
            {
                var coordinate = rowMajor % extents[a];
                rowMajor /= extents[a];
                result += coordinate * Stride(extents, a);
            }
            return result;
        }

        /// <summary>Column-major stride of axis a: Π_{b&lt;a} D_b.</summary>
        private static long Stride(int[] extents, int a)
        {
            long s = 1;
            for (var b = 0; b < a; b++) s *= extents[b];
            return s;
        }

        /// <summary>Per output cell, the row-major in-plane position of the window's first input cell.</summary>
        private static int[] FirstCells(PoolGrid grid)
        {
            var firsts = new int[Separable.Count(grid.Output)];
            var k = 0;
            foreach (var o in Shapes.IndexSpace.Of(grid.Output))
            {
                var flat = 0;
                for (var a = 0; a < grid.Rank; a++)
                {
                    var j = 0;
                    while (grid.Position(a, o[a], j) < 0) j++;
                    flat = flat * grid.Input[a] + grid.Position(a, o[a], j);
                }
                firsts[k++] = flat;
            }
            return firsts;
        }
    }
}
