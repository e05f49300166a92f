using System.Runtime.CompilerServices;

namespace ConvSpec.Fourier;

/// <summary>
/// One Stockham (autosort, decimation in frequency) stage of radix r on split re/im arrays, generic over the
/// lane width. With the current length n = r·m and stride s, for p &lt; m and q &lt; s:
/// a_j = x[q + s(p + jm)], b_k = Σ_j a_j ω_r^{jk} (ω_r = e^{−2πi/r}), y[q + s(rp + k)] = b_k · ω_n^{pk}.
/// After all stages (s multiplied by r each time) the output is in natural order; a batch of B transforms
/// stored as [q + B·j] is the same recursion started with s = B.
/// </summary>
internal static class Butterflies
{
    private const double Sin60 = 0.86602540378443864676; // sin(2π/3)
    private static readonly double C1 = Math.Cos(2 * Math.PI / 5), C2 = Math.Cos(4 * Math.PI / 5);
    private static readonly double S1 = Math.Sin(2 * Math.PI / 5), S2 = Math.Sin(4 * Math.PI / 5);

    /// <summary>Runs one stage for every p and q, the q loop in lanes of <typeparamref name="L"/> then scalar.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Stage<L>(int r, int m, int s, double[] xr, double[] xi, double[] yr, double[] yi, double[] twr, double[] twi)
        where L : struct, ILane<L>
    {
        var vEnd = s - s % L.Width;
        for (var p = 0; p < m; p++)
        {
            var t = p * (r - 1);
            var (i0, o0) = (s * p, s * r * p);
            switch (r)
            {
                case 4: R4<L>(xr, xi, yr, yi, i0, o0, s, m, twr, twi, t, 0, vEnd); R4<LaneScalar>(xr, xi, yr, yi, i0, o0, s, m, twr, twi, t, vEnd, s); break;
                case 2: R2<L>(xr, xi, yr, yi, i0, o0, s, m, twr, twi, t, 0, vEnd); R2<LaneScalar>(xr, xi, yr, yi, i0, o0, s, m, twr, twi, t, vEnd, s); break;
                case 3: R3<L>(xr, xi, yr, yi, i0, o0, s, m, twr, twi, t, 0, vEnd); R3<LaneScalar>(xr, xi, yr, yi, i0, o0, s, m, twr, twi, t, vEnd, s); break;
                default: R5<L>(xr, xi, yr, yi, i0, o0, s, m, twr, twi, t, 0, vEnd); R5<LaneScalar>(xr, xi, yr, yi, i0, o0, s, m, twr, twi, t, vEnd, s); break;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Twiddled<V>(double[] yr, double[] yi, int at, V br, V bi, V wr, V wi) where V : struct, ILane<V>
    {
        V.Store(ref yr[at], br * wr - bi * wi);
        V.Store(ref yi[at], br * wi + bi * wr);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void R2<V>(double[] xr, double[] xi, double[] yr, double[] yi, int i0, int o0, int s, int m, double[] twr, double[] twi, int t, int q0, int q1)
        where V : struct, ILane<V>
    {
        var (w1r, w1i) = (V.Splat(twr[t]), V.Splat(twi[t]));
        var sm = s * m;
        for (var q = q0; q < q1; q += V.Width)
        {
            var (a0r, a0i) = (V.Load(ref xr[i0 + q]), V.Load(ref xi[i0 + q]));
            var (a1r, a1i) = (V.Load(ref xr[i0 + q + sm]), V.Load(ref xi[i0 + q + sm]));
            V.Store(ref yr[o0 + q], a0r + a1r);
            V.Store(ref yi[o0 + q], a0i + a1i);
            Twiddled(yr, yi, o0 + q + s, a0r - a1r, a0i - a1i, w1r, w1i);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void R3<V>(double[] xr, double[] xi, double[] yr, double[] yi, int i0, int o0, int s, int m, double[] twr, double[] twi, int t, int q0, int q1)
        where V : struct, ILane<V>
    {
        var (w1r, w1i, w2r, w2i) = (V.Splat(twr[t]), V.Splat(twi[t]), V.Splat(twr[t + 1]), V.Splat(twi[t + 1]));
        var (half, sin60) = (V.Splat(0.5), V.Splat(Sin60));
        var sm = s * m;
        for (var q = q0; q < q1; q += V.Width)
        {
            var (a0r, a0i) = (V.Load(ref xr[i0 + q]), V.Load(ref xi[i0 + q]));
            var (a1r, a1i) = (V.Load(ref xr[i0 + q + sm]), V.Load(ref xi[i0 + q + sm]));
            var (a2r, a2i) = (V.Load(ref xr[i0 + q + 2 * sm]), V.Load(ref xi[i0 + q + 2 * sm]));
            var (t1r, t1i, t2r, t2i) = (a1r + a2r, a1i + a2i, a1r - a2r, a1i - a2i);
            V.Store(ref yr[o0 + q], a0r + t1r);
            V.Store(ref yi[o0 + q], a0i + t1i);
            var (m1r, m1i) = (a0r - half * t1r, a0i - half * t1i);
            var (m2r, m2i) = (sin60 * t2i, V.Splat(0) - sin60 * t2r); // −i (√3/2) t2
            Twiddled(yr, yi, o0 + q + s, m1r + m2r, m1i + m2i, w1r, w1i);
            Twiddled(yr, yi, o0 + q + 2 * s, m1r - m2r, m1i - m2i, w2r, w2i);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void R4<V>(double[] xr, double[] xi, double[] yr, double[] yi, int i0, int o0, int s, int m, double[] twr, double[] twi, int t, int q0, int q1)
        where V : struct, ILane<V>
    {
        var (w1r, w1i, w2r, w2i) = (V.Splat(twr[t]), V.Splat(twi[t]), V.Splat(twr[t + 1]), V.Splat(twi[t + 1]));
        var (w3r, w3i) = (V.Splat(twr[t + 2]), V.Splat(twi[t + 2]));
        var sm = s * m;
        for (var q = q0; q < q1; q += V.Width)
        {
            var (a0r, a0i) = (V.Load(ref xr[i0 + q]), V.Load(ref xi[i0 + q]));
            var (a1r, a1i) = (V.Load(ref xr[i0 + q + sm]), V.Load(ref xi[i0 + q + sm]));
            var (a2r, a2i) = (V.Load(ref xr[i0 + q + 2 * sm]), V.Load(ref xi[i0 + q + 2 * sm]));
            var (a3r, a3i) = (V.Load(ref xr[i0 + q + 3 * sm]), V.Load(ref xi[i0 + q + 3 * sm]));
            var (t0r, t0i, t1r, t1i) = (a0r + a2r, a0i + a2i, a0r - a2r, a0i - a2i);
            var (t2r, t2i, t3r, t3i) = (a1r + a3r, a1i + a3i, a1r - a3r, a1i - a3i);
            V.Store(ref yr[o0 + q], t0r + t2r);
            V.Store(ref yi[o0 + q], t0i + t2i);
            Twiddled(yr, yi, o0 + q + s, t1r + t3i, t1i - t3r, w1r, w1i);
            Twiddled(yr, yi, o0 + q + 2 * s, t0r - t2r, t0i - t2i, w2r, w2i);
            Twiddled(yr, yi, o0 + q + 3 * s, t1r - t3i, t1i + t3r, w3r, w3i);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void R5<V>(double[] xr, double[] xi, double[] yr, double[] yi, int i0, int o0, int s, int m, double[] twr, double[] twi, int t, int q0, int q1)
        where V : struct, ILane<V>
    {
        var (c1, c2, s1, s2) = (V.Splat(C1), V.Splat(C2), V.Splat(S1), V.Splat(S2));
        var sm = s * m;
        for (var q = q0; q < q1; q += V.Width)
        {
            var (a0r, a0i) = (V.Load(ref xr[i0 + q]), V.Load(ref xi[i0 + q]));
            var (a1r, a1i) = (V.Load(ref xr[i0 + q + sm]), V.Load(ref xi[i0 + q + sm]));
            var (a2r, a2i) = (V.Load(ref xr[i0 + q + 2 * sm]), V.Load(ref xi[i0 + q + 2 * sm]));
            var (a3r, a3i) = (V.Load(ref xr[i0 + q + 3 * sm]), V.Load(ref xi[i0 + q + 3 * sm]));
            var (a4r, a4i) = (V.Load(ref xr[i0 + q + 4 * sm]), V.Load(ref xi[i0 + q + 4 * sm]));
            var (t1r, t1i, t2r, t2i) = (a1r + a4r, a1i + a4i, a2r + a3r, a2i + a3i);
            var (t3r, t3i, t4r, t4i) = (a1r - a4r, a1i - a4i, a2r - a3r, a2i - a3i);
            V.Store(ref yr[o0 + q], a0r + t1r + t2r);
            V.Store(ref yi[o0 + q], a0i + t1i + t2i);
            var (m1r, m1i) = (a0r + c1 * t1r + c2 * t2r, a0i + c1 * t1i + c2 * t2i);
            var (m2r, m2i) = (a0r + c2 * t1r + c1 * t2r, a0i + c2 * t1i + c1 * t2i);
            var (n1r, n1i) = (s1 * t3r + s2 * t4r, s1 * t3i + s2 * t4i);
            var (n2r, n2i) = (s2 * t3r - s1 * t4r, s2 * t3i - s1 * t4i);
            Twiddled(yr, yi, o0 + q + s, m1r + n1i, m1i - n1r, V.Splat(twr[t]), V.Splat(twi[t]));
            Twiddled(yr, yi, o0 + q + 2 * s, m2r + n2i, m2i - n2r, V.Splat(twr[t + 1]), V.Splat(twi[t + 1]));
            Twiddled(yr, yi, o0 + q + 3 * s, m2r - n2i, m2i + n2r, V.Splat(twr[t + 2]), V.Splat(twi[t + 2]));
            Twiddled(yr, yi, o0 + q + 4 * s, m1r - n1i, m1i + n1r, V.Splat(twr[t + 3]), V.Splat(twi[t + 3]));
        }
    }
}
