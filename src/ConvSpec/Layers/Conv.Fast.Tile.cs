using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ConvSpec.Layers;

public static partial class Conv
{
    public static partial class Fast
    {
        /// <summary>
        /// Y[n, g·M/G + m, p] = Σ_k Wpacked[m, k] · block[k, p] + B, one MR x NR register tile at a time:
        /// the tile is accumulated over all Kc rows, then written with the bias to the rows m &lt; M/G and the
        /// columns p &lt; P.
        /// </summary>
        private static void Multiply<T>(T[] packedW, T[] block, T[]? bias, ConvPlan plan, int n, int group, int p0, T[] y)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var g = plan.Geometry;
            var mr = plan.RowsPerTile;
            var (nr, kc, positions) = (plan.PanelWidth, plan.Depth, plan.Positions);
            var tiles = (g.FeaturesPerGroup + mr - 1) / mr;
            Span<T> tile = stackalloc T[mr * nr]; // every Tile writes all of it before it is read
            var panels = Math.Min(plan.PanelsPerBlock, (positions - p0 + nr - 1) / nr); // the panels holding columns < P
            for (var q = 0; q < panels; q++)
            {
                ref var panel = ref block[q * kc * nr];
                for (var t = 0; t < tiles; t++)
                {
                    ref var rows = ref packedW[(group * tiles + t) * kc * mr];
                    Tile(ref rows, ref panel, kc, plan, tile);
                    for (var r = 0; r < mr && t * mr + r < g.FeaturesPerGroup; r++)
                    {
                        var m = group * g.FeaturesPerGroup + t * mr + r;
                        var start = p0 + q * nr;
                        var count = Math.Min(nr, positions - start);
                        var outRow = y.AsSpan((n * g.Features + m) * positions + start, count);
                        var add = bias is null ? T.Zero : bias[m];
                        var src = tile.Slice(r * nr, count);
                        for (var j = 0; j < count; j++) outRow[j] = src[j] + add;
                    }
                }
            }
        }

