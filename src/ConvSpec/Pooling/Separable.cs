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
    /// <summary>Max with argmax over one plane; <paramref name="at"/> holds row-major in-plane positions.</summary>
    public static (T[] Values, int[] At) Max<T>(T[] plane, int[] at, int[] shape, LineWindow[] windows, bool propagateNaN)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var cur = (int[])shape.Clone();
        for (var a = shape.Length - 1; a >= 0; a--)
        {
            var next = (int[])cur.Clone();
            next[a] = windows[a].Outputs;
            var (outValues, outAt) = (new T[Count(next)], new int[Count(next)]);
            var w = windows[a];
            var slots = w.Slots;
            var pool = ArrayPool<T>.Shared;
            var ipool = ArrayPool<int>.Shared;
            T[] line = pool.Rent(w.Extent), lineOut = pool.Rent(w.Outputs), g = pool.Rent(slots), h = pool.Rent(slots);
            int[] lineAt = ipool.Rent(w.Extent), lineOutAt = ipool.Rent(w.Outputs), gi = ipool.Rent(slots), hi = ipool.Rent(slots);
            var inner = 1;
            for (var b = a + 1; b < cur.Length; b++) inner *= cur[b];
            var outer = Count(cur) / Math.Max(1, cur[a] * inner);
            for (var q = 0; q < outer; q++)
                for (var i = 0; i < inner; i++)
                {
                    int src = q * cur[a] * inner + i, dst = q * w.Outputs * inner + i;
                    for (var p = 0; p < w.Extent; p++) (line[p], lineAt[p]) = (plane[src + p * inner], at[src + p * inner]);
                    SlidingLine.Max<T>(line, lineAt, w, propagateNaN, lineOut, lineOutAt, g, gi, h, hi);
                    for (var o = 0; o < w.Outputs; o++) (outValues[dst + o * inner], outAt[dst + o * inner]) = (lineOut[o], lineOutAt[o]);
                }
            pool.Return(line); pool.Return(lineOut); pool.Return(g); pool.Return(h);
            ipool.Return(lineAt); ipool.Return(lineOutAt); ipool.Return(gi); ipool.Return(hi);
            (plane, at, cur) = (outValues, outAt, next);
        }
        return (plane, at);
    }

    /// <summary>Window sums over one plane, empty cells adding zero.</summary>
    public static T[] Sum<T>(T[] plane, int[] shape, LineWindow[] windows) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var cur = (int[])shape.Clone();
        for (var a = shape.Length - 1; a >= 0; a--)
        {
            var next = (int[])cur.Clone();
            next[a] = windows[a].Outputs;
            var output = new T[Count(next)];
            var w = windows[a];
            var pool = ArrayPool<T>.Shared;
            T[] line = pool.Rent(w.Extent), lineOut = pool.Rent(w.Outputs), g = pool.Rent(w.Slots), h = pool.Rent(w.Slots);
            var inner = 1;
            for (var b = a + 1; b < cur.Length; b++) inner *= cur[b];
            var outer = Count(cur) / Math.Max(1, cur[a] * inner);
            for (var q = 0; q < outer; q++)
                for (var i = 0; i < inner; i++)
                {
                    int src = q * cur[a] * inner + i, dst = q * w.Outputs * inner + i;
                    for (var p = 0; p < w.Extent; p++) line[p] = plane[src + p * inner];
                    SlidingLine.Sum<T>(line, w, lineOut, g, h);
                    for (var o = 0; o < w.Outputs; o++) output[dst + o * inner] = lineOut[o];
                }
            pool.Return(line); pool.Return(lineOut); pool.Return(g); pool.Return(h);
            (plane, cur) = (output, next);
        }
        return plane;
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
