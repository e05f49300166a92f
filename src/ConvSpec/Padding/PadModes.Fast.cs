using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Padding;

public static partial class PadModes
{
    /// <summary>The same index maps as <see cref="Spec"/>, branch-light, for the im2col of the fast convolution.</summary>
    public static partial class Fast
    {
        /// <summary>The input cell position <paramref name="i"/> reads, or null for zero; O(1), no allocation.</summary>
        /// <remarks>The law of <see cref="Spec.Index"/>, by unsigned range tests instead of case analysis.</remarks>
        public static int? Index(int i, int n, PaddingMode mode)
        {
            if (n < 1) throw new ArgumentOutOfRangeException(nameof(n), n, $"n: must be at least 1 (got {n})");
            if ((uint)i < (uint)n) return i;
            return mode switch
            {
                PaddingMode.Zeros => null,
                PaddingMode.Reflect => CheckedRange(i >= n ? 2 * n - 2 - i : -i, n, i),
                PaddingMode.Replicate => i >= n ? n - 1 : 0,
                PaddingMode.Circular => CheckedRange(i >= n ? i - n : i + n, n, i),
                _ => throw new ArgumentOutOfRangeException("padding_mode", mode, $"padding_mode: {mode} is not a PaddingMode"),
            };
        }

        private static int? CheckedRange(int mapped, int n, int i) =>
            (uint)mapped < (uint)n
                ? mapped
                : throw new ArgumentOutOfRangeException(nameof(i), i, $"i: position {i} is beyond the one mirror or wrap the padding mode allows for extent {n}");

        /// <summary>
        /// The padded tensor of <see cref="Spec.Pad"/>: per-axis source tables built once (O(Σ extents)), then
        /// one pass over the output in row-major order with the source offset kept incrementally. O(output size).
        /// </summary>
        /// <remarks>x̃[j] = x[.., ι(j_a − b_a), ..], zero where any ι is none, as <see cref="Spec.Pad"/>.</remarks>
        public static NdArray<T> Pad<T>(NdArray<T> x, int firstAxis, int[] padBegin, int[] padEnd, PaddingMode mode, T zero)
        {
            Preconditions.NotNull(x, nameof(x));
            var rank = x.Rank;
            var (shape, count) = PaddedShape(x.Shape, firstAxis, padBegin, padEnd, mode);
            // The element count is checked before the per-axis tables are built, and an empty result needs none.
            var data = new T[count];
            if (data.Length == 0) return new NdArray<T>(shape, data);
            var source = new int[rank][];
            var strides = IndexSpace.RowMajorStrides(x.Shape);
            for (var d = 0; d < rank; d++)
            {
                var axis = d - firstAxis;
                source[d] = new int[shape[d]];
                for (var j = 0; j < shape[d]; j++)
                    source[d][j] = axis < 0 ? j * strides[d] : Index(j - padBegin[axis], x.Shape[d], mode) is { } i ? i * strides[d] : -1;
            }
            var index = new int[rank];
            for (var k = 0; k < data.Length; k++)
            {
                var offset = 0;
                for (var d = 0; d < rank && offset >= 0; d++)
                    offset = source[d][index[d]] is var o && o < 0 ? -1 : offset + o;
                data[k] = offset < 0 ? zero : x.Data[offset];
                for (var d = rank - 1; d >= 0 && ++index[d] == shape[d]; d--) index[d] = 0;
            }
            return new NdArray<T>(shape, data);
        }
    }
}
