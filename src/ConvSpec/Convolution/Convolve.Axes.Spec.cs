using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Convolution;

public static partial class Convolve
{
    public static partial class Spec
    {
        /// <summary>Convolution over chosen axes, broadcasting the others, as <c>scipy.signal.fftconvolve</c>/<c>oaconvolve</c>.</summary>
        /// <remarks>
        /// Let A be the requested axes (all when null) less those where either input has length 1 (there the
        /// product broadcasts and no sum is needed). On the other axes the extents must be equal or 1 and broadcast.
        /// full[k] = Σ_{i ∈ idx_A(in1)} in1[k↓, i] · in2[k↓, k_A − i], with k↓ the broadcast coordinate off A;
        /// full has extent m_d + n_d − 1 on A and max(m_d, n_d) elsewhere.
        /// Then the centred crop: same to in1's shape on every axis; valid to m_d − n_d + 1 on A (inputs swapped
        /// first when in2 is the larger on A), keeping full's extent elsewhere. Two scalars give their product.
        /// </remarks>
        public static NdArray<T> AlongAxes<T>(NdArray<T> in1, NdArray<T> in2, ConvolutionMode mode, IReadOnlyList<int>? axes)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Preconditions.NotNull(in1, nameof(in1));
            Preconditions.NotNull(in2, nameof(in2));
            Preconditions.Defined(mode, nameof(mode));
            Preconditions.SameRank(in1.Rank, in2.Rank, nameof(in1), nameof(in2));
            Preconditions.NotEmpty(in1.Shape, nameof(in1));
            Preconditions.NotEmpty(in2.Shape, nameof(in2));
            var convolved = ConvolvedAxes(in1.Shape, in2.Shape, axes);
            if (mode == ConvolutionMode.Valid)
            {
                OutputSize.CheckInputs(mode, convolved.Select(a => in1.Shape[a]).ToArray(), convolved.Select(a => in2.Shape[a]).ToArray());
                if (convolved.Any(a => in2.Shape[a] > in1.Shape[a])) (in1, in2) = (in2, in1);
            }
            var full = FullAlongAxes(in1, in2, convolved);
            var shape = Enumerable.Range(0, in1.Rank).Select(d => mode switch
            {
                ConvolutionMode.Full => full.Shape[d],
                ConvolutionMode.Same => in1.Shape[d],
                _ => convolved.Contains(d) ? in1.Shape[d] - in2.Shape[d] + 1 : full.Shape[d],
            }).ToArray();
            return Crop.Centred(full, shape);
        }

        /// <summary>The full convolution over <paramref name="axes"/>, broadcasting the rest (see <see cref="AlongAxes{T}"/>).</summary>
        /// <remarks>full[k] = Σ_{i ∈ idx_A(in1)} in1[k↓, i] · in2[k↓, k_A − i].</remarks>
        private static NdArray<T> FullAlongAxes<T>(NdArray<T> in1, NdArray<T> in2, int[] axes)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            var rank = in1.Rank;
            var shape = Enumerable.Range(0, rank).Select(d => axes.Contains(d)
                ? OutputSize.Full(in1.Shape[d], in2.Shape[d])
                : Math.Max(in1.Shape[d], in2.Shape[d])).ToArray();
            IndexSpace.ElementCount(shape, "output");
            var sumShape = axes.Select(a => in1.Shape[a]).ToArray();
            var (at1, at2) = (new int[rank], new int[rank]);
            // The element function is built outside OverflowGuard's lambda so that no delegate is created
            // (and cached by the compiler) inside another lambda: every branch of the method then runs.
            Func<int[], T> element = k =>
            {
                for (var d = 0; d < rank; d++)
                {
                    at1[d] = in1.Shape[d] == 1 ? 0 : k[d];
                    at2[d] = in2.Shape[d] == 1 ? 0 : k[d];
                }
                var sum = T.AdditiveIdentity;
                foreach (var i in IndexSpace.Of(sumShape))
                {
                    for (var j = 0; j < axes.Length; j++)
                    {
                        at1[axes[j]] = i[j];
                        at2[axes[j]] = k[axes[j]] - i[j];
                    }
                    if (IndexSpace.Contains(in2.Shape, at2)) sum = checked(sum + in1[at1] * in2[at2]);
                }
                return sum;
            };
            return OverflowGuard.Create("fftconvolve", shape, element);
        }

        /// <summary>The axes that are summed: the requested ones (all when null), normalised, less those of length 1 in either input.</summary>
        private static int[] ConvolvedAxes(IReadOnlyList<int> shape1, IReadOnlyList<int> shape2, IReadOnlyList<int>? axes)
        {
            var rank = shape1.Count;
            var requested = axes ?? Enumerable.Range(0, rank).ToArray();
            Preconditions.Require(axes is null || axes.Count > 0, nameof(axes), "when given, must not be empty");
            var normal = requested.Select(a => a >= -rank && a < rank
                ? (a + rank) % rank
                : throw new ArgumentOutOfRangeException(nameof(axes), a, $"axes: axis {a} is out of range for rank {rank}")).ToArray();
            Preconditions.Require(normal.Distinct().Count() == normal.Length, nameof(axes), $"must be unique (got {string.Join(", ", requested)})");
            var convolved = normal.Where(a => shape1[a] != 1 && shape2[a] != 1).ToArray();
            for (var d = 0; d < rank; d++)
                Preconditions.Require(convolved.Contains(d) || shape1[d] == shape2[d] || shape1[d] == 1 || shape2[d] == 1, "in2",
                    $"incompatible shapes for in1 and in2 on axis {d}, which is not convolved (got {ShapeText.Of(shape1)} and {ShapeText.Of(shape2)}): extents must be equal or 1");
            return convolved;
        }
    }
}
