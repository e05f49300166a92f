using System.Numerics;
using ConvSpec.Convolution;
using ConvSpec.Correlation;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.Protocol.Operations;

/// <summary>
/// <c>convolve</c>: <c>scipy.signal.convolve(in1, in2, mode, method)</c> on tensors of any equal rank.
/// <c>method = spec</c> answers with the exact result correctly rounded to the result dtype (see <see cref="DTypeDispatch"/>);
/// direct, fft and auto run the fast twins (<see cref="FastDispatch"/>), within their error bounds, exact on int64.
/// </summary>
public sealed class ConvolveOperation : IEvalOperation
{
    public string Name => "convolve";

    public EvalResult Evaluate(EvalArgs args)
    {
        var (in1, in2) = (args.Tensor("in1"), args.Tensor("in2"));
        var mode = ConvolutionModeNames.Parse(args.Choice("mode", "full", "full", "valid", "same"));
        var method = MethodText.Parse(args.Choice("method", "auto", "auto", "direct", "fft", "spec"));
        args.RejectUnknown();
        return EvalResult.Of(method == Method.Spec
            ? DTypeDispatch.Exact(in1, in2, new Kernel(mode), Name)
            : FastDispatch.Run(in1, in2, new FastKernel(mode, method), Name));
    }

    private sealed record Kernel(ConvolutionMode Mode) : IBinaryKernel
    {
        public NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T> =>
            Convolve.Spec.Apply(in1, in2, Mode);
    }

    private sealed record FastKernel(ConvolutionMode Mode, Method Method) : IBinaryKernel
    {
        public NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T> =>
            Convolve.Fast.Apply(in1, in2, Mode, Method);
    }
}

/// <summary>
/// <c>correlate</c>: <c>scipy.signal.correlate(in1, in2, mode, method)</c>; the second input is conjugated.
/// Methods as for <see cref="ConvolveOperation"/>.
/// </summary>
public sealed class CorrelateOperation : IEvalOperation
{
    public string Name => "correlate";

    public EvalResult Evaluate(EvalArgs args)
    {
        var (in1, in2) = (args.Tensor("in1"), args.Tensor("in2"));
        var mode = ConvolutionModeNames.Parse(args.Choice("mode", "full", "full", "valid", "same"));
        var method = MethodText.Parse(args.Choice("method", "auto", "auto", "direct", "fft", "spec"));
        args.RejectUnknown();
        return EvalResult.Of(method == Method.Spec
            ? DTypeDispatch.Exact(in1, in2, new Kernel(mode), Name)
            : FastDispatch.Run(in1, in2, new FastKernel(mode, method), Name));
    }

    private sealed record Kernel(ConvolutionMode Mode) : IBinaryKernel
    {
        public NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T> =>
            Correlate.Spec.Apply(in1, in2, Mode);
    }

    private sealed record FastKernel(ConvolutionMode Mode, Method Method) : IBinaryKernel
    {
        public NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T> =>
            Correlate.Fast.Apply(in1, in2, Mode, Method);
    }
}
