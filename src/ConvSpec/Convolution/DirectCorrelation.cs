using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ConvSpec.Fourier;

namespace ConvSpec.Convolution;

/// <summary>
/// The direct kernel every fast direct convolution and correlation reduces to: the valid N-D correlation
/// out[k] = Σ_t P[k + t] · K[t] of a prepared array P (shape o + κ − 1) with a kernel K (shape κ).
/// Rows of the output (all axes but the last) are independent; each row accumulates, over every kernel row,
/// 1-D correlations in 4 vector registers of output (register blocking: one load and one FMA per term), with a
/// scalar tail. Rows and column chunks run in parallel when the work is large. Cost O(|out|·|K|).
/// Error: each output is a sum of |K| products in some order, so |ĉ − c| ≤ γ_{|K|} (|P| ⋆ |K|)
/// (see <see cref="Bounds.ErrorBound.DirectSum"/>).
/// </summary>
internal static class DirectCorrelation
{
    /// <summary>Multiply-adds below which the kernel runs on one thread.</summary>
    internal static long ParallelThreshold = 1 << 17;

    private readonly record struct Layout(int Rows, int Width, int KernelWidth, int PaddedWidth, int[] RowBase, int[] KernelRowOffset)
    {
        public static Layout Of(int[] pDims, int[] kDims, int[] oDims)
        {
            var r = oDims.Length;
            var pStrides = new int[r];
            pStrides[r - 1] = 1;
            for (var d = r - 2; d >= 0; d--) pStrides[d] = pStrides[d + 1] * pDims[d + 1];
            return new Layout(Product(oDims, r - 1), oDims[r - 1], kDims[r - 1], pDims[r - 1],
                Offsets(oDims, pStrides, r - 1), Offsets(kDims, pStrides, r - 1));
        }

        /// <summary>Σ_d i_d · stride_d for every index i over the first <paramref name="lead"/> axes, row-major.</summary>
        private static int[] Offsets(int[] dims, int[] strides, int lead)
        {
            var result = new int[Product(dims, lead)];
            var index = new int[lead];
            for (var n = 0; n < result.Length; n++)
            {
                for (var d = 0; d < lead; d++) result[n] += index[d] * strides[d];
                for (var d = lead - 1; d >= 0; d--)
                {
                    if (++index[d] < dims[d]) break;
                    index[d] = 0;
                }
            }
            return result;
        }

        private static int Product(int[] dims, int lead)
        {
            var p = 1;
            for (var d = 0; d < lead; d++) p *= dims[d];
            return p;
        }
    }

