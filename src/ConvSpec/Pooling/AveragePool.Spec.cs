using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Pooling;

/// <summary>
/// Average pooling, "the average of a rectangular neighborhood" (notes, pooling), as ONNX AveragePool and
/// <c>torch.nn.functional.avg_pool*d</c> define it. Exact when T is exact (<see cref="Rational"/>).
/// </summary>
public static partial class AveragePool
{
    /// <summary>The formula, written as loops over the window.</summary>
    public static partial class Spec
    {
        /// <summary>Average pooling of an N x C x D_1 x ... x D_k tensor.</summary>
        /// <remarks>
        /// Y[n, c, o] = (Σ_{j : x(o, j) an input cell} X[n, c, x(o, j)]) / m(o), padding cells adding 0, where
        /// m(o) counts the window's input cells (count_include_pad = 0, ONNX's default), or its cells inside the
        /// padded input [−b, D + e) per axis (count_include_pad = 1, PyTorch's default), or all K_1⋯K_k cells
        /// (count_include_pad = 1 with <see cref="OverhangDivisor.FullKernel"/>).
        /// </remarks>
        public static NdArray<T> Apply<T>(NdArray<T> x, PoolOptions options, bool countIncludePad = false,
            OverhangDivisor overhang = OverhangDivisor.PaddedWindow)
            where T : IAdditionOperators<T, T, T>, IAdditiveIdentity<T, T>, IDivisionOperators<T, T, T>, IMultiplicativeIdentity<T, T>
        {
            Preconditions.NotNull(x, "X");
            Preconditions.Defined(overhang, "overhang");
            var grid = PoolGrid.Of(x.Shape, options);
            var position = new int[x.Rank];
            Func<int[], T> element = y =>
            {
                var (sum, count) = (T.AdditiveIdentity, T.AdditiveIdentity);
                (position[0], position[1]) = (y[0], y[1]);
                foreach (var j in IndexSpace.Of(grid.Kernel))
                {
                    for (var a = 0; a < grid.Rank; a++) position[a + 2] = grid.Position(a, y[a + 2], j[a]);
                    var input = IndexSpace.Contains(x.Shape, position);
                    if (input) sum = checked(sum + x[position]);
                    if (input || (countIncludePad && (overhang == OverhangDivisor.FullKernel || InsidePadded(grid, position))))
                        count = checked(count + T.MultiplicativeIdentity);
                }
                return sum / count;
            };
            return OverflowGuard.Create("AveragePool", grid.OutputShape, element);
        }

        /// <summary>True when −b_a ≤ x_a &lt; D_a + e_a on every spatial axis.</summary>
        /// <remarks>x_a = o·s_a − b_a + j·d_a ≥ −b_a for every window cell (o, j ≥ 0), so only the end is compared.</remarks>
        private static bool InsidePadded(PoolGrid grid, int[] position)
        {
            for (var a = 0; a < grid.Rank; a++)
                if (position[a + 2] >= grid.Input[a] + grid.PadsEnd[a]) return false;
            return true;
        }
    }
}
