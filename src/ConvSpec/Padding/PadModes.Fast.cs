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
                PaddingMode.Reflect => CheckedRange(i < 0 ? -i : 2 * n - 2 - i, n, i),
                PaddingMode.Replicate => i < 0 ? 0 : n - 1,
                PaddingMode.Circular => CheckedRange(i < 0 ? i + n : i - n, n, i),
                _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, $"padding_mode: {mode} is not a PaddingMode"),
            };
        }

        private static int? CheckedRange(int mapped, int n, int i) =>
            (uint)mapped < (uint)n
                ? mapped
                : throw new ArgumentOutOfRangeException(nameof(i), i, $"i: position {i} is beyond the one mirror or wrap the padding mode allows for extent {n}");
    }
}
