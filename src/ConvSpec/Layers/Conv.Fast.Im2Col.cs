using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ConvSpec.Validation;

namespace ConvSpec.Layers;

public static partial class Conv
{
    public static partial class Fast
    {
        /// <summary>
        /// W packed per group and MR-row tile: packed[((g·T + t)·Kc + k)·MR + r] = W[g·M/G + MR·t + r, k], zero for rows
        /// past M/G, where T = ⌈(M/G)/MR⌉ and k = c·ΠK + κ enumerates a filter in row-major order.
        /// </summary>
        private static T[] PackWeights<T>(T[] w, ConvPlan plan) where T : unmanaged, IFloatingPointIeee754<T>
        {
            var g = plan.Geometry;
            var mr = plan.RowsPerTile;
            var tiles = (g.FeaturesPerGroup + mr - 1) / mr;
            var packed = new T[g.Group * tiles * plan.Depth * mr];
            for (var group = 0; group < g.Group; group++)
                for (var m = 0; m < g.FeaturesPerGroup; m++)
                {
                    var (t, r) = Math.DivRem(m, mr);
                    var row = (group * g.FeaturesPerGroup + m) * plan.Depth;
                    var tile = (group * tiles + t) * plan.Depth * mr;
                    for (var k = 0; k < plan.Depth; k++) packed[tile + k * mr + r] = w[row + k];
                }
            return packed;
        }

        /// <summary>
        /// The im2col block of image n, group g, columns p0 .. p0 + BlockWidth − 1, in NR-wide panels:
        /// buffer[(q·Kc + k)·NR + j] = X̃[n, g·C/G + c, position of column p0 + q·NR + j for kernel offset κ],
        /// k = c·ΠK + κ, zero past the last column or where the padding is zero. Contiguous runs of the source
        /// table are copied as spans.
        /// </summary>
        private static void Im2Col<T>(T[] x, ConvPlan plan, int n, int group, int p0, T[] buffer)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var g = plan.Geometry;
            var (nr, kc, positions) = (plan.PanelWidth, plan.Depth, plan.Positions);
            for (var c = 0; c < g.ChannelsPerGroup; c++)
            {
                var plane = x.AsSpan((n * g.Channels + group * g.ChannelsPerGroup + c) * plan.Plane, plan.Plane);
                for (var kappa = 0; kappa < plan.KernelCount; kappa++)
                {
                    var k = c * plan.KernelCount + kappa;
                    var source = plan.Source.AsSpan(kappa * positions, positions);
                    var runs = plan.Runs.AsSpan(kappa * positions, positions);
                    for (var q = 0; q < plan.PanelsPerBlock; q++)
                    {
                        var start = p0 + q * nr;
                        var dst = buffer.AsSpan((q * kc + k) * nr, nr);
                        var valid = Math.Clamp(positions - start, 0, nr);
                        if (valid > 0) CopyRuns(plane, source.Slice(start, valid), runs.Slice(start, valid), dst[..valid]);
                        // Stryker disable once Statement : tile column j reads panel column j alone (Tile's sum), and Multiply writes only the tile columns below P, so these columns never reach Y
                        dst[valid..].Clear();
                    }
                }
            }
        }

        /// <summary>dst[j] = source[j] &lt; 0 ? 0 : plane[source[j]], one vector copy or clear per run of the source table.</summary>
        private static void CopyRuns<T>(ReadOnlySpan<T> plane, ReadOnlySpan<int> source, ReadOnlySpan<int> runs, Span<T> dst)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            ref var d = ref MemoryMarshal.GetReference(dst);
            for (var j = 0; j < dst.Length;)
            {
                var run = Math.Min(runs[j], dst.Length - j);
                if (source[j] < 0) dst.Slice(j, run).Clear();
                else
                {
                    // Stryker disable once String,Statement,Arithmetic : the tables hold only runs inside the plane (ConvPlan.SourceTable, RunTable), so this guard of the unchecked copy never fails, and − for + only loosens it
                    Preconditions.Require(source[j] + run <= plane.Length, nameof(source), "run leaves the plane");
                    Copy(ref Unsafe.Add(ref MemoryMarshal.GetReference(plane), source[j]), ref Unsafe.Add(ref d, j), run);
                }
                j += run;
            }
        }

        /// <summary>
        /// to[i] = from[i] for i &lt; count: Vector&lt;T&gt; steps, the last one overlapping, or scalars when count is
        /// short. (Inlined, it beats Span.CopyTo on the short runs of strided layers.)
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Copy<T>(ref T from, ref T to, int count) where T : unmanaged
        {
            var width = Vector<T>.Count;
            if (count < width)
            {
                for (var i = 0; i < count; i++) Unsafe.Add(ref to, i) = Unsafe.Add(ref from, i);
                return;
            }
            for (var i = 0; i < count - width; i += width)
                Vector.LoadUnsafe(ref from, (nuint)i).StoreUnsafe(ref to, (nuint)i);
            Vector.LoadUnsafe(ref from, (nuint)(count - width)).StoreUnsafe(ref to, (nuint)(count - width));
        }
    }
}