        /// <summary>tile[r·NR + j] = Σ_k a[k·MR + r] · b[k·NR + j], on the widest accelerated vectors.</summary>
        private static void Tile<T>(ref T a, ref T b, int kc, ConvPlan plan, Span<T> tile)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            if (plan.VectorWidth == Vector512<T>.Count) Tile512(ref a, ref b, kc, tile); // the panel is 3 vectors and MR = 8
            else if (plan.VectorWidth == Vector256<T>.Count && Vector256.IsHardwareAccelerated) Tile256(ref a, ref b, kc, tile);
            else TileScalar(ref a, ref b, kc, plan.PanelWidth, tile);
        }

        private static void TileScalar<T>(ref T a, ref T b, int kc, int nr, Span<T> tile)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            const int mr = 4;
            tile.Clear();
            for (var k = 0; k < kc; k++)
                for (var r = 0; r < mr; r++)
                {
                    var ar = Unsafe.Add(ref a, k * mr + r);
                    for (var j = 0; j < nr; j++)
                        tile[r * nr + j] = T.FusedMultiplyAdd(ar, Unsafe.Add(ref b, k * nr + j), tile[r * nr + j]);
                }
        }

        /// <summary>
        /// The 8 x (3 vectors) tile on 512-bit vectors: 24 accumulators of the 32 registers. The stores are checked copies:
        /// a tile span shorter than 8·NR throws instead of being written past.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void Tile512<T>(ref T a, ref T b, int kc, Span<T> tile)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var w = Vector512<T>.Count;
            var nr = 3 * w;
            Vector512<T> c00 = default, c01 = default, c02 = default;
            Vector512<T> c10 = default, c11 = default, c12 = default;
            Vector512<T> c20 = default, c21 = default, c22 = default;
            Vector512<T> c30 = default, c31 = default, c32 = default;
            Vector512<T> c40 = default, c41 = default, c42 = default;
            Vector512<T> c50 = default, c51 = default, c52 = default;
            Vector512<T> c60 = default, c61 = default, c62 = default;
            Vector512<T> c70 = default, c71 = default, c72 = default;
            for (var k = 0; k < kc; k++)
            {
                ref var bk = ref Unsafe.Add(ref b, k * nr);
                var b0 = Vector512.LoadUnsafe(ref bk);
                var b1 = Vector512.LoadUnsafe(ref bk, (nuint)w);
                var b2 = Vector512.LoadUnsafe(ref bk, (nuint)(2 * w));
                ref var ak = ref Unsafe.Add(ref a, k * 8);
                var a0 = Vector512.Create(Unsafe.Add(ref ak, 0));
                c00 = Fma(a0, b0, c00); c01 = Fma(a0, b1, c01); c02 = Fma(a0, b2, c02);
                var a1 = Vector512.Create(Unsafe.Add(ref ak, 1));
                c10 = Fma(a1, b0, c10); c11 = Fma(a1, b1, c11); c12 = Fma(a1, b2, c12);
                var a2 = Vector512.Create(Unsafe.Add(ref ak, 2));
                c20 = Fma(a2, b0, c20); c21 = Fma(a2, b1, c21); c22 = Fma(a2, b2, c22);
                var a3 = Vector512.Create(Unsafe.Add(ref ak, 3));
                c30 = Fma(a3, b0, c30); c31 = Fma(a3, b1, c31); c32 = Fma(a3, b2, c32);
                var a4 = Vector512.Create(Unsafe.Add(ref ak, 4));
                c40 = Fma(a4, b0, c40); c41 = Fma(a4, b1, c41); c42 = Fma(a4, b2, c42);
                var a5 = Vector512.Create(Unsafe.Add(ref ak, 5));
                c50 = Fma(a5, b0, c50); c51 = Fma(a5, b1, c51); c52 = Fma(a5, b2, c52);
                var a6 = Vector512.Create(Unsafe.Add(ref ak, 6));
                c60 = Fma(a6, b0, c60); c61 = Fma(a6, b1, c61); c62 = Fma(a6, b2, c62);
                var a7 = Vector512.Create(Unsafe.Add(ref ak, 7));
                c70 = Fma(a7, b0, c70); c71 = Fma(a7, b1, c71); c72 = Fma(a7, b2, c72);
            }
            StoreRow(tile, 0, c00, c01, c02);
            StoreRow(tile, 1, c10, c11, c12);
            StoreRow(tile, 2, c20, c21, c22);
            StoreRow(tile, 3, c30, c31, c32);
            StoreRow(tile, 4, c40, c41, c42);
            StoreRow(tile, 5, c50, c51, c52);
            StoreRow(tile, 6, c60, c61, c62);
            StoreRow(tile, 7, c70, c71, c72);
        }

        /// <summary>
        /// The 4 x (3 vectors) tile on 256-bit vectors: 12 accumulators, fitting 16 registers. The stores are checked copies:
        /// a tile span shorter than 4·NR throws instead of being written past.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void Tile256<T>(ref T a, ref T b, int kc, Span<T> tile)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var w = Vector256<T>.Count;
            var nr = 3 * w;
            Vector256<T> c00 = default, c01 = default, c02 = default, c10 = default, c11 = default, c12 = default;
            Vector256<T> c20 = default, c21 = default, c22 = default, c30 = default, c31 = default, c32 = default;
            for (var k = 0; k < kc; k++)
            {
                ref var bk = ref Unsafe.Add(ref b, k * nr);
                var b0 = Vector256.LoadUnsafe(ref bk);
                var b1 = Vector256.LoadUnsafe(ref bk, (nuint)w);
                var b2 = Vector256.LoadUnsafe(ref bk, (nuint)(2 * w));
                ref var ak = ref Unsafe.Add(ref a, k * 4);
                var a0 = Vector256.Create(ak);
                c00 = Fma(a0, b0, c00); c01 = Fma(a0, b1, c01); c02 = Fma(a0, b2, c02);
                var a1 = Vector256.Create(Unsafe.Add(ref ak, 1));
                c10 = Fma(a1, b0, c10); c11 = Fma(a1, b1, c11); c12 = Fma(a1, b2, c12);
                var a2 = Vector256.Create(Unsafe.Add(ref ak, 2));
                c20 = Fma(a2, b0, c20); c21 = Fma(a2, b1, c21); c22 = Fma(a2, b2, c22);
                var a3 = Vector256.Create(Unsafe.Add(ref ak, 3));
                c30 = Fma(a3, b0, c30); c31 = Fma(a3, b1, c31); c32 = Fma(a3, b2, c32);
            }
            StoreRow(tile, 0, c00, c01, c02);
            StoreRow(tile, 1, c10, c11, c12);
            StoreRow(tile, 2, c20, c21, c22);
            StoreRow(tile, 3, c30, c31, c32);
        }

        /// <summary>Row r of the tile, tile[r·NR .. r·NR + NR − 1] with NR = 3 vectors, by checked copies.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void StoreRow<T>(Span<T> tile, int r, Vector512<T> c0, Vector512<T> c1, Vector512<T> c2)
        {
            var w = Vector512<T>.Count;
            var row = tile[(3 * r * w)..];
            c0.CopyTo(row);
            c1.CopyTo(row[w..]);
            c2.CopyTo(row[(2 * w)..]);
        }

        /// <inheritdoc cref="StoreRow{T}(Span{T}, int, Vector512{T}, Vector512{T}, Vector512{T})"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void StoreRow<T>(Span<T> tile, int r, Vector256<T> c0, Vector256<T> c1, Vector256<T> c2)
        {
            var w = Vector256<T>.Count;
            var row = tile[(3 * r * w)..];
            c0.CopyTo(row);
            c1.CopyTo(row[w..]);
            c2.CopyTo(row[(2 * w)..]);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<T> Fma<T>(Vector512<T> a, Vector512<T> b, Vector512<T> c) where T : unmanaged =>
            typeof(T) == typeof(float)
                ? Vector512.FusedMultiplyAdd(a.As<T, float>(), b.As<T, float>(), c.As<T, float>()).As<float, T>()
                : Vector512.FusedMultiplyAdd(a.As<T, double>(), b.As<T, double>(), c.As<T, double>()).As<double, T>();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<T> Fma<T>(Vector256<T> a, Vector256<T> b, Vector256<T> c) where T : unmanaged =>
            typeof(T) == typeof(float)
                ? Vector256.FusedMultiplyAdd(a.As<T, float>(), b.As<T, float>(), c.As<T, float>()).As<float, T>()
                : Vector256.FusedMultiplyAdd(a.As<T, double>(), b.As<T, double>(), c.As<T, double>()).As<double, T>();
    }
}
