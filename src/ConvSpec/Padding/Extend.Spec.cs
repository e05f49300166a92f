namespace ConvSpec.Padding;

/// <summary>Boundary extension: where a read past the edge of an axis of length n lands.</summary>
public static partial class Extend
{
    /// <summary>The index maps of <see cref="Boundary"/>, one axis at a time.</summary>
    public static partial class Spec
    {
        /// <summary>The index of in1 that position <paramref name="i"/> reads, or null for the fill value.</summary>
        /// <remarks>
        /// fill: i if 0 ≤ i &lt; n, else none (the fill value);
        /// wrap: i mod n (mathematical mod, in 0..n−1);
        /// symm: r = i mod 2n, then r if r &lt; n else 2n − 1 − r.
        /// </remarks>
        public static int? Index(int i, int n, Boundary boundary) => boundary switch
        {
            Boundary.Fill => i >= 0 && i < n ? i : null,
            Boundary.Wrap => Mod(i, n),
            Boundary.Symm => Mod(i, 2 * n) is var r && r < n ? r : 2 * n - 1 - r,
            _ => throw new ArgumentOutOfRangeException(nameof(boundary), boundary, $"boundary: {boundary} is not a Boundary"),
        };

        /// <summary>i mod n in 0..n−1, also for negative i.</summary>
        private static int Mod(int i, int n) => ((i % n) + n) % n;
    }
}
