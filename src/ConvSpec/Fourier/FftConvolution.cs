using ConvSpec.Convolution;

namespace ConvSpec.Fourier;

/// <summary>
/// Full convolution over chosen axes by the convolution theorem: pad both inputs to fast lengths L_d ≥ m_d + n_d − 1
/// on the convolved axes (broadcasting the others), transform (real-input FFT on the last convolved axis, complex on
/// the rest), multiply, transform back, keep m_d + n_d − 1. Cost O(N log N), N = Π L_d. Normwise error bound:
/// <see cref="Bounds.ErrorBound.FftConvolution(double, double, double, double, double, double, bool)"/>.
/// </summary>
internal static class FftConvolution
{
    /// <summary>
    /// The padded transform lengths of the complex convolution: the smallest 2/3/5-smooth L_d ≥ m_d + n_d − 1 on the
    /// convolved axes, the broadcast extent max(m_d, n_d) on the others.
    /// </summary>
    public static int[] PaddedDims(int[] dims1, int[] dims2, int[] axes)
    {
        var dims = new int[dims1.Length];
        for (var d = 0; d < dims.Length; d++)
            dims[d] = axes.Contains(d) ? FastLength.Smooth(dims1[d] + dims2[d] - 1) : Math.Max(dims1[d], dims2[d]);
        return dims;
    }

    /// <summary>
    /// The padded lengths of the real convolution: those of <see cref="PaddedDims"/>, but the smallest even 2/3/5-smooth
    /// length on the last convolved axis (the real FFT halves it).
    /// </summary>
    public static int[] RealPaddedDims(int[] dims1, int[] dims2, int[] axes)
    {
        var dims = PaddedDims(dims1, dims2, axes);
        foreach (var last in axes.TakeLast(1)) dims[last] = FastLength.SmoothEven(dims1[last] + dims2[last] - 1);
        return dims;
    }

    private static int[][] EmbedMaps(int[] src, int[] padded, int[] axes) =>
        src.Select((e, d) => axes.Contains(d) ? Slab.Shifted(0, padded[d], e) : Slab.Broadcast(padded[d], e)).ToArray();

    /// <summary>The full real convolution over <paramref name="axes"/> (sorted, non-empty), extent m + n − 1 there and the broadcast extent elsewhere.</summary>
    public static double[] Real(double[] a, int[] dimsA, double[] b, int[] dimsB, int[] axes, out int[] fullDims)
    {
        var padded = RealPaddedDims(dimsA, dimsB, axes);
        var embedded = Slab.Gather(a, dimsA, EmbedMaps(dimsA, padded, axes), 0.0);
        var (xr, xi, cdims) = RealSpectrum(embedded, padded, axes);
        var (yr, yi, _) = RealSpectrum(Slab.Gather(b, dimsB, EmbedMaps(dimsB, padded, axes), 0.0), padded, axes);
        var scale = 1.0;
        foreach (var d in axes) scale *= padded[d];
        Spectra.MultiplyScaled(xr, xi, yr, yi, 1.0 / scale);
        var ra = axes[^1];
        foreach (var d in axes)
            if (d != ra) AxisTransform.Complex(xr, xi, cdims, d, inverse: true);
        var x = new double[embedded.Length]; // Π_d L_d, counted (checked) by the gather
        AxisTransform.RealInverse(xr, xi, cdims, ra, padded[ra], x);
        fullDims = dimsA.Select((e, d) => axes.Contains(d) ? e + dimsB[d] - 1 : padded[d]).ToArray();
        return Slab.Gather(x, padded, fullDims.Select(n => Slab.Shifted(0, n, n)).ToArray(), 0.0);
    }

    /// <summary>The spectrum of a real padded array over <paramref name="axes"/>: real FFT on the last, complex on the rest.</summary>
    public static (double[] Re, double[] Im, int[] Dims) RealSpectrum(double[] x, int[] padded, int[] axes)
    {
        var ra = axes[^1];
        var cdims = (int[])padded.Clone();
        cdims[ra] = padded[ra] / 2 + 1;
        // Stryker disable once Checked : both callers pass x gathered over padded (Slab.Gather counts Π padded checked), and Π cdims ≤ Π padded since L/2 + 1 ≤ L for L ≥ 2
        var count = cdims.Aggregate(1, (p, e) => checked(p * e));
        var (re, im) = (new double[count], new double[count]);
        RealSpectrumInto(x, padded, axes, re, im);
        return (re, im, cdims);
    }

    /// <summary><see cref="RealSpectrum"/> into zeroed arrays <paramref name="re"/>, <paramref name="im"/> of the spectrum's size or more.</summary>
    public static int[] RealSpectrumInto(double[] x, int[] padded, int[] axes, double[] re, double[] im)
    {
        var ra = axes[^1];
        var cdims = (int[])padded.Clone();
        cdims[ra] = padded[ra] / 2 + 1;
        AxisTransform.RealForward(x, padded, ra, re, im);
        foreach (var d in axes)
            if (d != ra) AxisTransform.Complex(re, im, cdims, d, inverse: false);
        return cdims;
    }

    /// <summary>The full complex convolution over <paramref name="axes"/>, as <see cref="Real"/>.</summary>
    public static (double[] Re, double[] Im) Complex(double[] ar, double[] ai, int[] dimsA, double[] br, double[] bi, int[] dimsB, int[] axes, out int[] fullDims)
    {
        var padded = PaddedDims(dimsA, dimsB, axes);
        var (mapsA, mapsB) = (EmbedMaps(dimsA, padded, axes), EmbedMaps(dimsB, padded, axes));
        var (xr, xi) = (Slab.Gather(ar, dimsA, mapsA, 0.0), Slab.Gather(ai, dimsA, mapsA, 0.0));
        var (yr, yi) = (Slab.Gather(br, dimsB, mapsB, 0.0), Slab.Gather(bi, dimsB, mapsB, 0.0));
        var scale = 1.0;
        foreach (var d in axes)
        {
            AxisTransform.Complex(xr, xi, padded, d, inverse: false);
            AxisTransform.Complex(yr, yi, padded, d, inverse: false);
            scale *= padded[d];
        }
        Spectra.MultiplyScaled(xr, xi, yr, yi, 1.0 / scale);
        foreach (var d in axes) AxisTransform.Complex(xr, xi, padded, d, inverse: true);
        fullDims = dimsA.Select((e, d) => axes.Contains(d) ? e + dimsB[d] - 1 : padded[d]).ToArray();
        var maps = fullDims.Select(n => Slab.Shifted(0, n, n)).ToArray();
        return (Slab.Gather(xr, padded, maps, 0.0), Slab.Gather(xi, padded, maps, 0.0));
    }
}

/// <summary>Elementwise operations on split complex spectra.</summary>
internal static class Spectra
{
    /// <summary>x ← s · x ⊙ y, elementwise complex products.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void MultiplyScaled(double[] xr, double[] xi, double[] yr, double[] yi, double s)
    {
        void Range(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                var (a, b, c, d) = (xr[i], xi[i], yr[i], yi[i]);
                xr[i] = s * (a * c - b * d);
                xi[i] = s * (a * d + b * c);
            }
        }
        var n = Math.Min(xr.Length, yr.Length);
        // Stryker disable once Logical,Boolean,Equality,Bitwise : one thread or two is a schedule: each product is computed by the same expression, so no bit changes
        if (n < 1 << 16 || AxisTransform.Serial) { Range(0, n); return; }
        Parallel.For(0, 2, h => Range(h * n / 2, (h + 1) * n / 2));
    }
}
