using System.Numerics;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Convolution;

public static partial class Convolve
{
    /// <summary>
    /// Optimized twins of <see cref="Spec"/>, same signatures. Direct summation, vectorised and register-blocked
    /// (<see cref="DirectCorrelation"/>), computing only the outputs of the mode: O(|out| · |kernel|). Error:
    /// |ĉ − c| ≤ γ_n (|in1| ∗ |in2|) elementwise, n the number of kernel elements (<see cref="Bounds.ErrorBound.DirectSum"/>);
    /// exact on integer types (checked: overflow throws) and on doubles whose products and partial sums are exact.
    /// The overloads with a <see cref="Method"/> add FFT and overlap-add paths and <c>auto</c>, which picks by cost.
    /// </summary>
    public static partial class Fast
    {
        /// <summary>1-D full convolution, c_k = Σ_i a_i b_{k−i}.</summary>
        public static T[] Full<T>(T[] a, T[] b)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Preconditions.NotNull(a, nameof(a));
            Preconditions.NotNull(b, nameof(b));
            Preconditions.Require(a.Length > 0, nameof(a), "must not be empty");
            Preconditions.Require(b.Length > 0, nameof(b), "must not be empty");
            return Direct(new NdArray<T>([a.Length], a), new NdArray<T>([b.Length], b), ConvolutionMode.Full).Data;
        }

        /// <summary>1-D convolution cropped to <paramref name="mode"/>, as <c>scipy.signal.convolve</c>.</summary>
        public static T[] Apply<T>(T[] in1, T[] in2, ConvolutionMode mode)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Preconditions.NotNull(in1, nameof(in1));
            Preconditions.NotNull(in2, nameof(in2));
            return Direct(new NdArray<T>([in1.Length], in1), new NdArray<T>([in2.Length], in2), mode).Data;
        }

        /// <summary>N-D full convolution.</summary>
        public static NdArray<T> Full<T>(NdArray<T> a, NdArray<T> b)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Preconditions.NotNull(a, nameof(a));
            Preconditions.NotNull(b, nameof(b));
            return Direct(a, b, ConvolutionMode.Full);
        }

        /// <summary>N-D convolution cropped to <paramref name="mode"/>, as <c>scipy.signal.convolve</c>.</summary>
        public static NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2, ConvolutionMode mode)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Preconditions.NotNull(in1, nameof(in1));
            Preconditions.NotNull(in2, nameof(in2));
            return Direct(in1, in2, mode);
        }

        /// <summary>
        /// <c>scipy.signal.convolve(in1, in2, mode, method)</c>: direct, FFT (<see cref="AlongAxes{T}(NdArray{T}, NdArray{T}, ConvolutionMode, IReadOnlyList{int}?, Method)"/>
        /// over every axis) or auto (the cheaper by <see cref="CostModel"/>, including overlap-add). Integer
        /// element types always run the exact direct sum. <see cref="Method.Spec"/> belongs to <see cref="Spec"/>.
        /// </summary>
        public static NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2, ConvolutionMode mode, Method method)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Preconditions.NotNull(in1, nameof(in1));
            Preconditions.NotNull(in2, nameof(in2));
            Preconditions.Defined(method, nameof(method));
            Preconditions.Require(method != Method.Spec, nameof(method), "spec is computed by Convolve.Spec, not Convolve.Fast");
            OutputSize.Of(mode, in1.Shape, in2.Shape);
            if (method == Method.Direct || !CostModel.HasFft<T>() || in1.Rank == 0) return Direct(in1, in2, mode);
            if (method == Method.Auto && CostModel.Choose(in1.Shape.ToArray(), in2.Shape.ToArray(), mode) == Method.Direct)
                return Direct(in1, in2, mode);
            return AlongAxes(in1, in2, mode, null, method);
        }

        /// <summary>1-D <see cref="Apply{T}(NdArray{T}, NdArray{T}, ConvolutionMode, Method)"/>.</summary>
        public static T[] Apply<T>(T[] in1, T[] in2, ConvolutionMode mode, Method method)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Preconditions.NotNull(in1, nameof(in1));
            Preconditions.NotNull(in2, nameof(in2));
            return Apply(new NdArray<T>([in1.Length], in1), new NdArray<T>([in2.Length], in2), mode, method).Data;
        }

        /// <summary>
        /// out[k] = full[k + s] = Σ_t X̃[k + s + t] · flip(h)[t] with X̃ the input x zero-padded by κ − 1 before,
        /// s the centred crop start, and (x, h) = (in1, in2) or, when in2 covers in1, (in2, in1) (convolution commutes).
        /// </summary>
        internal static NdArray<T> Direct<T>(NdArray<T> in1, NdArray<T> in2, ConvolutionMode mode)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            var shape = OutputSize.Of(mode, in1.Shape, in2.Shape);
            var full = OutputSize.Full(in1.Shape, in2.Shape);
            var (x, h) = !Typed.Covers(in1.Shape, in2.Shape) && Typed.Covers(in2.Shape, in1.Shape) ? (in2, in1) : (in1, in2);
            var (xd, kd, od, fd) = (Typed.AtLeast1D(x.Shape), Typed.AtLeast1D(h.Shape), Typed.AtLeast1D(shape), Typed.AtLeast1D(full));
            var maps = od.Select((o, d) => Slab.Shifted(Crop.CentredStart(fd[d], o) - (kd[d] - 1), o + kd[d] - 1, xd[d])).ToArray();
            var data = Typed.Correlate(x.Data, xd, maps, T.AdditiveIdentity, Typed.Flipped(h.Data), kd, od, "convolve");
            return new NdArray<T>(shape, data);
        }
    }
}
