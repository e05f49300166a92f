using System.Numerics;
using ConvSpec.Bounds;
using ConvSpec.Fourier;

namespace ConvSpec.Circulant;

/// <summary>
/// The forward error bound of <see cref="CircularConvolve.Fast"/>'s FFT path, c = F⁻¹(F a ⊙ F b) over the tensor's
/// own shape (circular convolution needs no padding; N = Π_d n_d). The transforms are complex FFTs with relative
/// 2-norm error E = Π_d (1 + ε_{n_d}) − 1 (<see cref="DftFastErrorBound.Relative"/>), so the convolution-theorem
/// bound β of <see cref="ErrorBound.FftConvolution(double, double, double, double, double, double, bool)"/> (complex
/// transforms, ρ = 1) holds for the unscaled inverse; the final division by N rounds each component once more,
/// adding u‖ĉ‖₂ ≤ u(‖c‖₂ + β) with ‖c‖₂ ≤ ‖a‖₂‖b‖₁ (Young's inequality). Hence
/// ‖ĉ − c‖_∞ ≤ ‖ĉ − c‖₂ ≤ β + u(‖a‖₂‖b‖₁ + β). When this is below ½ and the exact result is an integer, rounding ĉ to
/// the nearest integer gives it exactly (<see cref="RoundsExactly"/>).
/// </summary>
public static class CircularConvolveErrorBound
{
    /// <summary>The bound on ‖ĉ − c‖₂ from the norms of the two factors and the shape transformed.</summary>
    public static double Fft(double a2, double a1, double b2, double b1, IReadOnlyList<int> shape)
    {
        var eps = DftFastErrorBound.Relative(shape, inverse: false);
        var size = shape.Aggregate(1.0, (p, n) => p * n);
        var beta = ErrorBound.FftConvolution(a2, a1, b2, b1, eps, size, complex: true);
        return (beta + ErrorBound.UnitRoundoff * (a2 * b1 + beta)) * (1 + 4 * ErrorBound.UnitRoundoff);
    }

    /// <summary>The bound for real factors <paramref name="a"/>, <paramref name="b"/> of shape <paramref name="shape"/>.</summary>
    public static double Fft(double[] a, double[] b, IReadOnlyList<int> shape) =>
        Fft(ErrorBound.Norm2(a), ErrorBound.Norm1(a), ErrorBound.Norm2(b), ErrorBound.Norm1(b), shape);

    /// <summary>The bound for complex factors, through their magnitudes.</summary>
    public static double Fft(Complex[] a, Complex[] b, IReadOnlyList<int> shape) =>
        Fft(Array.ConvertAll(a, z => z.Magnitude), Array.ConvertAll(b, z => z.Magnitude), shape);

    /// <summary>True when a bound on |ĉ − c| lets rounding to the nearest integer recover an integer c exactly (bound &lt; ½).</summary>
    public static bool RoundsExactly(double bound) => bound < 0.5;
}
