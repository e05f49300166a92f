using System.Numerics;
using ConvSpec.Convolution;
using ConvSpec.Correlation;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.Protocol.Operations;

/// <summary>
/// <c>convolve</c>: <c>scipy.signal.convolve(in1, in2, mode, method)</c> on tensors of any equal rank.
/// Every method answers with the exact result correctly rounded to the result dtype (see <see cref="DTypeDispatch"/>).
/// </summary>
public sealed class ConvolveOperation : IEvalOperation
{
    public string Name => "convolve";

    public EvalResult Evaluate(EvalArgs args)
    {
        var (in1, in2) = (args.Tensor("in1"), args.Tensor("in2"));
        var mode = ConvolutionModeNames.Parse(args.Choice("mode", "full", "full", "valid", "same"));
        args.Choice("method", "auto", "auto", "direct", "fft", "spec");
        args.RejectUnknown();
        return EvalResult.Of(DTypeDispatch.Exact(in1, in2, new Kernel(mode), Name));
    }

    private sealed record Kernel(ConvolutionMode Mode) : IBinaryKernel
    {
        public NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T> =>
            Convolve.Spec.Apply(in1, in2, Mode);
    }
}

/// <summary>
/// <c>correlate</c>: <c>scipy.signal.correlate(in1, in2, mode, method)</c>; the second input is conjugated.
/// </summary>
public sealed class CorrelateOperation : IEvalOperation
{
    public string Name => "correlate";

    public EvalResult Evaluate(EvalArgs args)
    {
        var (in1, in2) = (args.Tensor("in1"), args.Tensor("in2"));
        var mode = ConvolutionModeNames.Parse(args.Choice("mode", "full", "full", "valid", "same"));
        args.Choice("method", "auto", "auto", "direct", "fft", "spec");
        args.RejectUnknown();
        return EvalResult.Of(DTypeDispatch.Exact(in1, in2, new Kernel(mode), Name));
    }

    private sealed record Kernel(ConvolutionMode Mode) : IBinaryKernel
    {
        public NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T> =>
            Correlate.Spec.Apply(in1, in2, Mode);
    }
}
