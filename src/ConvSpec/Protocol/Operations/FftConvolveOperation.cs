using System.Numerics;
using ConvSpec.Convolution;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.Protocol.Operations;

/// <summary>
/// <c>fftconvolve</c> and <c>oaconvolve</c>: SciPy's FFT and overlap-add convolutions with <c>axes</c>
/// (null, an int or a list). Both have the semantics of <see cref="Convolve.Spec.AlongAxes{T}"/>; they differ
/// only in algorithm. <c>method</c> (an extension; SciPy has none here) = <c>auto</c> (default: FFT for fftconvolve,
/// overlap-add for oaconvolve) | <c>fft</c> (the same) | <c>direct</c> (vectorised direct sums) | <c>spec</c> (the exact spec,
/// correctly rounded). int64 is always exact through the spec; float and complex run the chosen fast twin, within its bound.
/// </summary>
public abstract class AxesConvolveOperation(string name, bool overlapAdd = false) : IEvalOperation
{
    public string Name => name;

    public EvalResult Evaluate(EvalArgs args)
    {
        var (in1, in2) = (args.Tensor("in1"), args.Tensor("in2"));
        var mode = ConvolutionModeNames.Parse(args.Choice("mode", "full", "full", "valid", "same"));
        var axes = ConvArgs.Ints(args.IntegerList("axes", allowScalar: true), "axes");
        var method = MethodText.Parse(args.Choice("method", "auto", "auto", "fft", "direct", "spec"));
        args.RejectUnknown();
        // SciPy: equal ranks with an empty input give np.array([]), float64 of shape (0,), before axes are read
        if (in1.Shape.Length == in2.Shape.Length && (in1.Length == 0 || in2.Length == 0))
            return EvalResult.Of(TensorValue.Real(DType.Float64, [0], []));
        return EvalResult.Of(DTypes.Promote(in1.DType, in2.DType) == DType.Int64 || method == Method.Spec
            ? DTypeDispatch.Exact(in1, in2, new Kernel(mode, axes), Name)
            : FastDispatch.Run(in1, in2, new FastKernel(mode, axes, overlapAdd, method == Method.Direct), Name));
    }

    private sealed record Kernel(ConvolutionMode Mode, int[]? Axes) : IBinaryKernel
    {
        public NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T> =>
            Convolve.Spec.AlongAxes(in1, in2, Mode, Axes);
    }

    private sealed record FastKernel(ConvolutionMode Mode, int[]? Axes, bool OverlapAdd, bool Direct) : IBinaryKernel
    {
        public NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T> =>
            Direct ? Convolve.Fast.AlongAxes(in1, in2, Mode, Axes, Method.Direct)
            : OverlapAdd ? Convolve.Fast.OverlapAdd(in1, in2, Mode, Axes) : Convolve.Fast.AlongAxes(in1, in2, Mode, Axes);
    }
}

/// <summary><c>fftconvolve</c>: <c>scipy.signal.fftconvolve(in1, in2, mode, axes)</c>.</summary>
public sealed class FftConvolveOperation() : AxesConvolveOperation("fftconvolve");

/// <summary><c>oaconvolve</c>: <c>scipy.signal.oaconvolve(in1, in2, mode, axes)</c>.</summary>
public sealed class OaConvolveOperation() : AxesConvolveOperation("oaconvolve", overlapAdd: true);
