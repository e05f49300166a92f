using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ConvSpec.Pooling;

/// <summary>
/// van Herk / Gil-Werman max with argmax along the outer axis of a D x M block of rows, all M columns at once
/// (contiguous rows, so the combine runs on whole vectors). Row t of the extended line is input row t − b or a
/// padding row; padding rows are tracked per row (every cell of a row is padding or none is), so the
/// elementwise combine only ever sees cells. ⊕ is <see cref="SlidingLine.Prefer{T}"/>'s order.
/// </summary>
internal static class SlidingRows
{
    /// <summary>Scratch for one pass: g/h values and positions, and whether each g/h row holds any cell.</summary>
    internal sealed class Scratch<T>(int size, int slots)
    {
        public readonly T[] G = new T[size], H = new T[size];
        public readonly int[] Gi = new int[size], Hi = new int[size];
        public readonly bool[] GValid = new bool[slots], HValid = new bool[slots];
    }

    public static void Max<T>(T[] src, int[] srcAt, int srcBase, int srcStride, int m, LineWindow w, bool propagateNaN,
        T[] dst, int[] dstAt, int dstBase, int dstStride, Scratch<T> s)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var (slots, d, k) = (w.Slots, w.Dilation, w.Kernel);
        for (var t = 0; t < slots; t++)
        {
            var real = w.TryCell(t, out var p);
            var start = t / d % k == 0;
            if (start || !s.GValid[t - d])
            {
                s.GValid[t] = real;
                if (real) Copy(src, srcAt, srcBase + p * srcStride, s.G, s.Gi, t * m, m);
            }
            else
            {
                s.GValid[t] = true;
                if (real) Combine(s.G, s.Gi, (t - d) * m, src, srcAt, srcBase + p * srcStride, s.G, s.Gi, t * m, m, propagateNaN);
                else Copy(s.G, s.Gi, (t - d) * m, s.G, s.Gi, t * m, m);
            }
        }
        for (var t = slots - 1; t >= 0; t--)
        {
            var real = w.TryCell(t, out var p);
            var end = t / d % k == k - 1 || t + d >= slots;
            if (end || !s.HValid[t + d])
            {
                s.HValid[t] = real;
                if (real) Copy(src, srcAt, srcBase + p * srcStride, s.H, s.Hi, t * m, m);
            }
            else
            {
                s.HValid[t] = true;
                if (real) Combine(src, srcAt, srcBase + p * srcStride, s.H, s.Hi, (t + d) * m, s.H, s.Hi, t * m, m, propagateNaN);
                else Copy(s.H, s.Hi, (t + d) * m, s.H, s.Hi, t * m, m);
            }
        }
        // Window t is h[t] (slots t .. e, e its block's end) ⊕ g[t + last] (slots after e .. t + last). When g holds a
        // cell, so does h: an empty h before a cell would put e in the begin padding, e < b, but e ≥ (k − 1)·d, so
        // window 0 (slots 0, d, .., (k − 1)·d) would hold no cell, which PoolGrid rules out. Only g can be empty.
        var last = (k - 1) * d;
        for (var o = 0; o < w.Outputs; o++)
        {
            var t = o * w.Stride;
            if (!s.GValid[t + last]) Copy(s.H, s.Hi, t * m, dst, dstAt, dstBase + o * dstStride, m);
            else Combine(s.H, s.Hi, t * m, s.G, s.Gi, (t + last) * m, dst, dstAt, dstBase + o * dstStride, m, propagateNaN);
        }
    }

    private static void Copy<T>(T[] v, int[] at, int from, T[] toV, int[] toAt, int to, int m)
    {
        Array.Copy(v, from, toV, to, m);
        Array.Copy(at, from, toAt, to, m);
    }

    /// <summary>out[i] = left[i] ⊕ right[i] for i &lt; m (left the earlier operand); out may alias either.</summary>
    private static void Combine<T>(T[] lv, int[] li, int lo, T[] rv, int[] ri, int ro, T[] ov, int[] oi, int oo, int m, bool propagateNaN)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var i = 0;
        if (typeof(T) == typeof(float) && Vector.IsHardwareAccelerated)
            i = CombineVector(MemoryMarshal.Cast<T, float>(lv.AsSpan(lo, m)), li.AsSpan(lo, m), MemoryMarshal.Cast<T, float>(rv.AsSpan(ro, m)),
                ri.AsSpan(ro, m), MemoryMarshal.Cast<T, float>(ov.AsSpan(oo, m)), oi.AsSpan(oo, m), propagateNaN);
        for (; i < m; i++)
        {
            var (a, b) = (lv[lo + i], rv[ro + i]);
            if (SlidingLine.Prefer(a, 0, b, 0, propagateNaN)) (ov[oo + i], oi[oo + i]) = (b, ri[ro + i]);
            else (ov[oo + i], oi[oo + i]) = (a, li[lo + i]);
        }
    }

    /// <summary>The vector body of <see cref="Combine{T}"/> for floats; returns how many elements it did (every whole vector's worth).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CombineVector(ReadOnlySpan<float> lv, ReadOnlySpan<int> li, ReadOnlySpan<float> rv, ReadOnlySpan<int> ri,
        Span<float> ov, Span<int> oi, bool propagateNaN)
    {
        var width = Vector<float>.Count;
        var whole = lv.Length - lv.Length % width;
        for (var i = 0; i < whole; i += width)
        {
            var (a, b) = (new Vector<float>(lv[i..]), new Vector<float>(rv[i..]));
            var greater = Vector.GreaterThan(b, a);
            var aNaN = ~Vector.Equals(a, a);
            var bNaN = ~Vector.Equals(b, b);
            var prefer = propagateNaN ? bNaN | (greater & ~aNaN) : (aNaN & ~bNaN) | greater;
            Vector.ConditionalSelect(prefer.As<int, float>(), b, a).CopyTo(ov[i..]);
            Vector.ConditionalSelect(prefer, new Vector<int>(ri[i..]), new Vector<int>(li[i..])).CopyTo(oi[i..]);
        }
        return whole;
    }
}

