using System.Numerics;
using System.Numerics.Tensors;

namespace ConvSpec.Pooling;

/// <summary>
/// Block running sums (van Herk's scheme with +) along the outer axis of a D x M block of rows, all M columns at
/// once: g runs forward from each block start, h backward from each block end, and window t is g[t + (K−1)d] when
/// it is one whole block, else h[t] + g[t + (K−1)d]. Padding rows are zero rows. Every term passes through at most
/// K − 1 additions (the bound behind <see cref="Bounds.PoolErrorBound.Average"/>).
/// </summary>
internal static class SlidingRowSums
{
    public static void Sum<T>(T[] src, int srcBase, int srcStride, int m, LineWindow w, T[] dst, int dstBase, int dstStride, T[] g, T[] h)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var (slots, d, k) = (w.Slots, w.Dilation, w.Kernel);
        for (var t = 0; t < slots; t++)
        {
            var row = w.TryCell(t, out var p) ? src.AsSpan(srcBase + p * srcStride, m) : default;
            if (t / d % k == 0) Set(g.AsSpan(t * m, m), row);
            else Add(g.AsSpan((t - d) * m, m), row, g.AsSpan(t * m, m));
        }
        // h is read only at slots that are not block starts (a block start's window is its g alone, and the slot before
        // a block start is a block end, whose h is its own row), and every slot below d is a block start.
        for (var t = slots - 1; t >= d; t--)
        {
            var row = w.TryCell(t, out var p) ? src.AsSpan(srcBase + p * srcStride, m) : default;
            if (t / d % k == k - 1 || t + d >= slots) Set(h.AsSpan(t * m, m), row);
            else Add(h.AsSpan((t + d) * m, m), row, h.AsSpan(t * m, m));
        }
        var last = (k - 1) * d;
        for (var o = 0; o < w.Outputs; o++)
        {
            var t = o * w.Stride;
            var output = dst.AsSpan(dstBase + o * dstStride, m);
            if (t / d % k == 0) g.AsSpan((t + last) * m, m).CopyTo(output);
            else Add(h.AsSpan(t * m, m), g.AsSpan((t + last) * m, m), output);
        }
    }

    /// <summary>to = row, or zeros for a padding row (empty span).</summary>
    private static void Set<T>(Span<T> to, ReadOnlySpan<T> row) where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (row.IsEmpty) to.Clear();
        else row.CopyTo(to);
    }

    /// <summary>to = a + row elementwise (row empty: a padding row of zeros, so to = a).</summary>
    private static void Add<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> row, Span<T> to) where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (row.IsEmpty) a.CopyTo(to);
        else TensorPrimitives.Add(a, row, to);
    }
}
