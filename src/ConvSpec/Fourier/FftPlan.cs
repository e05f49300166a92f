using System.Collections.Concurrent;

namespace ConvSpec.Fourier;

/// <summary>
/// A precomputed complex DFT of one length n: X_k = Σ_{j&lt;n} x_j e^{−2πi jk/n}. For 2/3/5-smooth n, mixed-radix
/// Stockham stages (radices 4, 2, 3, 5; O(n log n)); otherwise Bluestein's chirp-z through a smooth length
/// M ≥ 2n − 1. Twiddles ω = e^{−2πi f} are computed as (cospi(2f), −sinpi(2f)) with f reduced to (−½, ½].
/// Plans are immutable and cached; they are safe to run from several threads at once.
/// </summary>
internal sealed class FftPlan
{
    private static readonly ConcurrentDictionary<int, FftPlan> Cache = new();
    private readonly int[] radices;
    private readonly double[][] twr, twi;
    private readonly Bluestein? bluestein;
    private readonly double[] firstRe = [], firstIm = [];

    private FftPlan(int n)
    {
        Length = n;
        var rest = n;
        var list = new List<int>();
        foreach (var r in new[] { 4, 2, 3, 5 })
            while (rest % r == 0) { list.Add(r); rest /= r; }
        if (rest != 1) { bluestein = new Bluestein(n); list.Clear(); }
        radices = list.ToArray();
        (twr, twi) = (new double[radices.Length][], new double[radices.Length][]);
        var current = n;
        for (var t = 0; t < radices.Length; t++)
        {
            var (r, m) = (radices[t], current / radices[t]);
            // ω_current^{pk} for p < m and k = 1..r − 1, at [p·(r − 1) + k − 1].
            var roots = Enumerable.Range(0, m).SelectMany(p => Enumerable.Range(1, r - 1).Select(k => Root((long)p * k, current))).ToArray();
            (twr[t], twi[t]) = (roots.Select(w => w.Re).ToArray(), roots.Select(w => w.Im).ToArray());
            current = m;
        }
        if (radices.Length > 0 && radices[0] == 4)
        {
            var m = n / 4;
            (firstRe, firstIm) = (new double[3 * m], new double[3 * m]);
            for (var p = 0; p < m; p++)
                for (var k = 1; k < 4; k++)
                    (firstRe[(k - 1) * m + p], firstIm[(k - 1) * m + p]) = (twr[0][p * 3 + k - 1], twi[0][p * 3 + k - 1]);
        }
    }

    /// <summary>n.</summary>
    public int Length { get; }

    /// <summary>True when n is 2/3/5-smooth (no Bluestein).</summary>
    public bool IsSmooth => bluestein is null;

    /// <summary>The radices of the stages, in order (empty for Bluestein).</summary>
    public IReadOnlyList<int> Radices => radices;

    /// <summary>The cached plan of length <paramref name="n"/> ≥ 1.</summary>
    public static FftPlan Of(int n) => Cache.GetOrAdd(Validation.Preconditions.AtLeast(n, 1, nameof(n)), k => new FftPlan(k));

    /// <summary>e^{−2πi j/n} with j reduced mod n into (−n/2, n/2].</summary>
    public static (double Re, double Im) Root(long j, long n)
    {
        j %= n;
        if (2 * j > n) j -= n;
        var f = 2.0 * j / n;
        return (double.CosPi(f), -double.SinPi(f));
    }

    /// <summary>
    /// The forward DFT of a batch of B transforms, element j of transform q at [q + B·j], in place.
    /// The work arrays hold at least n·B elements each.
    /// </summary>
    public void Forward(double[] re, double[] im, int batch, double[] workRe, double[] workIm) =>
        Forward(re, im, batch, workRe, workIm, Lanes.Width);

    /// <summary>
    /// <see cref="Forward(double[], double[], int, double[], double[])"/> in lanes of <paramref name="width"/> doubles:
    /// 8 (<see cref="Lane512"/>), 4 (<see cref="Lane256"/>) or any other (<see cref="LaneScalar"/>). The machine's
    /// width is <see cref="Lanes.Width"/>; taking it as an argument lets one process run every width (a lane the
    /// hardware lacks is emulated, slowly). Every width computes the same operations on each element.
    /// </summary>
    internal void Forward(double[] re, double[] im, int batch, double[] workRe, double[] workIm, int width)
    {
        if (bluestein is not null) bluestein.Forward(re, im, batch);
        else
            switch (width)
            {
                case 8: Run<Lane512>(re, im, batch, workRe, workIm); break;
                case 4: Run<Lane256>(re, im, batch, workRe, workIm); break;
                default: Run<LaneScalar>(re, im, batch, workRe, workIm); break;
            }
    }

    /// <summary>n times the inverse DFT, x_j = Σ_k X_k e^{+2πi jk/n}: the forward DFT with re and im exchanged.</summary>
    public void InverseUnscaled(double[] re, double[] im, int batch, double[] workRe, double[] workIm) =>
        Forward(im, re, batch, workIm, workRe);

    /// <summary>The forward DFT of one transform, in place, with work arrays of its own (for precomputed tables).</summary>
    public void Forward(double[] re, double[] im) => Forward(re, im, 1, new double[Length], new double[Length]);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void Run<L>(double[] re, double[] im, int batch, double[] wr, double[] wi) where L : struct, ILane<L>
    {
        var (xr, xi, yr, yi) = (re, im, wr, wi);
        var (s, current) = (batch, Length);
        for (var t = 0; t < radices.Length; t++)
        {
            var m = current / radices[t];
            // s = batch·r_0⋯r_{t−1}, so s = 1 (which FirstStage needs) only at the first stage of a single transform.
            if (FirstStage.Applies(radices[t], s, m)) FirstStage.Radix4(m, xr, xi, yr, yi, firstRe, firstIm);
            // Stryker disable once Logical,Boolean,Equality,Arithmetic : only picks Lane256 or L for this stage; Stage<V> takes any s (a scalar tail after the whole lanes), and every lane computes the same IEEE operations on each element
            else if (s < L.Width && s % Lane256.Width == 0 && Lane256.Width < L.Width)
                Butterflies.Stage<Lane256>(radices[t], m, s, xr, xi, yr, yi, twr[t], twi[t]);
            else Butterflies.Stage<L>(radices[t], m, s, xr, xi, yr, yi, twr[t], twi[t]);
            (xr, xi, yr, yi) = (yr, yi, xr, xi);
            s *= radices[t];
            current = m;
        }
        if (!ReferenceEquals(xr, re))
        {
            Array.Copy(xr, re, Length * batch);
            Array.Copy(xi, im, Length * batch);
        }
    }
}
