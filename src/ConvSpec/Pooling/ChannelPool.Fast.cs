using System.Numerics;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Pooling;

public static partial class ChannelPool
{
    /// <summary>
    /// Channel max pooling over contiguous planes: each output plane starts as a copy of its group's first
    /// channel plane and is updated, plane after plane, with the same strict comparison as the spec (so NaN wins
    /// only as the first channel), in memory order. O(N·C·Π D), exact.
    /// </summary>
    public static partial class Fast
    {
        /// <summary>Max over each group of <paramref name="groupSize"/> consecutive channels; equals the spec bit for bit.</summary>
        public static NdArray<double> Max(NdArray<double> x, int groupSize) => Run(x, groupSize);

        /// <summary>Max over each group of <paramref name="groupSize"/> consecutive channels; equals the spec bit for bit.</summary>
        public static NdArray<float> Max(NdArray<float> x, int groupSize) => Run(x, groupSize);

        private static NdArray<T> Run<T>(NdArray<T> x, int groupSize) where T : unmanaged, IFloatingPointIeee754<T>
        {
            Preconditions.NotNull(x, "X");
            Preconditions.Require(x.Rank >= 2, "X", $"must have shape N x C x ... (got rank {x.Rank})");
            Preconditions.AtLeast(groupSize, 1, nameof(groupSize));
            Preconditions.Require(x.Shape[1] % groupSize == 0, nameof(groupSize),
                $"must divide the channel count {x.Shape[1]} (got {groupSize})");
            var plane = 1;
            for (var a = 2; a < x.Rank; a++) plane *= x.Shape[a];
            var shape = x.Shape.ToArray();
            shape[1] /= groupSize;
            var result = new T[x.Length / groupSize];
            for (var q = 0; q < x.Shape[0] * shape[1]; q++)
            {
                var output = result.AsSpan(q * plane, plane);
                x.Data.AsSpan(q * groupSize * plane, plane).CopyTo(output);
                for (var r = 1; r < groupSize; r++)
                {
                    var input = x.Data.AsSpan((q * groupSize + r) * plane, plane);
                    for (var i = 0; i < plane; i++)
                        if (input[i] > output[i]) output[i] = input[i];
                }
            }
            return new NdArray<T>(shape, result);
        }
    }
}
