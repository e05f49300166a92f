namespace ConvSpec.Convolution;

/// <summary>
/// Building the arrays the fast kernels read: an N-D gather through one index map per axis,
/// dst[i] = src[f_0(i_0), ..., f_{r−1}(i_{r−1})], or the fill value when any f_d(i_d) &lt; 0. Zero padding, centred
/// crops, broadcasting (f_d ≡ 0) and boundary extension are all such maps.
/// </summary>
internal static class Slab
{
    /// <summary>
    /// The gathered array; its shape is the lengths of <paramref name="maps"/>, one map per axis and at least one axis
    /// (callers view a rank-0 array as rank 1, <see cref="Typed.AtLeast1D"/>).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static T[] Gather<T>(T[] src, IReadOnlyList<int> srcDims, int[][] maps, T fill)
    {
        var count = 1L;
        foreach (var m in maps) count *= m.Length;
        return GatherInto(src, srcDims, maps, fill, new T[checked((int)count)]);
    }

    /// <summary><see cref="Gather{T}"/> into <paramref name="dst"/> (at least as long as the gathered array).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static T[] GatherInto<T>(T[] src, IReadOnlyList<int> srcDims, int[][] maps, T fill, T[] dst)
    {
        var rank = maps.Length;
        var strides = new int[rank];
        strides[rank - 1] = 1;
        for (var d = rank - 2; d >= 0; d--) strides[d] = strides[d + 1] * srcDims[d + 1];
        var count = 1L;
        foreach (var m in maps) count *= m.Length;
        var last = maps[rank - 1];
        var rows = (int)(count / Math.Max(1, last.Length));
        var runs = Runs(last);
        var index = new int[rank];
        for (var row = 0; row < rows; row++)
        {
            var offset = 0;
            var inside = true;
            for (var d = 0; d < rank - 1; d++)
            {
                var s = maps[d][index[d]];
                inside &= s >= 0;
                offset += s * strides[d];
            }
            var at = row * last.Length;
            if (!inside) dst.AsSpan(at, last.Length).Fill(fill);
            else
                foreach (var (from, length, source) in runs)
                {
                    if (source < 0) dst.AsSpan(at + from, length).Fill(fill);
                    else src.AsSpan(offset + source, length).CopyTo(dst.AsSpan(at + from, length));
                }
            for (var d = rank - 2; d >= 0; d--)
            {
                if (++index[d] < maps[d].Length) break;
                index[d] = 0;
            }
        }
        return dst;
    }

    /// <summary>
    /// The map as maximal runs (first position, length, first source index, negative for fill) of consecutive sources
    /// or of fills. Invariant j &lt; k ≤ map.Length, so each run scan stops exactly at k = map.Length.
    /// </summary>
    private static List<(int From, int Length, int Source)> Runs(int[] map)
    {
        var runs = new List<(int, int, int)>();
        var j = 0;
        while (j < map.Length)
        {
            var k = j + 1;
            if (map[j] < 0) while (k != map.Length && map[k] < 0) k++;
            else while (k != map.Length && map[k] == map[k - 1] + 1) k++;
            runs.Add((j, k - j, map[j]));
            j = k;
        }
        return runs;
    }

    /// <summary>The map i ↦ start + i for i &lt; length, −1 where that falls outside 0..extent−1 (zero padding and crops).</summary>
    public static int[] Shifted(int start, int length, int extent)
    {
        var map = new int[length];
        for (var i = 0; i < length; i++) map[i] = start + i >= 0 && start + i < extent ? start + i : -1;
        return map;
    }

    /// <summary>The map i ↦ 0 (broadcasting an extent-1 axis) or i ↦ i inside the extent, −1 beyond it.</summary>
    public static int[] Broadcast(int length, int extent) =>
        extent == 1 ? new int[length] : Shifted(0, length, extent);
}
