using System.Buffers;
using System.Numerics;

namespace ConvSpec.Pooling;

/// <summary>
/// The Fast twins' N-D driver: a box window is a product of line windows, so a plane of shape D_1 x ... x D_k
/// is reduced one axis at a time, last axis first, each line by <see cref="SlidingLine"/>.
/// Reducing the last axis first and keeping the first maximum on ties per axis gives the row-major first maximum.
/// </summary>
internal static class Separable
{
    /// <summary>Columns (or transposed rows) handled together: small enough that a strip's scratch stays in cache.</summary>
    private const int Strip = 64;

    /// <summary>
    /// Max with argmax over the plane at <paramref name="offset"/> of <paramref name="source"/> (shape
    /// <paramref name="shape"/>); positions are row-major in-plane. The last axis is reduced first, a strip of rows
    /// at a time through a transpose so that its lines become contiguous rows; then each earlier axis, a strip of
    /// columns at a time.
    /// </summary>
    public static (T[] Values, int[] At) Max<T>(T[] source, int offset, int[] shape, LineWindow[] windows, bool propagateNaN)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var count = Count(shape);
        if (windows.Any(w => w.Outputs == 0)) return ([], []);
        if (shape.Length == 1)
            return LineMax(source.AsSpan(offset, count).ToArray(), Enumerable.Range(0, count).ToArray(), windows[0], propagateNaN);
        var cur = (int[])shape.Clone();
        var (plane, at) = LastAxis(source, offset, count / cur[^1], cur[^1], windows[^1], propagateNaN);
        cur[^1] = windows[^1].Outputs;
        for (var a = shape.Length - 2; a >= 0; a--)
        {
            var w = windows[a];
            var inner = 1;
            for (var b = a + 1; b < cur.Length; b++) inner *= cur[b];
            var outer = Count(cur) / (cur[a] * inner);
            var (nv, ni) = (new T[outer * w.Outputs * inner], new int[outer * w.Outputs * inner]);
            // Stryker disable once Linq : a larger scratch only; every index written is below Slots·m ≤ Slots·min(Strip, inner)
            var scratch = new SlidingRows.Scratch<T>(w.Slots * Math.Min(Strip, inner), w.Slots);
            for (var q = 0; q < outer; q++)
                for (int c0 = 0, m; c0 < inner; c0 += m)
                {
                    m = Math.Min(Strip, inner - c0);
                    SlidingRows.Max(plane, at, q * cur[a] * inner + c0, inner, m, w, propagateNaN, nv, ni, q * w.Outputs * inner + c0, inner, scratch);
                }
            (plane, at) = (nv, ni);
            cur[a] = w.Outputs;
        }
        return (plane, at);
    }

    /// <summary>The last axis of a rows x width block: each strip of rows transposed, reduced as rows, transposed back.</summary>
    private static (T[] Values, int[] At) LastAxis<T>(T[] source, int offset, int rows, int width, LineWindow w, bool propagateNaN)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var (values, at) = (new T[rows * w.Outputs], new int[rows * w.Outputs]);
        var (tv, ti) = (new T[width * Strip], new int[width * Strip]);
        var (ov, oi) = (new T[w.Outputs * Strip], new int[w.Outputs * Strip]);
        var scratch = new SlidingRows.Scratch<T>(w.Slots * Strip, w.Slots);
        for (int r0 = 0, m; r0 < rows; r0 += m)
        {
            m = Math.Min(Strip, rows - r0);
            for (var i = 0; i < m; i++)
                for (var j = 0; j < width; j++)
                {
                    tv[j * m + i] = source[offset + (r0 + i) * width + j];
                    ti[j * m + i] = (r0 + i) * width + j;
                }
            SlidingRows.Max(tv, ti, 0, m, m, w, propagateNaN, ov, oi, 0, m, scratch);
            for (var i = 0; i < m; i++)
                for (var o = 0; o < w.Outputs; o++)
                {
                    values[(r0 + i) * w.Outputs + o] = ov[o * m + i];
                    at[(r0 + i) * w.Outputs + o] = oi[o * m + i];
                }
        }
        return (values, at);
    }

    /// <summary>One spatial axis: the plane is a single line.</summary>
    private static (T[] Values, int[] At) LineMax<T>(T[] line, int[] at, LineWindow w, bool propagateNaN)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var (values, positions) = (new T[w.Outputs], new int[w.Outputs]);
        var slots = w.Slots;
        SlidingLine.Max<T>(line, at, w, propagateNaN, values, positions, new T[slots], new int[slots], new T[slots], new int[slots]);
        return (values, positions);
    }

    /// <summary>Window sums over one plane, empty cells adding zero: the last axis through strip transposes, then the others as rows.</summary>
    public static T[] Sum<T>(T[] plane, int[] shape, LineWindow[] windows) where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (windows.Any(w => w.Outputs == 0)) return [];
        var cur = (int[])shape.Clone();
        plane = LastAxisSum(plane, Count(cur) / cur[^1], cur[^1], windows[^1]);
        cur[^1] = windows[^1].Outputs;
        for (var a = shape.Length - 2; a >= 0; a--)
        {
            var w = windows[a];
            var inner = 1;
            for (var b = a + 1; b < cur.Length; b++) inner *= cur[b];
            var outer = Count(cur) / (cur[a] * inner);
            var next = new T[outer * w.Outputs * inner];
            // Stryker disable once Linq : larger scratch only; every index written is below Slots·m ≤ Slots·min(Strip, inner)
            var (g, h) = (new T[w.Slots * Math.Min(Strip, inner)], new T[w.Slots * Math.Min(Strip, inner)]);
            for (var q = 0; q < outer; q++)
                for (int c0 = 0, m; c0 < inner; c0 += m)
                {
                    m = Math.Min(Strip, inner - c0);
                    SlidingRowSums.Sum(plane, q * cur[a] * inner + c0, inner, m, w, next, q * w.Outputs * inner + c0, inner, g, h);
                }
            plane = next;
            cur[a] = w.Outputs;
        }
        return plane;
    }

    /// <summary>Sums along the last axis of a rows x width block, a strip of rows at a time through a transpose.</summary>
    private static T[] LastAxisSum<T>(T[] source, int rows, int width, LineWindow w) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var result = new T[rows * w.Outputs];
        var (tv, ov) = (new T[width * Strip], new T[w.Outputs * Strip]);
        var (g, h) = (new T[w.Slots * Strip], new T[w.Slots * Strip]);
        for (int r0 = 0, m; r0 < rows; r0 += m)
        {
            m = Math.Min(Strip, rows - r0);
            for (var i = 0; i < m; i++)
                for (var j = 0; j < width; j++)
                    tv[j * m + i] = source[(r0 + i) * width + j];
            SlidingRowSums.Sum(tv, 0, m, m, w, ov, 0, m, g, h);
            for (var i = 0; i < m; i++)
                for (var o = 0; o < w.Outputs; o++)
                    result[(r0 + i) * w.Outputs + o] = ov[o * m + i];
        }
        return result;
    }

    /// <summary>The line windows of a grid, one per spatial axis.</summary>
    public static LineWindow[] Windows(PoolGrid grid) =>
        Enumerable.Range(0, grid.Rank)
            .Select(a => new LineWindow(grid.Input[a], grid.Kernel[a], grid.Strides[a], grid.Dilations[a], grid.PadsBegin[a], grid.Output[a]))
            .ToArray();

    public static int Count(int[] shape)
    {
        var n = 1;
        foreach (var d in shape) n *= d;
        return n;
    }
}
