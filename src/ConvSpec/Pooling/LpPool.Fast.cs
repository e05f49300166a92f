using System.Numerics;
using ConvSpec.Bounds;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Pooling;

public static partial class LpPool
{
    /// <summary>
    /// Lp pooling by block running sums of |x|^p (see <see cref="AveragePool.Fast"/>), then the root. Every term is
    /// non-negative, so the error is relative: |Ŷ − Y| ≤ ((1 + γ_{p−1+m}) · (1 + ρ) − 1) · Y with m = Σ_a (K_a − 1)
    /// and ρ the root's rounding (<see cref="PoolErrorBound.Lp"/>). Only the ONNX convention (|x|^p).
    /// </summary>
    public static partial class Fast
    {
        /// <summary>Lp pooling of doubles in double arithmetic.</summary>
        public static NdArray<double> Apply(NdArray<double> x, PoolOptions options, int p, LpConvention convention = LpConvention.Onnx)
        {
            var (sums, shape) = Sums(x, options, p, convention);
            return new NdArray<double>(shape, Array.ConvertAll(sums, s => Root(s, p)));
        }

        /// <summary>Lp pooling of floats: powers and sums in float arithmetic, the root in double then rounded to float.</summary>
        public static NdArray<float> Apply(NdArray<float> x, PoolOptions options, int p, LpConvention convention = LpConvention.Onnx)
        {
            var (sums, shape) = Sums(x, options, p, convention);
            return new NdArray<float>(shape, Array.ConvertAll(sums, s => (float)Root(s, p)));
        }

        private static double Root(double s, int p) => p switch
        {
            1 => s,
            2 => Math.Sqrt(s),
            _ => Math.Pow(s, 1.0 / p),
        };

        private static (T[] Sums, int[] Shape) Sums<T>(NdArray<T> x, PoolOptions options, int p, LpConvention convention)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            Preconditions.NotNull(x, "X");
            Preconditions.AtLeast(p, 1, nameof(p));
            Preconditions.Defined(convention, "convention");
            if (convention != LpConvention.Onnx)
                throw new NotSupportedException("convention: the fast Lp pooling computes the ONNX convention only (|x|^p)");
            var grid = PoolGrid.Of(x.Shape, options);
            var windows = Separable.Windows(grid);
            var (planeIn, planeOut) = (Separable.Count(grid.Input), Separable.Count(grid.Output));
            var result = new T[grid.Batch * grid.Channels * planeOut];
            for (var nc = 0; nc < grid.Batch * grid.Channels; nc++)
            {
                var powers = new T[planeIn];
                for (var i = 0; i < planeIn; i++) powers[i] = Power(T.Abs(x.Data[nc * planeIn + i]), p);
                Separable.Sum(powers, grid.Input, windows).CopyTo(result, nc * planeOut);
            }
            return (result, grid.OutputShape);
        }

        /// <summary>v^p by p − 1 multiplications, left to right.</summary>
        private static T Power<T>(T v, int p) where T : IFloatingPointIeee754<T>
        {
            var r = v;
            for (var t = 1; t < p; t++) r *= v;
            return r;
        }
    }
}
