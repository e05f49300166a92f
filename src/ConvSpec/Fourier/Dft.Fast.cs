using System.Numerics;
using ConvSpec.Bounds;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Fourier;

public static partial class Dft
{
    /// <summary>
    /// Optimized twins of <see cref="Spec"/>, same signatures: the fast Fourier transform (<see cref="Fft"/>: mixed
    /// radix 4/2/3/5 for 2/3/5-smooth lengths, Bluestein's chirp-z for the rest), one axis at a time in the order
    /// the axes are given, so repeated axes and NumPy's per-axis 1/n of the inverse are those of the spec.
    /// Cost O(N Σ_a log n_a) for N elements. Forward error, normwise over the whole result:
    /// ‖X̂ − X‖₂ ≤ ε ‖X‖₂ = ε √(Π_a n_a) ‖x‖₂ with ε = Π_a (1 + ε_{n_a}) − 1 (forward) or
    /// Π_a (1 + ε_{n_a})(1 + u) − 1 (inverse: the division by n_a rounds once more), ε_n of
    /// <see cref="ErrorBound.FftRelative"/>; computed by <see cref="DftFastErrorBound.Forward"/> and
    /// <see cref="DftFastErrorBound.Inverse"/>. Each element's error is at most this 2-norm bound.
    /// </summary>
    public static partial class Fast
    {
        /// <summary>The forward DFT of a vector.</summary>
        public static Complex[] Forward(Complex[] x) => Forward(Vector(x, nameof(x)), null).Data;

        /// <summary>The inverse DFT of a vector, as <c>numpy.fft.ifft</c>.</summary>
        public static Complex[] Inverse(Complex[] x) => Inverse(Vector(x, nameof(x)), null).Data;

        /// <summary>The forward DFT along <paramref name="axes"/> (null: every axis), as <c>numpy.fft.fftn(x, axes=axes)</c>.</summary>
        public static NdArray<Complex> Forward(NdArray<Complex> x, IReadOnlyList<int>? axes = null) => ByAxes(x, axes, inverse: false);

        /// <summary>The inverse DFT along <paramref name="axes"/> (null: every axis), as <c>numpy.fft.ifftn(x, axes=axes)</c>.</summary>
        public static NdArray<Complex> Inverse(NdArray<Complex> x, IReadOnlyList<int>? axes = null) => ByAxes(x, axes, inverse: true);

        /// <summary>
        /// One FFT pass per listed axis (an axis of extent 1 is left as it is: the DFT of length 1 is the identity);
        /// an empty tensor or an empty axis list is copied.
        /// </summary>
        private static NdArray<Complex> ByAxes(NdArray<Complex> x, IReadOnlyList<int>? axes, bool inverse)
        {
            Preconditions.NotNull(x, nameof(x));
            var list = DftAxes.Normalise(x.Shape, axes);
            var result = new NdArray<Complex>(x.Shape.ToArray(), (Complex[])x.Data.Clone());
            if (result.Data.Length == 0) return result;
            foreach (var axis in list)
                result = inverse ? Fft.Inverse(result, [axis]) : Fft.Forward(result, [axis]);
            return result;
        }

        private static NdArray<Complex> Vector(Complex[] x, string name)
        {
            Preconditions.NotNull(x, name);
            return new NdArray<Complex>([x.Length], x);
        }
    }
}
