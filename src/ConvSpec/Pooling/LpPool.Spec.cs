using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Pooling;

/// <summary>
/// How Lp pooling treats negative values and the partial last window.
/// <code>
///   Onnx    : Y = (Σ_window |x|^p)^(1/p)   (ONNX LpPool)
///   PyTorch : Y = (Σ_window x^p · K_1⋯K_k / m)^(1/p), m the window's cells inside the padded input,
///             NaN when the base is negative (torch lp_pool: avg_pool(x.pow(p)).mul(K).pow(1/p))
/// </code>
/// Example window [−2, 1], p = 3: Onnx (8 + 1)^(1/3) = 2.0801; PyTorch (−8 + 1)^(1/3) = NaN.
/// For even p and full windows the two agree.
/// </summary>
public enum LpConvention
{
    /// <summary>|x|^p (ONNX).</summary>
    Onnx,
    /// <summary>x^p, scaled for partial windows (PyTorch).</summary>
    PyTorch,
}

/// <summary>Lp pooling: the p-norm of each window, "the L2 norm of a rectangular neighborhood" for p = 2 (notes, pooling).</summary>
public static partial class LpPool
{
    /// <summary>The formula, written as loops over the window.</summary>
    public static partial class Spec
    {
        /// <summary>The power sums S[n, c, o] of each window, exact in T.</summary>
        /// <remarks>
        /// S[n, c, o] = Σ_{j : x(o, j) an input cell} |X[n, c, x(o, j)]|^p (Onnx) or X^p (PyTorch); padding adds 0.
        /// </remarks>
        [SpecOnly("the exact intermediate of the Lp spec; LpPool.Fast.Apply fuses it into running sums, and its agreement law covers it")]
        public static NdArray<T> PowerSums<T>(NdArray<T> x, PoolOptions options, int p, LpConvention convention = LpConvention.Onnx)
            where T : IAdditionOperators<T, T, T>, IAdditiveIdentity<T, T>, IMultiplyOperators<T, T, T>,
                IMultiplicativeIdentity<T, T>, IComparisonOperators<T, T, bool>, IUnaryNegationOperators<T, T>
        {
            Preconditions.NotNull(x, "X");
            Preconditions.AtLeast(p, 1, nameof(p));
            Preconditions.Defined(convention, "convention");
            var grid = PoolGrid.Of(x.Shape, options);
            var position = new int[x.Rank];
            Func<int[], T> element = y =>
            {
                var sum = T.AdditiveIdentity;
                (position[0], position[1]) = (y[0], y[1]);
                foreach (var j in IndexSpace.Of(grid.Kernel))
                {
                    for (var a = 0; a < grid.Rank; a++) position[a + 2] = grid.Position(a, y[a + 2], j[a]);
                    if (!IndexSpace.Contains(x.Shape, position)) continue;
                    var v = x[position];
                    var term = T.MultiplicativeIdentity;
                    for (var t = 0; t < p; t++) term = checked(term * (convention == LpConvention.Onnx && v < T.AdditiveIdentity ? -v : v));
                    sum = checked(sum + term);
                }
                return sum;
            };
            return OverflowGuard.Create("LpPool", grid.OutputShape, element);
        }

        /// <summary>Lp pooling of doubles: the exact power sums, then the root correctly rounded.</summary>
        /// <remarks>
        /// Y = (S · scale)^(1/p), S the exact power sum (<see cref="PowerSums{T}"/> over <see cref="Rational"/>),
        /// scale = 1 (Onnx) or K_1⋯K_k / m(o) (PyTorch, m the cells inside the padded input); the root correctly
        /// rounded to double; a negative base gives NaN. Inputs with NaN or ±∞ are computed in double arithmetic.
        /// </remarks>
        public static NdArray<double> Apply(NdArray<double> x, PoolOptions options, int p, LpConvention convention = LpConvention.Onnx)
        {
            Preconditions.NotNull(x, "X");
            if (!x.Data.All(double.IsFinite)) return NonFinite(x, options, p, convention);
            return Rooted(x, options, p, convention, s => s.ToDouble());
        }

        /// <summary>Lp pooling of floats: the exact power sums, then the root correctly rounded to float.</summary>
        /// <remarks>As the double overload, the root rounded once to float.</remarks>
        public static NdArray<float> Apply(NdArray<float> x, PoolOptions options, int p, LpConvention convention = LpConvention.Onnx)
        {
            Preconditions.NotNull(x, "X");
            var wide = x.Map(v => (double)v);
            if (!wide.Data.All(double.IsFinite)) return NonFinite(wide, options, p, convention).Map(v => (float)v);
            return Rooted(wide, options, p, convention, s => s.ToSingle()).Map(v => (float)v);
        }

        private static NdArray<double> Rooted(NdArray<double> x, PoolOptions options, int p, LpConvention convention,
            Func<Rational, double> round)
        {
            var sums = PowerSums(x.Map(Rational.FromDouble), options, p, convention);
            var scales = Scales(PoolGrid.Of(x.Shape, options), convention);
            return NdArray<double>.Create(sums.Shape.ToArray(), y =>
            {
                var s = sums[y] * scales[Spatial(y)];
                return s.Sign < 0 ? double.NaN : round(RationalRoot.Sticky(s, p));
            });
        }

        private static NdArray<double> NonFinite(NdArray<double> x, PoolOptions options, int p, LpConvention convention)
        {
            var sums = PowerSums(x, options, p, convention);
            var scales = Scales(PoolGrid.Of(x.Shape, options), convention);
            return NdArray<double>.Create(sums.Shape.ToArray(), y => Math.Pow(sums[y] * scales[Spatial(y)].ToDouble(), 1.0 / p));
        }

        private static int[] Spatial(int[] y) => y[2..];

        /// <summary>The PyTorch scale K_1⋯K_k / m(o) per output position (1 for Onnx).</summary>
        private static NdArray<Rational> Scales(PoolGrid grid, LpConvention convention) =>
            NdArray<Rational>.Create(grid.Output, o =>
            {
                if (convention == LpConvention.Onnx) return Rational.MultiplicativeIdentity;
                long kernel = 1, inside = 1;
                for (var a = 0; a < grid.Rank; a++)
                {
                    var count = 0;
                    for (var j = 0; j < grid.Kernel[a]; j++)
                        if (grid.Position(a, o[a], j) < grid.Input[a] + grid.PadsEnd[a]) count++;
                    (kernel, inside) = (kernel * grid.Kernel[a], inside * count);
                }
                return Rational.Create(kernel, inside);
            });
    }
}
