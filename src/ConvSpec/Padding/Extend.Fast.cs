namespace ConvSpec.Padding;

public static partial class Extend
{
    /// <summary>The boundary index maps by integer arithmetic, and whole-axis maps for the fast kernels.</summary>
    public static partial class Fast
    {
        /// <summary>The index of in1 that position <paramref name="i"/> reads, or null for the fill value.</summary>
        public static int? Index(int i, int n, Boundary boundary)
        {
            switch (boundary)
            {
                case Boundary.Fill: return (uint)i < (uint)n ? i : null;
                case Boundary.Wrap: { var r = i % n; return r < 0 ? r + n : r; }
                case Boundary.Symm:
                {
                    var r = i % (2 * n);
                    if (r < 0) r += 2 * n;
                    return r < n ? r : 2 * n - 1 - r;
                }
                default: throw new ArgumentOutOfRangeException(nameof(boundary), boundary, $"boundary: {boundary} is not a Boundary");
            }
        }

        /// <summary>The map j ↦ Index(start + j) for j &lt; length, −1 for the fill value.</summary>
        internal static int[] Map(int start, int length, int n, Boundary boundary)
        {
            var map = new int[length];
            for (var j = 0; j < length; j++) map[j] = Index(start + j, n, boundary) ?? -1;
            return map;
        }
    }
}
