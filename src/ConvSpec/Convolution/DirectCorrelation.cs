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
        /// <summary>The layout of P, whose shape is o + κ − 1 on every axis (row-major, so its strides follow from that shape).</summary>
        public static Layout Of(int[] kDims, int[] oDims)
        {
            var r = oDims.Length;
            var pDims = oDims.Select((o, d) => o + kDims[d] - 1).ToArray();
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

    /// <summary>
    /// out = P ⋆ K (valid) in double, vectorised. Schedule invariance: whatever the chunking, the threads, the row
    /// pairing, the lane width or where a vector block gives way to a narrower one or to the scalar tail, each output is
    /// the same chain a ← fma(K[t], P[k + t], a) over t in row-major order (vector MulAdd and Math.FusedMultiplyAdd both
    /// round once per term), so the schedule decides speed only, never a bit of the result.
    /// </summary>
    public static double[] Run(double[] p, double[] k, int[] kDims, int[] oDims) => Run(p, k, kDims, oDims, Lanes.Width);

    /// <summary>
    /// <see cref="Run(double[], double[], int[], int[])"/> with lanes of <paramref name="laneWidth"/> doubles: 8, 4, or
    /// 1 (scalar). Every width gives the same bits (schedule invariance); the public overload uses the hardware's.
    /// </summary>
    internal static double[] Run(double[] p, double[] k, int[] kDims, int[] oDims, int laneWidth)
    {
        var layout = Layout.Of(kDims, oDims);
        var output = new double[layout.Rows * layout.Width];
        // Stryker disable once Arithmetic : work only picks the schedule, which changes no output (schedule invariance)
        var work = (long)output.Length * k.Length;
        // Stryker disable once Conditional,Logical,Equality,Arithmetic : any chunk of 1..width columns is a schedule (schedule invariance); Max's 256 floor keeps it at least 1 (its Min mutant divides by 0)
        var chunk = layout.Rows >= 8 || work < ParallelThreshold ? layout.Width : Math.Max(256, layout.Width / 8);
        var chunks = (layout.Width + chunk - 1) / chunk;
        // Rank 2: two output rows at a time share every input load (rows i and i + 1 read input row i + u with
        // kernel rows u and u − 1); a last unpaired row runs alone.
        var rank2 = oDims.Length == 2;
        // Stryker disable once Equality : pairing is a schedule (schedule invariance); wide lanes only make it pay
        var pairs = rank2 && laneWidth > 1;
        var rowSets = pairs ? (layout.Rows + 1) / 2 : layout.Rows;
        void Task(int t)
        {
            var (set, c0) = (t / chunks, t % chunks * chunk);
            var c1 = Math.Min(layout.Width, c0 + chunk);
            if (pairs && 2 * set + 1 < layout.Rows)
            {
                // Stryker disable once Equality : Lane256 computes the same chains as Lane512 (schedule invariance)
                if (laneWidth == 8) RowPair<Lane512>(p, k, output, layout, layout.PaddedWidth, 2 * set, c0, c1);
                else RowPair<Lane256>(p, k, output, layout, layout.PaddedWidth, 2 * set, c0, c1);
                // Stryker disable once Statement : without it Row recomputes row 2·set's columns as the same chains, writing the same values
                return;
            }
            var row = pairs ? 2 * set : set;
            switch (laneWidth)
            {
                case 8: Row<Lane512>(p, k, output, layout, row, c0, c1); break;
                case 4: Row<Lane256>(p, k, output, layout, row, c0, c1); break;
                default: Row<LaneScalar>(p, k, output, layout, row, c0, c1); break;
            }
        }
        var tasks = rowSets * chunks;
        // Stryker disable once Logical,Equality : one thread or many is a schedule (schedule invariance)
        var oneThread = work < ParallelThreshold || tasks == 1;
        // Stryker disable once Boolean : one thread or many is a schedule (schedule invariance)
        if (oneThread)
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
        for (;
             // Stryker disable once Equality : an exact last block left to the narrower loops gives the same chains (schedule invariance)
             j + 4 * w <= c1; j += 4 * w)
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
        for (;
             // Stryker disable once Equality : an exact last vector left to the scalar tail gives the same chain (schedule invariance)
             j + w <= c1; j += w)
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

    /// <summary>Rows <paramref name="row"/> and row + 1 of a rank-2 correlation, 4 vectors of each in registers, then their tails.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void RowPair<L>(double[] p, double[] k, double[] output, Layout layout, int stride, int row, int c0, int c1)
        where L : struct, ILane<L>
    {
        var w = L.Width;
        var (kw, kh) = (layout.KernelWidth, layout.KernelRowOffset.Length);
        ref var p0 = ref MemoryMarshal.GetArrayDataReference(p);
        ref var k0 = ref MemoryMarshal.GetArrayDataReference(k);
        ref var o0 = ref MemoryMarshal.GetArrayDataReference(output);
        var j = c0;
        for (;
             // Stryker disable once Equality : an exact last block left to Row gives the same chains (schedule invariance)
             j + 4 * w <= c1; j += 4 * w)
        {
            L a0 = default, a1 = default, a2 = default, a3 = default, b0 = default, b1 = default, b2 = default, b3 = default;
            for (var u = 0; u <= kh; u++)
            {
                ref var pr = ref Unsafe.Add(ref p0, (row + u) * stride + j);
                // Kernel row u for output row `row` (unused at u = kh, where the clamp keeps the reference inside k).
                // Stryker disable once Arithmetic : for u < kh both clamps give u, and at u = kh row A reads nothing (useA is false)
                var rowA = Math.Min(u, kh - 1);
                ref var ka = ref Unsafe.Add(ref k0, rowA * kw);
                ref var kb = ref Unsafe.Add(ref k0, Math.Max(u - 1, 0) * kw);
                var (useA, useB) = (u < kh, u > 0);
                for (var n = 0; n < kw; n++)
                {
                    ref var x = ref Unsafe.Add(ref pr, n);
                    var (x0, x1, x2, x3) = (L.Load(ref x), L.Load(ref Unsafe.Add(ref x, w)), L.Load(ref Unsafe.Add(ref x, 2 * w)), L.Load(ref Unsafe.Add(ref x, 3 * w)));
                    if (useA)
                    {
                        var kv = L.Splat(Unsafe.Add(ref ka, n));
                        (a0, a1, a2, a3) = (L.MulAdd(kv, x0, a0), L.MulAdd(kv, x1, a1), L.MulAdd(kv, x2, a2), L.MulAdd(kv, x3, a3));
                    }
                    if (useB)
                    {
                        var kv = L.Splat(Unsafe.Add(ref kb, n));
                        (b0, b1, b2, b3) = (L.MulAdd(kv, x0, b0), L.MulAdd(kv, x1, b1), L.MulAdd(kv, x2, b2), L.MulAdd(kv, x3, b3));
                    }
                }
            }
            ref var oa = ref Unsafe.Add(ref o0, row * layout.Width + j);
            ref var ob = ref Unsafe.Add(ref o0, (row + 1) * layout.Width + j);
            L.Store(ref oa, a0);
            L.Store(ref Unsafe.Add(ref oa, w), a1);
            L.Store(ref Unsafe.Add(ref oa, 2 * w), a2);
            L.Store(ref Unsafe.Add(ref oa, 3 * w), a3);
            L.Store(ref ob, b0);
            L.Store(ref Unsafe.Add(ref ob, w), b1);
            L.Store(ref Unsafe.Add(ref ob, 2 * w), b2);
            L.Store(ref Unsafe.Add(ref ob, 3 * w), b3);
        }
        Row<L>(p, k, output, layout, row, j, c1);
        Row<L>(p, k, output, layout, row + 1, j, c1);
    }

    /// <summary>out = P ⋆ K (valid) for any element type, in checked arithmetic (exact on integers; overflow throws).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static T[] RunGeneric<T>(T[] p, T[] k, int[] kDims, int[] oDims)
        where T : System.Numerics.IAdditionOperators<T, T, T>, System.Numerics.IMultiplyOperators<T, T, T>, System.Numerics.IAdditiveIdentity<T, T>
    {
        var layout = Layout.Of(kDims, oDims);
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
