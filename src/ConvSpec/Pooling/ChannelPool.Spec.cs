using System.Numerics;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Pooling;

/// <summary>
/// Pooling over channels: "if we pool over the outputs of separately parametrized convolutions, the features can
/// learn which transformations to become invariant to" (notes, learned invariances). The channels of an
/// N x C x D_1 x ... x D_k tensor fall into C/g consecutive groups of g (one group = the responses of one filter
/// bank), and each group is reduced to its maximum (maxout).
/// </summary>
public static partial class ChannelPool
{
    /// <summary>The formula, a loop over the group.</summary>
    public static partial class Spec
    {
        /// <summary>Max over each group of <paramref name="groupSize"/> consecutive channels.</summary>
        /// <remarks>Y[n, q, i] = max_{r = 0..g−1} X[n, q·g + r, i], q = 0 .. C/g − 1; C must be a multiple of g.</remarks>
        public static NdArray<T> Max<T>(NdArray<T> x, int groupSize) where T : IComparisonOperators<T, T, bool>
        {
            Preconditions.NotNull(x, "X");
            Preconditions.Require(x.Rank >= 2, "X", $"must have shape N x C x ... (got rank {x.Rank})");
            Preconditions.AtLeast(groupSize, 1, nameof(groupSize));
            Preconditions.Require(x.Shape[1] % groupSize == 0, nameof(groupSize),
                $"must divide the channel count {x.Shape[1]} (got {groupSize})");
            var shape = x.Shape.ToArray();
            shape[1] /= groupSize;
            return NdArray<T>.Create(shape, y =>
            {
                var source = (int[])y.Clone();
                source[1] = y[1] * groupSize;
                var best = x[source];
                for (var r = 1; r < groupSize; r++)
                {
                    source[1] = y[1] * groupSize + r;
                    if (x[source] > best) best = x[source];
                }
                return best;
            });
        }

        /// <summary>The maximum over a bank of detectors of their responses to one input.</summary>
        /// <remarks>Y = max_f F_f(X) elementwise; every response must have the same shape.</remarks>
        [SpecOnly("composes caller-supplied detectors: its cost is theirs, and the elementwise max is ChannelPool.Fast.Max's")]
        public static NdArray<T> MaxOverBank<T>(NdArray<T> x, IReadOnlyList<Func<NdArray<T>, NdArray<T>>> bank)
            where T : IComparisonOperators<T, T, bool>
        {
            Preconditions.NotNull(x, "X");
            Preconditions.NotNull(bank, nameof(bank));
            Preconditions.Require(bank.Count > 0, nameof(bank), "must hold at least one detector");
            var responses = bank.Select(f => f(x)).ToList();
            foreach (var r in responses)
                Preconditions.Require(r.Shape.SequenceEqual(responses[0].Shape), nameof(bank),
                    $"every response must have one shape (got {ShapeText.Of(responses[0].Shape)} and {ShapeText.Of(r.Shape)})");
            return NdArray<T>.Create(responses[0].Shape.ToArray(), i =>
            {
                var best = responses[0][i];
                foreach (var r in responses.Skip(1))
                    if (r[i] > best) best = r[i];
                return best;
            });
        }
    }
}
