using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Circulant;

public static partial class CircularConvolve
{
    /// <summary>
    /// Optimized twins of <see cref="Spec"/>, same signatures. By element type:
    /// <list type="bullet">
    /// <item>double, float, Complex: the convolution theorem over the tensor's own shape, c = F⁻¹(F a ⊙ F b) with
    /// complex FFTs (<see cref="Fourier.Fft"/>), O(N log N) for N elements; ‖ĉ − c‖₂ ≤
    /// <see cref="CircularConvolveErrorBound.Fft(double[], double[], IReadOnlyList{int})"/> (float results, computed
    /// in double, add one rounding to float, u_f |ĉ_k|).</item>
    /// <item>long, int, Int128 with Σ|a|·Σ|b| &lt; 2^53 (2^31 for int; so every value is exact in double and no partial
    /// sum of the definition overflows): the same FFT rounded to the nearest integer, exact when the bound is below ½
    /// (<see cref="CircularConvolveErrorBound.RoundsExactly"/>); N ≥ <see cref="FftThreshold"/>.</item>
    /// <item>otherwise (and every other element type: Dyadic, decimal, ...): the direct cyclic sum with flat index
    /// arithmetic, O(N²), summed in the spec's order (row-major i) with checked arithmetic, so it is exact and
    /// overflows exactly where the spec does.</item>
    /// </list>
    /// </summary>
    public static partial class Fast
    {
        /// <summary>The element count from which integer inputs try the exactly-rounded FFT instead of the O(N²) sum.</summary>
        public const int FftThreshold = 64;

        /// <summary>1-D circular convolution of two vectors of one length.</summary>
        public static T[] Apply<T>(T[] in1, T[] in2)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Preconditions.NotNull(in1, nameof(in1));
            Preconditions.NotNull(in2, nameof(in2));
            return Apply(new NdArray<T>([in1.Length], in1), new NdArray<T>([in2.Length], in2)).Data;
        }

        /// <summary>N-D circular convolution of two tensors of one shape.</summary>
        public static NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Spec.CheckShapes(in1, in2);
            if (typeof(T) == typeof(double) || typeof(T) == typeof(float) || typeof(T) == typeof(Complex))
                return CircularFft.Floating(in1, in2);
            // Stryker disable once Equality : N only picks which of two exact methods runs: for every shape TryExactInteger answers only where the spec does not overflow, with the spec's values (mutation/equivalents.md)
            if (in1.Data.Length >= FftThreshold && CircularFft.TryExactInteger(in1, in2) is { } exact)
                return exact;
            return OverflowGuard.Run("circular_convolve", () => CircularDirect.Apply(in1, in2));
        }
    }
}
