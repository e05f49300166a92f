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
        // Every method answers the exact result correctly rounded, so the method is read only to reject unknown ones.
        MethodArgument.Read(args);
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
        // Every method answers the exact result correctly rounded, so the method is read only to reject unknown ones.
        MethodArgument.Read(args);
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

/// <summary>SciPy's <c>method</c> argument of convolve and correlate: validated, then not needed.</summary>
internal static class MethodArgument
{
    public static void Read(EvalArgs args) =>
        args.Choice("method",
            // Stryker disable once String : the value read is discarded, so the text of the fallback cannot matter
            "auto",
            "auto", "direct", "fft", "spec");
}
