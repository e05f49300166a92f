using System.Numerics;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Pooling;

/// <summary>
/// Global pooling (ONNX GlobalMaxPool, GlobalAveragePool, GlobalLpPool): one window covering every spatial
/// cell, so Y has shape N x C x 1 x ... x 1.
/// </summary>
public static partial class GlobalPool
{
    /// <summary>The formulas: pooling with K = (D_1..D_k), stride 1, no padding.</summary>
    public static partial class Spec
    {
        /// <summary>Y[n, c, 0..0] = max_i X[n, c, i].</summary>
        /// <remarks>Max pooling with kernel_shape = (D_1..D_k) (<see cref="MaxPool.Spec.Apply{T}"/>).</remarks>
        public static NdArray<T> Max<T>(NdArray<T> x, NanRule nanRule = NanRule.Propagate)
            where T : IComparisonOperators<T, T, bool> =>
            MaxPool.Spec.Apply(x, WholeWindow(x), StorageOrder.RowMajor, nanRule).Values;

        /// <summary>Y[n, c, 0..0] = Σ_i X[n, c, i] / (D_1⋯D_k).</summary>
        /// <remarks>Average pooling with kernel_shape = (D_1..D_k) (<see cref="AveragePool.Spec.Apply{T}"/>).</remarks>
        public static NdArray<T> Average<T>(NdArray<T> x)
            where T : IAdditionOperators<T, T, T>, IAdditiveIdentity<T, T>, IDivisionOperators<T, T, T>, IMultiplicativeIdentity<T, T> =>
            AveragePool.Spec.Apply(x, WholeWindow(x));

        /// <summary>Y[n, c, 0..0] = (Σ_i |X[n, c, i]|^p)^(1/p), the root correctly rounded.</summary>
        /// <remarks>Lp pooling with kernel_shape = (D_1..D_k) (<see cref="LpPool.Spec.Apply(NdArray{double}, PoolOptions, int, LpConvention)"/>).</remarks>
        public static NdArray<double> Lp(NdArray<double> x, int p = 2) => LpPool.Spec.Apply(x, WholeWindow(x), p);

        private static PoolOptions WholeWindow<T>(NdArray<T> x)
        {
            Preconditions.NotNull(x, "X");
            Preconditions.Require(x.Rank >= 3, "X", $"must have shape N x C x D1 x ... x Dk with k >= 1 (got rank {x.Rank})");
            return new PoolOptions(x.Shape.Skip(2).ToArray());
        }
    }
}
