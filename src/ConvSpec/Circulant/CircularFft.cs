using System.Numerics;
using ConvSpec.Fourier;
using ConvSpec.Tensors;

namespace ConvSpec.Circulant;

/// <summary>
/// Circular convolution by the convolution theorem over the tensor's own shape: c = F⁻¹(F a ⊙ F b), complex FFTs
/// along every axis (<see cref="Fft"/>). Error: <see cref="CircularConvolveErrorBound"/>.
/// </summary>
internal static class CircularFft
{
    /// <summary>double, float or Complex elements (the caller has checked T).</summary>
    public static NdArray<T> Floating<T>(NdArray<T> in1, NdArray<T> in2)
    {
        var product = Product(ToComplex(in1), ToComplex(in2), in1.Shape.ToArray());
        object result = typeof(T) == typeof(Complex) ? product
            : typeof(T) == typeof(double) ? product.Map(z => z.Real)
            : product.Map(z => (float)z.Real);
        return (NdArray<T>)result;
    }

    /// <summary>
    /// long, int or Int128 elements: the FFT rounded to the nearest integer when Σ|a|·Σ|b| &lt; 2^53 (2^31 for int) and
    /// its bound is below ½; null otherwise (another element type, sums too large, a bound too wide). The first
    /// condition makes the FFT's inputs exact: with both factors nonzero every |value| ≤ its factor's Σ &lt; 2^53 is a
    /// double (a rounded sum of magnitudes is at least each of them, and a value of magnitude 2^53 or more converts to
    /// one of magnitude 2^53 or more), and with either factor zero the FFT gives zero whatever the other's values
    /// round to. It also bounds every product and partial sum of the definition, so none overflows the element type
    /// and the twins agree on overflow too.
    /// </summary>
    public static NdArray<T>? TryExactInteger<T>(NdArray<T> in1, NdArray<T> in2)
    {
        if (ToDoubles(in1.Data) is not { } a || ToDoubles(in2.Data) is not { } b) return null;
        var shape = in1.Shape.ToArray();
        var (a1, b1) = (a.Sum(Math.Abs), b.Sum(Math.Abs));
        if (a1 * b1 >= Math.ScaleB(1, typeof(T) == typeof(int) ? 31 : 53)) return null;
        if (!CircularConvolveErrorBound.RoundsExactly(CircularConvolveErrorBound.Fft(a, b, shape))) return null;
        var product = Product(Real(a, shape), Real(b, shape), shape);
        var rounded = Array.ConvertAll(product.Data, z => Math.Round(z.Real));
        return new NdArray<T>(shape, FromDoubles<T>(rounded));
    }

    private static NdArray<Complex> Product(NdArray<Complex> a, NdArray<Complex> b, int[] shape)
    {
        if (shape.Length == 0) return new NdArray<Complex>(shape, [a.Data[0] * b.Data[0]]);
        var (fa, fb) = (Fft.Forward(a), Fft.Forward(b));
        var p = fa.Data;
        for (var k = 0; k < p.Length; k++) p[k] *= fb.Data[k];
        return Fft.Inverse(fa);
    }

    private static NdArray<Complex> Real(double[] x, int[] shape) => new(shape, Array.ConvertAll(x, v => new Complex(v, 0)));

    /// <summary>x as Complex; T is Complex, double or float (<see cref="Floating{T}"/>'s caller admits no other).</summary>
    private static NdArray<Complex> ToComplex<T>(NdArray<T> x) => x switch
    {
        NdArray<Complex> c => c,
        NdArray<double> d => d.Map(v => new Complex(v, 0)),
        _ => ((NdArray<float>)(object)x).Map(v => new Complex(v, 0)),
    };

    /// <summary>x rounded to double for an integer T (exact where <see cref="TryExactInteger{T}"/> goes on); null for any other T.</summary>
    private static double[]? ToDoubles<T>(T[] x) => x switch
    {
        long[] l => Array.ConvertAll(l, v => (double)v),
        int[] i => Array.ConvertAll(i, v => (double)v),
        Int128[] w => Array.ConvertAll(w, v => (double)v),
        _ => null,
    };

    private static T[] FromDoubles<T>(double[] x)
    {
        object result = typeof(T) == typeof(long) ? Array.ConvertAll(x, v => (long)v)
            : typeof(T) == typeof(int) ? Array.ConvertAll(x, v => (int)v)
            : Array.ConvertAll(x, v => (Int128)v);
        return (T[])result;
    }
}
