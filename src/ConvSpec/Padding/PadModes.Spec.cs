using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Padding;

public static partial class PadModes
{
    /// <summary>The padded-input extension, written as index maps.</summary>
    public static partial class Spec
    {
        /// <summary>The input cell that position <paramref name="i"/> of an axis of extent <paramref name="n"/> reads, or null for zero.</summary>
        /// <remarks>
        /// zeros: i if 0 ≤ i &lt; n, else none (zero);
        /// reflect: i' = −i for i &lt; 0, 2(n − 1) − i for i ≥ n (one mirror, pads &lt; n);
        /// replicate: clamp(i, 0, n − 1);
        /// circular: i mod n (one wrap, pads ≤ n).
        /// </remarks>
        public static int? Index(int i, int n, PaddingMode mode)
        {
            Preconditions.AtLeast(n, 1, nameof(n));
            var inside = i >= 0 && i < n;
            return mode switch
            {
                PaddingMode.Zeros => inside ? i : null,
                PaddingMode.Reflect => inside ? i : i >= n ? Within(2 * (n - 1) - i, n, i) : Within(-i, n, i),
                PaddingMode.Replicate => Math.Clamp(i, 0, n - 1),
                PaddingMode.Circular => inside ? i : i >= n ? Within(i - n, n, i) : Within(i + n, n, i),
                _ => throw new ArgumentOutOfRangeException("padding_mode", mode, $"padding_mode: {mode} is not a PaddingMode"),
            };
        }

        /// <summary>
        /// The tensor <paramref name="x"/> padded on its axes <paramref name="firstAxis"/>.. by
        /// (<paramref name="padBegin"/>[a], <paramref name="padEnd"/>[a]) cells, each cell read through <see cref="Index"/>.
        /// </summary>
        /// <remarks>
        /// x̃[j] = x[j_0, .., j_{f−1}, ι(j_f − b_0), ..., ι(j_{r−1} − b_{r−f−1})], zero where any ι is none,
        /// extents D_a + b_a + e_a. As <c>torch.nn.functional.pad(x, pads, mode)</c> on the spatial axes.
        /// </remarks>
        public static NdArray<T> Pad<T>(NdArray<T> x, int firstAxis, int[] padBegin, int[] padEnd, PaddingMode mode, T zero)
        {
            Preconditions.NotNull(x, nameof(x));
            var (shape, _) = PaddedShape(x.Shape, firstAxis, padBegin, padEnd, mode);
            var source = new int[x.Rank];
            return NdArray<T>.Create(shape, j =>
            {
                for (var d = 0; d < x.Rank; d++)
                {
                    var axis = d - firstAxis;
                    int? at = axis < 0 ? j[d] : Index(j[d] - padBegin[axis], x.Shape[d], mode);
                    if (at is null) return zero;
                    source[d] = at.Value;
                }
                return x[source];
            });
        }

        /// <summary>i' when it lies in 0..n−1; otherwise the pad exceeded the mode's limit.</summary>
        private static int Within(int mapped, int n, int i) =>
            mapped >= 0 && mapped < n
                ? mapped
                : throw new ArgumentOutOfRangeException(nameof(i), i, $"i: position {i} is beyond the one mirror or wrap the padding mode allows for extent {n}");
    }
}
