using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ConvSpec.Fourier;

/// <summary>
/// The first radix-4 Stockham stage of a single transform (s = 1), where the q loop has one element: vectorised
/// over p instead, four p at a time. Inputs x[p + jm] are contiguous in p; the outputs y[4p + k] are interleaved, so
/// the four butterfly outputs are transposed (4×4, AVX unpack and lane permute) before contiguous stores.
/// The arithmetic is that of <see cref="Butterflies"/>: b_k = Σ_j a_j (−i)^{jk}, y[4p + k] = b_k ω_n^{pk}.
/// </summary>
internal static class FirstStage
{
    /// <summary>
    /// True when this stage can run here: AVX2 (AVX's shuffles, and 256-bit arithmetic in hardware), radix 4, s = 1,
    /// m (≥ 1, the length over 4) a multiple of 4.
    /// </summary>
    public static bool Applies(int r, int s, int m) => Avx2.IsSupported && r == 4 && s == 1 && m % 4 == 0;

    /// <summary>Runs the stage; <paramref name="twr"/>/<paramref name="twi"/> are laid out [(k − 1)·m + p].</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Radix4(int m, double[] xr, double[] xi, double[] yr, double[] yi, double[] twr, double[] twi)
    {
        ref var xr0 = ref MemoryMarshal.GetArrayDataReference(xr);
        ref var xi0 = ref MemoryMarshal.GetArrayDataReference(xi);
        ref var yr0 = ref MemoryMarshal.GetArrayDataReference(yr);
        ref var yi0 = ref MemoryMarshal.GetArrayDataReference(yi);
        ref var wr0 = ref MemoryMarshal.GetArrayDataReference(twr);
        ref var wi0 = ref MemoryMarshal.GetArrayDataReference(twi);
        for (var p = 0; p < m; p += 4)
        {
            var (a0r, a0i) = (Vector256.LoadUnsafe(ref xr0, (nuint)p), Vector256.LoadUnsafe(ref xi0, (nuint)p));
            var (a1r, a1i) = (Vector256.LoadUnsafe(ref xr0, (nuint)(p + m)), Vector256.LoadUnsafe(ref xi0, (nuint)(p + m)));
            var (a2r, a2i) = (Vector256.LoadUnsafe(ref xr0, (nuint)(p + 2 * m)), Vector256.LoadUnsafe(ref xi0, (nuint)(p + 2 * m)));
            var (a3r, a3i) = (Vector256.LoadUnsafe(ref xr0, (nuint)(p + 3 * m)), Vector256.LoadUnsafe(ref xi0, (nuint)(p + 3 * m)));
            var (t0r, t0i, t1r, t1i) = (a0r + a2r, a0i + a2i, a0r - a2r, a0i - a2i);
            var (t2r, t2i, t3r, t3i) = (a1r + a3r, a1i + a3i, a1r - a3r, a1i - a3i);
            var (b0r, b0i) = (t0r + t2r, t0i + t2i);
            var (b1r, b1i) = Twiddle(t1r + t3i, t1i - t3r, ref wr0, ref wi0, p);
            var (b2r, b2i) = Twiddle(t0r - t2r, t0i - t2i, ref wr0, ref wi0, m + p);
            var (b3r, b3i) = Twiddle(t1r - t3i, t1i + t3r, ref wr0, ref wi0, 2 * m + p);
            StoreTransposed(ref Unsafe.Add(ref yr0, 4 * p), b0r, b1r, b2r, b3r);
            StoreTransposed(ref Unsafe.Add(ref yi0, 4 * p), b0i, b1i, b2i, b3i);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<double>, Vector256<double>) Twiddle(Vector256<double> br, Vector256<double> bi, ref double wr0, ref double wi0, int at)
    {
        var (wr, wi) = (Vector256.LoadUnsafe(ref wr0, (nuint)at), Vector256.LoadUnsafe(ref wi0, (nuint)at));
        return (br * wr - bi * wi, br * wi + bi * wr);
    }

    /// <summary>Stores the transpose of the 4×4 block whose rows are r0..r3: out[4c + k] = r_k[c].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreTransposed(ref double at, Vector256<double> r0, Vector256<double> r1, Vector256<double> r2, Vector256<double> r3)
    {
        var (t0, t1) = (Avx.UnpackLow(r0, r1), Avx.UnpackHigh(r0, r1));
        var (t2, t3) = (Avx.UnpackLow(r2, r3), Avx.UnpackHigh(r2, r3));
        Avx.Permute2x128(t0, t2, 0x20).StoreUnsafe(ref at);
        Avx.Permute2x128(t1, t3, 0x20).StoreUnsafe(ref at, 4);
        Avx.Permute2x128(t0, t2, 0x31).StoreUnsafe(ref at, 8);
        Avx.Permute2x128(t1, t3, 0x31).StoreUnsafe(ref at, 12);
    }
}
