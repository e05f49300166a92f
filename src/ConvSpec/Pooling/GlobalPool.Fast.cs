using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Pooling;

public static partial class GlobalPool
{
    /// <summary>
    /// Global pooling through the Fast window twins with K = (D_1..D_k): <see cref="MaxPool.Fast"/> (exact),
    /// <see cref="AveragePool.Fast"/> and <see cref="LpPool.Fast"/> (bounds of <see cref="Bounds.PoolErrorBound"/>
    /// with K = D).
    /// </summary>
    public static partial class Fast
    {
        /// <summary>Y[n, c, 0..0] = max_i X[n, c, i], exactly as the spec.</summary>
        public static NdArray<double> Max(NdArray<double> x, NanRule nanRule = NanRule.Propagate) =>
            MaxPool.Fast.Apply(x, WholeWindow(x), StorageOrder.RowMajor, nanRule).Values;

        /// <summary>Y[n, c, 0..0] = max_i X[n, c, i], exactly as the spec.</summary>
        public static NdArray<float> Max(NdArray<float> x, NanRule nanRule = NanRule.Propagate) =>
            MaxPool.Fast.Apply(x, WholeWindow(x), StorageOrder.RowMajor, nanRule).Values;

        /// <summary>Y[n, c, 0..0] = Σ_i X[n, c, i] / (D_1⋯D_k), within <see cref="Bounds.PoolErrorBound.Average"/>.</summary>
        public static NdArray<double> Average(NdArray<double> x) => AveragePool.Fast.Apply(x, WholeWindow(x));

        /// <summary>Y[n, c, 0..0] = Σ_i X[n, c, i] / (D_1⋯D_k), within <see cref="Bounds.PoolErrorBound.Average"/>.</summary>
        public static NdArray<float> Average(NdArray<float> x) => AveragePool.Fast.Apply(x, WholeWindow(x));

        /// <summary>Y[n, c, 0..0] = (Σ_i |X[n, c, i]|^p)^(1/p), within <see cref="Bounds.PoolErrorBound.Lp"/>.</summary>
        public static NdArray<double> Lp(NdArray<double> x, int p = 2) => LpPool.Fast.Apply(x, WholeWindow(x), p);

        private static PoolOptions WholeWindow<T>(NdArray<T> x)
        {
            Preconditions.NotNull(x, "X");
            Preconditions.Require(x.Rank >= 3, "X", $"must have shape N x C x D1 x ... x Dk with k >= 1 (got rank {x.Rank})");
            return new PoolOptions(x.Shape.Skip(2).ToArray());
        }
    }
}
