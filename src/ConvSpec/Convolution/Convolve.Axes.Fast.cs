using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Fourier;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Convolution;

public static partial class Convolve
{
    public static partial class Fast
    {
        /// <summary>
        /// Twin of <see cref="Spec.AlongAxes{T}"/> (<c>scipy.signal.fftconvolve</c>): by FFT for double, float
        /// (computed in double) and Complex (<see cref="FftConvolution"/>, O(N log N), error
        /// <see cref="Bounds.ErrorBound.FftConvolution(double, double, double, double, double, double, bool)"/>); by the exact direct sum for other element types.
        /// </summary>
        public static NdArray<T> AlongAxes<T>(NdArray<T> in1, NdArray<T> in2, ConvolutionMode mode, IReadOnlyList<int>? axes)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T> =>
            AlongAxes(in1, in2, mode, axes, Method.Fft);

        /// <summary>
        /// <see cref="AlongAxes{T}(NdArray{T}, NdArray{T}, ConvolutionMode, IReadOnlyList{int}?)"/> by a chosen method:
        /// direct, fft, or auto (direct, FFT or overlap-add by <see cref="CostModel"/>).
        /// </summary>
        public static NdArray<T> AlongAxes<T>(NdArray<T> in1, NdArray<T> in2, ConvolutionMode mode, IReadOnlyList<int>? axes, Method method)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T> =>
            Axes(in1, in2, mode, axes, method, overlapAdd: false);

        /// <summary>
        /// <c>scipy.signal.oaconvolve</c>: the semantics of <see cref="Spec.AlongAxes{T}"/> by overlap-add
        /// (<see cref="Fourier.OverlapAdd"/>) for double and float when every axis is convolved; by FFT for the
        /// other real or complex cases and the exact direct sum for integer types.
        /// </summary>
        public static NdArray<T> OverlapAdd<T>(NdArray<T> in1, NdArray<T> in2, ConvolutionMode mode, IReadOnlyList<int>? axes)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T> =>
            Axes(in1, in2, mode, axes, Method.Fft, overlapAdd: true);

        /// <summary>The operation an integer overflow along axes names, as <see cref="Spec.AlongAxes{T}"/> does.</summary>
        private const string Operation = "fftconvolve";

        private static NdArray<T> Axes<T>(NdArray<T> in1, NdArray<T> in2, ConvolutionMode mode, IReadOnlyList<int>? axes, Method method, bool overlapAdd)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Preconditions.NotNull(in1, nameof(in1));
            Preconditions.NotNull(in2, nameof(in2));
            Preconditions.Defined(mode, nameof(mode));
            Preconditions.Defined(method, nameof(method));
            Preconditions.Require(method != Method.Spec, nameof(method), "spec is computed by Convolve.Spec, not Convolve.Fast");
            Preconditions.SameRank(in1.Rank, in2.Rank, nameof(in1), nameof(in2));
            Preconditions.NotEmpty(in1.Shape, nameof(in1));
            Preconditions.NotEmpty(in2.Shape, nameof(in2));
            var convolved = AxesRule.Convolved(in1.Shape, in2.Shape, axes);
            if (mode == ConvolutionMode.Valid)
            {
                OutputSize.CheckInputs(mode, convolved.Select(a => in1.Shape[a]).ToArray(), convolved.Select(a => in2.Shape[a]).ToArray());
                if (convolved.Any(a => in2.Shape[a] > in1.Shape[a])) (in1, in2) = (in2, in1);
            }
            var (d1, d2) = (in1.Shape.ToArray(), in2.Shape.ToArray());
            var shape = Enumerable.Range(0, in1.Rank).Select(d => mode switch
            {
                ConvolutionMode.Full => convolved.Contains(d) ? d1[d] + d2[d] - 1 : Math.Max(d1[d], d2[d]),
                ConvolutionMode.Same => d1[d],
                _ => convolved.Contains(d) ? d1[d] - d2[d] + 1 : Math.Max(d1[d], d2[d]),
            }).ToArray();
            IndexSpace.ElementCount(shape, "output");
            // Types without an FFT always sum directly. overlapAdd comes only with Method.Fft (OverlapAdd above), so a
            // direct choice never has it.
            var choice = !CostModel.HasFft<T>() ? Method.Direct : method == Method.Auto ? CostModel.Choose(d1, d2, mode) : method;
            if (choice == Method.Direct && convolved.Length == in1.Rank) return OverflowGuard.Run(Operation, () => Direct(in1, in2, mode));
            // Direct sums, and a product that only broadcasts (no axis to transform), compute the mode's outputs alone.
            if (choice == Method.Direct || convolved.Length == 0) return DirectAlongAxes(in1, in2, convolved, shape);
            var (full, fullDims) = FullAlongAxes(in1, in2, convolved, overlapAdd || choice == CostModel.OverlapAddChoice);
            if (shape.SequenceEqual(fullDims)) return new NdArray<T>(shape, full);
            var maps = shape.Select((o, d) => Slab.Shifted(Crop.CentredStart(fullDims[d], o), o, fullDims[d])).ToArray();
            return new NdArray<T>(shape, Slab.Gather(full, fullDims, maps, T.AdditiveIdentity));
        }

        private static (T[] Data, int[] Dims) FullAlongAxes<T>(NdArray<T> in1, NdArray<T> in2, int[] axes, bool overlapAdd)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            var (d1, d2) = (in1.Shape.ToArray(), in2.Shape.ToArray());
            if (typeof(T) == typeof(System.Numerics.Complex))
            {
                var (a, b) = ((Complex[])(object)in1.Data, (Complex[])(object)in2.Data);
                var (re, im) = FftConvolution.Complex(Array.ConvertAll(a, z => z.Real), Array.ConvertAll(a, z => z.Imaginary), d1,
                    Array.ConvertAll(b, z => z.Real), Array.ConvertAll(b, z => z.Imaginary), d2, axes, out var cd);
                return ((T[])(object)re.Select((x, i) => new Complex(x, im[i])).ToArray(), cd);
            }
            var (x1, x2) = (AsDoubles(in1.Data), AsDoubles(in2.Data));
            double[] full;
            int[] dims;
            if (axes.Length == d1.Length && Typed.Covers(d1, d2))
            {
                // Every axis convolved: the pooled block pipeline, one block of the full padded size for FFT, the
                // cost-optimal blocks for overlap-add.
                var lengths = overlapAdd ? Fourier.OverlapAdd.BlockDims(d1, d2) : FftConvolution.RealPaddedDims(d1, d2, axes);
                full = Fourier.OverlapAdd.Real(x1, d1, x2, d2, lengths);
                dims = FullDims(d1, d2, axes);
            }
            else full = FftConvolution.Real(x1, d1, x2, d2, axes, out dims);
            return (typeof(T) == typeof(float) ? (T[])(object)Array.ConvertAll(full, v => (float)v) : (T[])(object)full, dims);
        }

        private static int[] FullDims(int[] d1, int[] d2, int[] axes) =>
            d1.Select((m, d) => axes.Contains(d) ? m + d2[d] - 1 : Math.Max(m, d2[d])).ToArray();

        private static double[] AsDoubles<T>(T[] x) =>
            typeof(T) == typeof(float) ? Array.ConvertAll((float[])(object)x, v => (double)v) : (double[])(object)x;
    }
}
