using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Pooling;

/// <summary>
/// The notes' "weighted average based on the distance from the central pixel": each window cell j carries a
/// weight w_j (largest at the centre), and the average is normalised over the window's input cells, so a window
/// cut by the border or padding is still an average.
/// </summary>
public static partial class WeightedAveragePool
{
    /// <summary>The formula, written as loops over the window.</summary>
    public static partial class Spec
    {
        /// <summary>Distance-weighted average pooling with a weight tensor of the kernel's shape.</summary>
        /// <remarks>
        /// Y[n, c, o] = Σ_{j ∈ V(o)} w_j · X[n, c, x(o, j)] / Σ_{j ∈ V(o)} w_j, V(o) the window cells that are input
        /// cells (padding and overhang take no part); Σ_{V(o)} w_j must not be zero. The kernel shape is the
        /// weights' shape (<paramref name="options"/>.KernelShape must equal it).
        /// </remarks>
        public static NdArray<T> Apply<T>(NdArray<T> x, NdArray<T> weights, PoolOptions options)
            where T : IAdditionOperators<T, T, T>, IAdditiveIdentity<T, T>, IMultiplyOperators<T, T, T>,
                IDivisionOperators<T, T, T>, IEqualityOperators<T, T, bool>
        {
            Preconditions.NotNull(x, "X");
            Preconditions.NotNull(weights, "W");
            Preconditions.NotNull(options, nameof(options));
            Preconditions.Require(weights.Shape.SequenceEqual(options.KernelShape ?? []), "W",
                $"must have the kernel's shape {ShapeText.Of(options.KernelShape ?? [])} (got {ShapeText.Of(weights.Shape)})");
            var grid = PoolGrid.Of(x.Shape, options);
            var position = new int[x.Rank];
            Func<int[], T> element = y =>
            {
                var (sum, total) = (T.AdditiveIdentity, T.AdditiveIdentity);
                (position[0], position[1]) = (y[0], y[1]);
                foreach (var j in IndexSpace.Of(grid.Kernel))
                {
                    for (var a = 0; a < grid.Rank; a++) position[a + 2] = grid.Position(a, y[a + 2], j[a]);
                    if (!IndexSpace.Contains(x.Shape, position)) continue;
                    sum = checked(sum + weights[j] * x[position]);
                    total = checked(total + weights[j]);
                }
                Preconditions.Require(total != T.AdditiveIdentity, "W",
                    $"the weights of the input cells of window {ShapeText.Of(y)} sum to zero");
                return sum / total;
            };
            return OverflowGuard.Create("WeightedAveragePool", grid.OutputShape, element);
        }
    }
}

/// <summary>Weight tensors that decrease with the distance from the window's centre.</summary>
public static class DistanceWeights
{
    /// <summary>
    /// w_j = f(‖j − c‖), c_a = (K_a − 1)/2 the centre and ‖·‖ the Euclidean distance; f should decrease.
    /// Example K = 3 x 3, f(r) = 1/(1 + r²): centre 1, edges 1/2, corners 1/3.
    /// </summary>
    public static NdArray<T> Of<T>(int[] kernelShape, Func<double, T> weightOfDistance)
    {
        Preconditions.NotNull(kernelShape, "kernel_shape");
        Preconditions.NotNull(weightOfDistance, nameof(weightOfDistance));
        foreach (var k in kernelShape) Preconditions.AtLeast(k, 1, "kernel_shape");
        return NdArray<T>.Create(kernelShape, j =>
        {
            var squared = 0.0;
            for (var a = 0; a < j.Length; a++) squared += Math.Pow(j[a] - (kernelShape[a] - 1) / 2.0, 2);
            return weightOfDistance(Math.Sqrt(squared));
        });
    }

    /// <summary>
    /// The exact weights w_j = 1 / (1 + ‖j − c‖²) as rationals (‖j − c‖² is a multiple of 1/4, so exact).
    /// </summary>
    public static NdArray<Rational> InverseQuadratic(int[] kernelShape)
    {
        Preconditions.NotNull(kernelShape, "kernel_shape");
        foreach (var k in kernelShape) Preconditions.AtLeast(k, 1, "kernel_shape");
        return NdArray<Rational>.Create(kernelShape, j =>
        {
            long quarters = 0;
            for (var a = 0; a < j.Length; a++)
            {
                long twice = 2L * j[a] - (kernelShape[a] - 1);
                quarters += twice * twice;
            }
            return Rational.Create(4, 4 + quarters);
        });
    }
}
