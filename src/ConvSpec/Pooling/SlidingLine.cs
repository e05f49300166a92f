using System.Numerics;
using System.Runtime.CompilerServices;

namespace ConvSpec.Pooling;

/// <summary>
/// One axis of a pooling window for the Fast twins: the line of D input cells, the window K with dilation d
/// and stride s, pads b, and O outputs. Window o covers positions o·s − b + j·d. Cells outside 0..D−1 are
/// empty. The extended line runs from position −b to (O−1)·s − b + (K−1)·d; position p lives at slot p + b.
/// </summary>
internal readonly record struct LineWindow(int Extent, int Kernel, int Stride, int Dilation, int PadBegin, int Outputs)
{
    /// <summary>Slots in the extended line.</summary>
    public int Slots => (Outputs - 1) * Stride + (Kernel - 1) * Dilation + 1;

    /// <summary>True when <paramref name="slot"/> holds input cell p = slot − b (0 ≤ p &lt; D), false for padding.</summary>
    public bool TryCell(int slot, out int p)
    {
        p = slot - PadBegin;
        return p >= 0 && p < Extent;
    }
}

/// <summary>
/// Sliding-window reductions of one line whose cost does not grow with the window: van Herk / Gil-Werman.
/// Each residue class of slots modulo d is cut into blocks of K; g is the running reduction from each block's
/// start, h the running reduction to each block's end; window t (in the class) is h[t] ⊕ g[t + K − 1]:
/// about 3 operations per slot whatever K is.
/// </summary>
internal static class SlidingLine
{
    /// <summary>
    /// Max with argmax: ⊕ keeps the left operand unless the right one is preferred by <see cref="Prefer{T}"/>,
    /// an order on (value, position) pairs, so ⊕ is associative and equals the left-to-right fold of the spec.
    /// Empty cells have position −1 and are never preferred over a cell.
    /// </summary>
    public static void Max<T>(ReadOnlySpan<T> line, ReadOnlySpan<int> at, LineWindow w, bool propagateNaN,
        Span<T> output, Span<int> outputAt, Span<T> g, Span<int> gi, Span<T> h, Span<int> hi)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var slots = w.Slots;
        for (var slot = 0; slot < slots; slot++)
            (g[slot], gi[slot]) = w.TryCell(slot, out var p) ? (line[p], at[p]) : (T.Zero, -1);
        var d = w.Dilation;
        var block = w.Kernel * d;
        for (var r = 0; r < Math.Min(d, slots); r++)
        {
            for (var start = r; start < slots; start += block)
            {
                var end = Math.Min(start + block - d, r + (slots - 1 - r) / d * d);
                // h[t] = x[t] ⊕ .. ⊕ x[end], from the raw cells still in g (every h slot of the block is written).
                (h[end], hi[end]) = (g[end], gi[end]);
                for (var t = end - d; t >= start; t -= d)
                    (h[t], hi[t]) = Prefer(g[t], gi[t], h[t + d], hi[t + d], propagateNaN) ? (h[t + d], hi[t + d]) : (g[t], gi[t]);
                // g[t] = x[start] ⊕ .. ⊕ x[t], a running fold that starts from the block's first slot.
                var (v, i) = (g[start], gi[start]);
                for (var t = start + d; t <= end; t += d)
                {
                    if (Prefer(v, i, g[t], gi[t], propagateNaN)) (v, i) = (g[t], gi[t]);
                    (g[t], gi[t]) = (v, i);
                }
            }
        }
        // Window o starts at slot t = o·s and exists while its last slot t + (K − 1)·d is a slot of the line: o < O.
        var last = (w.Kernel - 1) * d;
        for (int o = 0, t = 0; t + last < slots; o++, t += w.Stride)
        {
            var (lv, li, rv, ri) = (h[t], hi[t], g[t + last], gi[t + last]);
            (output[o], outputAt[o]) = Prefer(lv, li, rv, ri, propagateNaN) ? (rv, ri) : (lv, li);
        }
    }

    /// <summary>
    /// True when (rv, ri), the later pair, replaces (lv, li): a cell beats an empty one; under NaN propagation
    /// NaN beats numbers and a later NaN beats an earlier one; otherwise NaN loses to numbers and earlier NaN
    /// wins; among numbers only a strictly greater value replaces (ties keep the first maximum).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Prefer<T>(T lv, int li, T rv, int ri, bool propagateNaN) where T : IFloatingPointIeee754<T>
    {
        if (ri < 0) return false;
        if (li < 0) return true;
        var (ln, rn) = (T.IsNaN(lv), T.IsNaN(rv));
        if (ln | rn) return propagateNaN ? rn : ln && !rn;
        return rv > lv;
    }
}