    /// <summary>out = P ⋆ K (valid) in double, vectorised.</summary>
    public static double[] Run(double[] p, int[] pDims, double[] k, int[] kDims, int[] oDims)
    {
        var layout = Layout.Of(pDims, kDims, oDims);
        var output = new double[layout.Rows * layout.Width];
        var work = (long)output.Length * k.Length;
        var chunk = layout.Rows >= 8 || work < ParallelThreshold ? layout.Width : Math.Max(256, layout.Width / 8);
        var chunks = (layout.Width + chunk - 1) / chunk;
        void Task(int t)
        {
            var (row, c0) = (t / chunks, t % chunks * chunk);
            var c1 = Math.Min(layout.Width, c0 + chunk);
            switch (Lanes.Width)
            {
                case 8: Row<Lane512>(p, k, output, layout, row, c0, c1); break;
                case 4: Row<Lane256>(p, k, output, layout, row, c0, c1); break;
                default: Row<LaneScalar>(p, k, output, layout, row, c0, c1); break;
            }
        }
        var tasks = layout.Rows * chunks;
        if (work < ParallelThreshold || tasks == 1)
            for (var t = 0; t < tasks; t++) Task(t);
        else
            Parallel.For(0, tasks, Task);
        return output;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void Row<L>(double[] p, double[] k, double[] output, Layout layout, int row, int c0, int c1)
        where L : struct, ILane<L>
    {
        // Bounds: P has (rows + κ − 1) × (width + κ_w − 1) elements, so every index below is inside p, k and output.
        var w = L.Width;
        var (kw, rowBase, kRows) = (layout.KernelWidth, layout.RowBase[row], layout.KernelRowOffset);
        ref var p0 = ref MemoryMarshal.GetArrayDataReference(p);
        ref var k0 = ref MemoryMarshal.GetArrayDataReference(k);
        ref var o0 = ref MemoryMarshal.GetArrayDataReference(output);
        var outBase = row * layout.Width;
        var j = c0;
        for (; j + 4 * w <= c1; j += 4 * w)
        {
            L a0 = default, a1 = default, a2 = default, a3 = default;
            for (var t = 0; t < kRows.Length; t++)
            {
                ref var pr = ref Unsafe.Add(ref p0, rowBase + kRows[t] + j);
                ref var kr = ref Unsafe.Add(ref k0, t * kw);
                for (var n = 0; n < kw; n++)
                {
                    var kv = L.Splat(Unsafe.Add(ref kr, n));
                    ref var x = ref Unsafe.Add(ref pr, n);
                    a0 = L.MulAdd(kv, L.Load(ref x), a0);
                    a1 = L.MulAdd(kv, L.Load(ref Unsafe.Add(ref x, w)), a1);
                    a2 = L.MulAdd(kv, L.Load(ref Unsafe.Add(ref x, 2 * w)), a2);
                    a3 = L.MulAdd(kv, L.Load(ref Unsafe.Add(ref x, 3 * w)), a3);
                }
            }
            ref var o = ref Unsafe.Add(ref o0, outBase + j);
            L.Store(ref o, a0);
            L.Store(ref Unsafe.Add(ref o, w), a1);
            L.Store(ref Unsafe.Add(ref o, 2 * w), a2);
            L.Store(ref Unsafe.Add(ref o, 3 * w), a3);
        }
        for (; j + w <= c1; j += w)
        {
            L a = default;
            for (var t = 0; t < kRows.Length; t++)
            {
                ref var pr = ref Unsafe.Add(ref p0, rowBase + kRows[t] + j);
                ref var kr = ref Unsafe.Add(ref k0, t * kw);
                for (var n = 0; n < kw; n++) a = L.MulAdd(L.Splat(Unsafe.Add(ref kr, n)), L.Load(ref Unsafe.Add(ref pr, n)), a);
            }
            L.Store(ref Unsafe.Add(ref o0, outBase + j), a);
        }
        for (; j < c1; j++)
        {
            var a = 0.0;
            for (var t = 0; t < kRows.Length; t++)
            {
                var (pb, kb) = (rowBase + kRows[t] + j, t * kw);
                for (var n = 0; n < kw; n++) a = Math.FusedMultiplyAdd(k[kb + n], p[pb + n], a);
            }
            output[outBase + j] = a;
        }
    }

    /// <summary>out = P ⋆ K (valid) for any element type, in checked arithmetic (exact on integers; overflow throws).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static T[] RunGeneric<T>(T[] p, int[] pDims, T[] k, int[] kDims, int[] oDims)
        where T : System.Numerics.IAdditionOperators<T, T, T>, System.Numerics.IMultiplyOperators<T, T, T>, System.Numerics.IAdditiveIdentity<T, T>
    {
        var layout = Layout.Of(pDims, kDims, oDims);
        var output = new T[layout.Rows * layout.Width];
        for (var row = 0; row < layout.Rows; row++)
            for (var j = 0; j < layout.Width; j++)
            {
                var sum = T.AdditiveIdentity;
                for (var t = 0; t < layout.KernelRowOffset.Length; t++)
                {
                    var pb = layout.RowBase[row] + layout.KernelRowOffset[t] + j;
                    for (var n = 0; n < layout.KernelWidth; n++)
                        sum = checked(sum + p[pb + n] * k[t * layout.KernelWidth + n]);
                }
                output[row * layout.Width + j] = sum;
            }
        return output;
    }
}
