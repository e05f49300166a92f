using System.Numerics;
using ConvSpec.Bounds;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Pooling;

public static partial class AveragePool
{
    /// <summary>
    /// Average pooling by block running sums (van Herk's scheme with + in place of max), separable over the
    /// spatial axes: about 3 additions per input cell and axis whatever the window. Forward error:
    /// |Ŷ − Y| ≤ γ_m · Σ_window |x| / m(o) + η, m = Σ_a (K_a − 1) + 1 (<see cref="PoolErrorBound.Average"/>).
    /// </summary>
    public static partial class Fast
    {
        /// <summary>Average pooling of floats, in float arithmetic.</summary>
        public static NdArray<float> Apply(NdArray<float> x, PoolOptions options, bool countIncludePad = false,
            OverhangDivisor overhang = OverhangDivisor.PaddedWindow) => Run(x, options, countIncludePad, overhang);

        /// <summary>Average pooling of doubles, in double arithmetic.</summary>
        public static NdArray<double> Apply(NdArray<double> x, PoolOptions options, bool countIncludePad = false,
            OverhangDivisor overhang = OverhangDivisor.PaddedWindow) => Run(x, options, countIncludePad, overhang);

        private static NdArray<T> Run<T>(NdArray<T> x, PoolOptions options, bool countIncludePad, OverhangDivisor overhang)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            Preconditions.NotNull(x, "X");
            Preconditions.Defined(overhang, "overhang");
            var grid = PoolGrid.Of(x.Shape, options);
            var windows = Separable.Windows(grid);
            var divisors = Divisors<T>(grid, countIncludePad, overhang);
            var (planeIn, planeOut) = (Separable.Count(grid.Input), Separable.Count(grid.Output));
            var result = new T[grid.Batch * grid.Channels * planeOut];
            for (var nc = 0; nc < grid.Batch * grid.Channels; nc++)
            {
                var sums = Separable.Sum(x.Data.AsSpan(nc * planeIn, planeIn).ToArray(), grid.Input, windows);
                for (var o = 0; o < planeOut; o++) result[nc * planeOut + o] = sums[o] / divisors[o];
            }
            return new NdArray<T>(grid.OutputShape, result);
        }

        /// <summary>m(o) = Π_a m_a(o_a): the divisor of a box window is the product of its per-axis counts (row-major outer product).</summary>
        internal static T[] Divisors<T>(PoolGrid grid, bool countIncludePad, OverhangDivisor overhang)
            where T : IFloatingPointIeee754<T>
        {
            long[] products = [1];
            for (var a = 0; a < grid.Rank; a++)
            {
                var counts = Enumerable.Range(0, grid.Output[a]).Select(o => AxisCount(grid, a, o, countIncludePad, overhang)).ToArray();
                var next = new long[products.Length * counts.Length];
                for (var i = 0; i < products.Length; i++)
                    for (var o = 0; o < counts.Length; o++)
                        next[i * counts.Length + o] = products[i] * counts[o];
                products = next;
            }
            return Array.ConvertAll(products, T.CreateChecked);
        }

        /// <summary>
        /// m_a(o) = #{j ∈ [0, K) : lo ≤ o·s − b + j·d &lt; hi} in O(1): lo = 0, hi = D; with the pads counted lo = −b, hi = D + e
        /// (every window starts at or past −b); the whole K with <see cref="OverhangDivisor.FullKernel"/>. Every window
        /// holds an input cell (<see cref="PoolGrid"/> checks it), so its first counted j is at most its last.
        /// </summary>
        private static int AxisCount(PoolGrid grid, int a, int o, bool countIncludePad, OverhangDivisor overhang)
        {
            if (countIncludePad && overhang == OverhangDivisor.FullKernel) return grid.Kernel[a];
            var start = grid.WindowStart(a, o);
            var end = (long)grid.Input[a] + (countIncludePad ? grid.PadsEnd[a] : 0);
            var first = countIncludePad ? 0 : grid.FirstInputTap(a, o);
            return (int)(Math.Min(grid.Kernel[a] - 1, (end - 1 - start) / grid.Dilations[a]) - first + 1);
        }
    }
}
