using System.Numerics;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Fourier;

/// <summary>
/// The fast Fourier transform: X_k = Σ_{j=0}^{n−1} x_j e^{−2πi jk/n} (forward) and x_j = (1/n) Σ_k X_k e^{+2πi jk/n}
/// (inverse), the conventions of <c>numpy.fft</c>. Mixed radix (4, 2, 3, 5; Stockham, vectorised over batches)
/// for 2/3/5-smooth n, Bluestein's chirp-z for the rest: O(n log n) for every n. N-D by axes.
/// Forward error (Higham, Accuracy and Stability, Thm 24.2, generalised per stage in
/// <see cref="Bounds.ErrorBound.FftRelative"/>): ‖X̂ − X‖₂ ≤ ε_n ‖X‖₂.
/// </summary>
public static class Fft
{
    /// <summary>The forward DFT of <paramref name="x"/> (any length ≥ 1).</summary>
    public static Complex[] Forward(Complex[] x) => Transform(x, inverse: false);

    /// <summary>The inverse DFT of <paramref name="x"/>, with the 1/n.</summary>
    public static Complex[] Inverse(Complex[] x) => Transform(x, inverse: true);

    /// <summary>X_k for k = 0..⌊n/2⌋ of real <paramref name="x"/> (numpy's <c>rfft</c>).</summary>
    public static Complex[] RealForward(double[] x)
    {
        Preconditions.NotNull(x, nameof(x));
        Preconditions.Require(x.Length > 0, nameof(x), "must not be empty");
        var (n, h) = (x.Length, x.Length / 2);
        if (n % 2 != 0) return Forward(Array.ConvertAll(x, v => new Complex(v, 0)))[..(h + 1)];
        // Even n: one complex FFT of length h (RealFft), whose X_0 and X_h come out exactly real.
        var (re, im) = (new double[h + 1], new double[h + 1]);
        var (wr, wi) = (new double[h], new double[h]);
        RealFft.Forward((double[])x.Clone(), n, 1, re, im, wr, wi);
        return Enumerable.Range(0, h + 1).Select(k => new Complex(re[k], im[k])).ToArray();
    }

    /// <summary>The forward DFT over <paramref name="axes"/> (all when null) of an N-D array.</summary>
    public static NdArray<Complex> Forward(NdArray<Complex> x, IReadOnlyList<int>? axes = null) => Transform(x, axes, inverse: false);

    /// <summary>The inverse DFT (with 1/Π n_d) over <paramref name="axes"/> (all when null) of an N-D array.</summary>
    public static NdArray<Complex> Inverse(NdArray<Complex> x, IReadOnlyList<int>? axes = null) => Transform(x, axes, inverse: true);

    /// <summary>The vector as a rank-1 array: its emptiness is refused there, as every zero extent is.</summary>
    private static Complex[] Transform(Complex[] x, bool inverse)
    {
        Preconditions.NotNull(x, nameof(x));
        return Transform(new NdArray<Complex>([x.Length], x), null, inverse).Data;
    }

    private static NdArray<Complex> Transform(NdArray<Complex> x, IReadOnlyList<int>? axes, bool inverse)
    {
        Preconditions.NotNull(x, nameof(x));
        var dims = x.Shape.ToArray();
        Preconditions.NotEmpty(dims, nameof(x));
        var list = axes?.Select(a => a >= -dims.Length && a < dims.Length ? (a + dims.Length) % dims.Length
            : throw new ArgumentOutOfRangeException(nameof(axes), a, $"axes: axis {a} is out of range for rank {dims.Length}")).ToArray()
            ?? Enumerable.Range(0, dims.Length).ToArray();
        Preconditions.Require(list.Distinct().Count() == list.Length, nameof(axes), "must be unique");
        var (re, im) = (Array.ConvertAll(x.Data, z => z.Real), Array.ConvertAll(x.Data, z => z.Imaginary));
        var scale = 1.0;
        foreach (var a in list)
        {
            AxisTransform.Complex(re, im, dims, a, inverse);
            scale *= dims[a];
        }
        var data = new Complex[re.Length];
        for (var i = 0; i < data.Length; i++)
            data[i] = inverse ? new Complex(re[i] / scale, im[i] / scale) : new Complex(re[i], im[i]);
        return new NdArray<Complex>(dims, data);
    }
}
