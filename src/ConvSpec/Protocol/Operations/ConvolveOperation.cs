using System.Numerics;
using ConvSpec.Convolution;
using ConvSpec.Correlation;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.Protocol.Operations;

/// <summary>
/// <c>convolve</c> and <c>correlate</c>: <c>scipy.signal.convolve/correlate(in1, in2, mode, method)</c> on tensors of
/// any equal rank (correlation conjugates the second input). <c>method = spec</c> answers with the exact result
/// correctly rounded to the result dtype (see <see cref="DTypeDispatch"/>); direct, fft and auto run the fast twins
/// (<see cref="FastDispatch"/>), within their error bounds, exact on int64.
/// </summary>
public abstract class ModeOperation(string name, bool correlate) : IEvalOperation
{
    public string Name => name;

    public EvalResult Evaluate(EvalArgs args)
    {
        var (in1, in2) = (args.Tensor("in1"), args.Tensor("in2"));
        var mode = ConvolutionModeNames.Parse(args.Choice("mode", "full", "full", "valid", "same"));
        var method = MethodText.Parse(args.Choice("method", "auto", "auto", "direct", "fft", "spec"));
        args.RejectUnknown();
        return EvalResult.Of(method == Method.Spec
            ? DTypeDispatch.Exact(in1, in2, new Kernel(correlate, mode), Name)
            : FastDispatch.Run(in1, in2, new FastKernel(correlate, mode, method), Name));
    }

    private sealed record Kernel(bool Correlate, ConvolutionMode Mode) : IBinaryKernel
    {
        public NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T> =>
            Correlate ? Correlation.Correlate.Spec.Apply(in1, in2, Mode) : Convolve.Spec.Apply(in1, in2, Mode);
    }

    private sealed record FastKernel(bool Correlate, ConvolutionMode Mode, Method Method) : IBinaryKernel
    {
        public NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T> =>
            Correlate ? Correlation.Correlate.Fast.Apply(in1, in2, Mode, Method) : Convolve.Fast.Apply(in1, in2, Mode, Method);
    }
}

/// <summary><c>convolve</c>: <c>scipy.signal.convolve(in1, in2, mode, method)</c>.</summary>
public sealed class ConvolveOperation() : ModeOperation("convolve", correlate: false);

/// <summary><c>correlate</c>: <c>scipy.signal.correlate(in1, in2, mode, method)</c>; the second input is conjugated.</summary>
public sealed class CorrelateOperation() : ModeOperation("correlate", correlate: true);
