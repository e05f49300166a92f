using System.Collections.Concurrent;

namespace ConvSpec.Fourier;

/// <summary>
/// The DFT of real data of even length n through one complex DFT of length h = n/2: z_j = x_{2j} + i x_{2j+1},
/// Z = DFT_h(z), E_k = (Z_k + conj Z_{h−k})/2, O_k = (Z_k − conj Z_{h−k})/(2i), X_k = E_k + e^{−2πik/n} O_k for
/// k = 0..h (the other half is conj X_{n−k}). Batches are stored as [q + B·j] like <see cref="FftPlan"/>.
/// </summary>
internal static class RealFft
{
    private static readonly ConcurrentDictionary<int, (double[] Re, double[] Im)> Twiddles = new();

    /// <summary>
    /// e^{−2πik/n} for k = 0..⌊n/4⌋: the split steps pair k with h − k, so k runs to ⌊h/2⌋ = ⌊n/4⌋, and they run
    /// over exactly this table.
    /// </summary>
    private static (double[] Re, double[] Im) TwiddlesOf(int n) => Twiddles.GetOrAdd(n, len =>
    {
        var count = len / 4 + 1;
        var (re, im) = (new double[count], new double[count]);
        for (var k = 0; k < count; k++) (re[k], im[k]) = FftPlan.Root(k, len);
        return (re, im);
    });

    /// <summary>X_k for k ≤ n/2 of a batch of real transforms x[q + B·j]; the outputs hold (n/2 + 1)·B, the work n/2·B.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Forward(double[] x, int n, int batch, double[] outRe, double[] outIm, double[] workRe, double[] workIm)
    {
        var h = n / 2;
        if (batch == 1)
            for (var j = 0; j < h; j++) (outRe[j], outIm[j]) = (x[2 * j], x[2 * j + 1]);
        else
            for (var j = 0; j < h; j++)
            {
                Array.Copy(x, batch * 2 * j, outRe, batch * j, batch);
                Array.Copy(x, batch * (2 * j + 1), outIm, batch * j, batch);
            }
        FftPlan.Of(h).Forward(outRe, outIm, batch, workRe, workIm);
        var (wr, wi) = TwiddlesOf(n);
        for (var q = 0; q < batch; q++)
        {
            var (z0r, z0i) = (outRe[q], outIm[q]);
            (outRe[q], outIm[q]) = (z0r + z0i, 0);
            (outRe[q + batch * h], outIm[q + batch * h]) = (z0r - z0i, 0);
        }
        for (var k = 1; k < wr.Length; k++)
        {
            var (a, b) = (batch * k, batch * (h - k));
            for (var q = 0; q < batch; q++)
            {
                var (zkr, zki, zmr, zmi) = (outRe[a + q], outIm[a + q], outRe[b + q], outIm[b + q]);
                var (er, ei) = (0.5 * (zkr + zmr), 0.5 * (zki - zmi));
                var (or, oi) = (0.5 * (zki + zmi), -0.5 * (zkr - zmr));
                var (tr, ti) = (wr[k] * or - wi[k] * oi, wr[k] * oi + wi[k] * or);
                (outRe[a + q], outIm[a + q]) = (er + tr, ei + ti);
                (outRe[b + q], outIm[b + q]) = (er - tr, -(ei - ti));
            }
        }
    }

    /// <summary>
    /// n·x from X_k (k ≤ n/2) of real signals: the inverse of <see cref="Forward"/> without the 1/n, written to
    /// <paramref name="x"/> (n·B). X_0 and X_{n/2} of a real signal are real, and only their real parts are read (as
    /// NumPy's irfft, whose pocketfft c2r reads those two terms' real parts only): the imaginary parts that the complex
    /// passes along other axes leave there are rounding, not signal. The spectrum arrays are overwritten; the work holds n/2·B.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void InverseUnscaled(double[] re, double[] im, int n, int batch, double[] x, double[] workRe, double[] workIm)
    {
        var h = n / 2;
        var (wr, wi) = TwiddlesOf(n);
        for (var q = 0; q < batch; q++)
        {
            // Z_0 = (X_0 + X_h) + i (X_0 − X_h) from the real parts only.
            var (x0r, xhr) = (re[q], re[q + batch * h]);
            (re[q], im[q]) = (x0r + xhr, x0r - xhr);
        }
        for (var k = 1; k < wr.Length; k++)
        {
            var (a, b) = (batch * k, batch * (h - k));
            for (var q = 0; q < batch; q++)
            {
                var (xkr, xki, xmr, xmi) = (re[a + q], im[a + q], re[b + q], im[b + q]);
                var (sr, si, dr, di) = (xkr + xmr, xki - xmi, xkr - xmr, xki + xmi);
                // t = i · conj(w^k) · D
                var (cr, ci) = (wr[k] * dr + wi[k] * di, wr[k] * di - wi[k] * dr);
                var (tr, ti) = (-ci, cr);
                (re[a + q], im[a + q]) = (sr + tr, si + ti);
                (re[b + q], im[b + q]) = (sr - tr, -(si - ti));
            }
        }
        FftPlan.Of(h).InverseUnscaled(re, im, batch, workRe, workIm);
        if (batch == 1)
            for (var j = 0; j < h; j++) (x[2 * j], x[2 * j + 1]) = (re[j], im[j]);
        else
            for (var j = 0; j < h; j++)
            {
                Array.Copy(re, batch * j, x, batch * 2 * j, batch);
                Array.Copy(im, batch * j, x, batch * (2 * j + 1), batch);
            }
    }
}
