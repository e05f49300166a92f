using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Convolution;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Correlation;

public static partial class Correlate
{
    /// <summary>
    /// Optimized twins of <see cref="Spec"/>: r[k + s] = Σ_n ã[k + s + n] · conj(b[n]) with ã = a zero-padded by N2 − 1,
    /// s the centred crop start, by the vectorised direct kernel. O(|out| · |b|); error γ_n (|a| ⋆ |b|), n = |b|
    /// (<see cref="Bounds.ErrorBound.DirectSum"/>); exact on integer types.
    /// </summary>
    public static partial class Fast
    {
        /// <summary>N-D full cross-correlation.</summary>
        public static NdArray<T> Full<T>(NdArray<T> a, NdArray<T> b)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Preconditions.NotNull(a, nameof(a));
            Preconditions.NotNull(b, nameof(b));
            return Direct(a, b, ConvolutionMode.Full);
        }

        /// <summary>N-D cross-correlation cropped to <paramref name="mode"/>, as <c>scipy.signal.correlate</c>.</summary>
        public static NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2, ConvolutionMode mode)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Preconditions.NotNull(in1, nameof(in1));
            Preconditions.NotNull(in2, nameof(in2));
            return Direct(in1, in2, mode);
        }

        /// <summary>1-D cross-correlation, as <c>scipy.signal.correlate</c> on vectors.</summary>
        public static T[] Apply<T>(T[] in1, T[] in2, ConvolutionMode mode)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Preconditions.NotNull(in1, nameof(in1));
            Preconditions.NotNull(in2, nameof(in2));
            return Direct(new NdArray<T>([in1.Length], in1), new NdArray<T>([in2.Length], in2), mode).Data;
        }

        /// <summary>
        /// <c>scipy.signal.correlate(in1, in2, mode, method)</c>: correlation is convolution with the reversed,
        /// conjugated in2, so the FFT and auto paths are <see cref="Convolve.Fast"/>'s on that kernel (the centred crop of
        /// full is the same window). Integer element types always run the exact direct sum.
        /// </summary>
        public static NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2, ConvolutionMode mode, Method method)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Preconditions.NotNull(in1, nameof(in1));
            Preconditions.NotNull(in2, nameof(in2));
            Preconditions.Defined(method, nameof(method));
            Preconditions.Require(method != Method.Spec, nameof(method), "spec is computed by Correlate.Spec, not Correlate.Fast");
            OutputSize.Of(mode, in1.Shape, in2.Shape);
            if (method == Method.Direct || in1.Rank == 0) return Direct(in1, in2, mode);
            var kernel = new NdArray<T>(in2.Shape.ToArray(), Array.ConvertAll(Typed.Flipped(in2.Data), Conjugation.Of));
            var swapsValid = mode == ConvolutionMode.Valid && !Typed.Covers(in1.Shape, in2.Shape);
            if (swapsValid) return Direct(in1, in2, mode);
            return Convolve.Fast.Apply(in1, kernel, mode, method);
        }

        /// <summary>1-D <see cref="Apply{T}(NdArray{T}, NdArray{T}, ConvolutionMode, Method)"/>.</summary>
        public static T[] Apply<T>(T[] in1, T[] in2, ConvolutionMode mode, Method method)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Preconditions.NotNull(in1, nameof(in1));
            Preconditions.NotNull(in2, nameof(in2));
            return Apply(new NdArray<T>([in1.Length], in1), new NdArray<T>([in2.Length], in2), mode, method).Data;
        }

        private static NdArray<T> Direct<T>(NdArray<T> in1, NdArray<T> in2, ConvolutionMode mode)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            var shape = OutputSize.Of(mode, in1.Shape, in2.Shape);
            var full = OutputSize.Full(in1.Shape, in2.Shape);
            var (ad, kd, od, fd) = (Typed.AtLeast1D(in1.Shape), Typed.AtLeast1D(in2.Shape), Typed.AtLeast1D(shape), Typed.AtLeast1D(full));
            var maps = od.Select((o, d) => Slab.Shifted(Crop.CentredStart(fd[d], o) - (kd[d] - 1), o + kd[d] - 1, ad[d])).ToArray();
            var data = Typed.Correlate(in1.Data, ad, maps, T.AdditiveIdentity, Array.ConvertAll(in2.Data, Conjugation.Of), kd, od, "correlate");
            return new NdArray<T>(shape, data);
        }
    }
}
