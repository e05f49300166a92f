using System.Numerics;
using ConvSpec.Bounds;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Pooling;

public static partial class WeightedAveragePool
{
    /// <summary>
    /// Distance-weighted average pooling by direct weighted sums in the element type, no allocation per window:
    /// O(N·C·Π O·Π K). For non-negative weights the forward error is
    /// |Ŷ − Y| ≤ [γ_m(1 + u)·Σ|w x| / W + |Y|(u + γ_{m−1})] / (1 − γ_{m−1}), m the window's input cells and W their
    /// weight (<see cref="PoolErrorBound.WeightedAverage"/>).
    /// </summary>
    public static partial class Fast
    {
        /// <summary>Weighted average pooling of doubles in double arithmetic.</summary>
        public static NdArray<double> Apply(NdArray<double> x, NdArray<double> weights, PoolOptions options) => Run(x, weights, options);

        /// <summary>Weighted average pooling of floats in float arithmetic.</summary>
        public static NdArray<float> Apply(NdArray<float> x, NdArray<float> weights, PoolOptions options) => Run(x, weights, options);

        private static NdArray<T> Run<T>(NdArray<T> x, NdArray<T> weights, PoolOptions options) where T : unmanaged, IFloatingPointIeee754<T>
        {
            Preconditions.NotNull(x, "X");
            Preconditions.NotNull(weights, "W");
            Preconditions.NotNull(options, nameof(options));
            Preconditions.Require(weights.Shape.SequenceEqual(options.KernelShape ?? []), "W",
                $"must have the kernel's shape {Shapes.ShapeText.Of(options.KernelShape ?? [])} (got {Shapes.ShapeText.Of(weights.Shape)})");
            var grid = PoolGrid.Of(x.Shape, options);
            var (planeIn, planeOut) = (Separable.Count(grid.Input), Separable.Count(grid.Output));
            var result = new T[grid.Batch * grid.Channels * planeOut];
            // Both odometers return to all zeros after a full cycle (planeOut = Π O, weights.Length = Π K steps).
            var (o, j) = (new int[grid.Rank], new int[grid.Rank]);
            for (var nc = 0; nc < grid.Batch * grid.Channels; nc++)
            {
                for (var y = 0; y < planeOut; y++, Next(o, grid.Output))
                {
                    var (sum, total) = (T.Zero, T.Zero);
                    for (var w = 0; w < weights.Length; w++, Next(j, grid.Kernel))
                        if (Offset(grid, o, j) is var offset and >= 0)
                        {
                            sum += weights.Data[w] * x.Data[nc * planeIn + offset];
                            total += weights.Data[w];
                        }
                    Preconditions.Require(total != T.Zero, "W", "the weights of the input cells of a window sum to zero");
                    result[nc * planeOut + y] = sum / total;
                }
            }
            return new NdArray<T>(grid.OutputShape, result);
        }

        /// <summary>The row-major in-plane offset of window cell j of output o, or −1 outside the input.</summary>
        private static int Offset(PoolGrid grid, int[] o, int[] j)
        {
            var offset = 0;
            for (var a = 0; a < grid.Rank; a++)
            {
                var p = grid.Position(a, o[a], j[a]);
                if (p < 0 || p >= grid.Input[a]) return -1;
                offset = offset * grid.Input[a] + p;
            }
            return offset;
        }

        /// <summary>Advances a row-major odometer over <paramref name="extents"/>.</summary>
        private static void Next(int[] index, int[] extents)
        {
            for (var a = index.Length - 1; a >= 0; a--)
            {
                if (++index[a] < extents[a]) return;
                index[a] = 0;
            }
        }
    }
}
