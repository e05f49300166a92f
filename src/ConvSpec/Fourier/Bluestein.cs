using System.Buffers;

namespace ConvSpec.Fourier;

/// <summary>
/// Bluestein's chirp-z DFT for any n: with w_j = e^{−πi j²/n} and jk = (j² + k² − (k−j)²)/2,
/// X_k = w_k Σ_j (x_j w_j) conj(w_{k−j}), a circular convolution of length M ≥ 2n − 1 (M 2/3/5-smooth)
/// computed by three smooth FFTs (the chirp's transform is precomputed). Cost O(M log M).
/// </summary>
internal sealed class Bluestein
{
    private readonly int n, size;
    private readonly double[] chirpRe, chirpIm, kernelRe, kernelIm;

    public Bluestein(int n)
    {
        this.n = n;
        size = FastLength.Smooth(2 * n - 1);
        (chirpRe, chirpIm) = (new double[n], new double[n]);
        for (var j = 0; j < n; j++)
        {
            var j2 = (long)j * j % (2L * n);
            (chirpRe[j], chirpIm[j]) = FftPlan.Root(j2, 2L * n);
        }
        (kernelRe, kernelIm) = (new double[size], new double[size]);
        for (var j = 0; j < n; j++)
        {
            (kernelRe[j], kernelIm[j]) = (chirpRe[j] / size, -chirpIm[j] / size);
            if (j > 0) (kernelRe[size - j], kernelIm[size - j]) = (kernelRe[j], kernelIm[j]);
        }
        FftPlan.Of(size).Forward(kernelRe, kernelIm);
    }

    /// <summary>M: the smallest 2/3/5-smooth length ≥ 2n − 1 (the length <see cref="Bounds.ErrorBound.FftRelative"/> assumes).</summary>
    public int ConvolutionLength => size;

    /// <summary>The forward DFT of each transform of a batch stored as [q + B·j], in place.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Forward(double[] re, double[] im, int batch)
    {
        var plan = FftPlan.Of(size);
        var pool = ArrayPool<double>.Shared;
        var (ar, ai, wr, wi) = (pool.Rent(size), pool.Rent(size), pool.Rent(size), pool.Rent(size));
        for (var q = 0; q < batch; q++)
        {
            for (var j = 0; j < n; j++)
            {
                var (xr, xi) = (re[q + batch * j], im[q + batch * j]);
                ar[j] = xr * chirpRe[j] - xi * chirpIm[j];
                ai[j] = xr * chirpIm[j] + xi * chirpRe[j];
            }
            Array.Clear(ar, n, size - n);
            Array.Clear(ai, n, size - n);
            plan.Forward(ar, ai, 1, wr, wi);
            for (var k = 0; k < size; k++)
            {
                var (xr, xi) = (ar[k], ai[k]);
                ar[k] = xr * kernelRe[k] - xi * kernelIm[k];
                ai[k] = xr * kernelIm[k] + xi * kernelRe[k];
            }
            plan.InverseUnscaled(ar, ai, 1, wr, wi);
            for (var k = 0; k < n; k++)
            {
                re[q + batch * k] = ar[k] * chirpRe[k] - ai[k] * chirpIm[k];
                im[q + batch * k] = ar[k] * chirpIm[k] + ai[k] * chirpRe[k];
            }
        }
        // Stryker disable once Statement : returning only lets a later Rent reuse the arrays, and every renter writes each element it reads first
        foreach (var b in new[] { ar, ai, wr, wi }) pool.Return(b);
    }
}
