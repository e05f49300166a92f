using ConvSpec.Fourier;

namespace ConvSpec.Protocol.Operations;

/// <summary>
/// <c>dft</c> and <c>idft</c>: <c>numpy.fft.fftn(x, axes=axes)</c> / <c>ifftn</c> (an int axis as <c>numpy.fft.fft(x, axis=a)</c>),
/// the result is always complex128, as NumPy's. <c>method</c>: <c>spec</c> runs the O(n²) sums of
/// <see cref="Dft.Spec"/> (within <see cref="DftErrorBound"/> elementwise); <c>auto</c> (the default) and <c>fft</c> run
/// the FFT of <see cref="Dft.Fast"/> (within <see cref="DftFastErrorBound"/> normwise).
/// </summary>
public abstract class DftOperationBase(string name, bool inverse) : IEvalOperation
{
    public string Name => name;

    public EvalResult Evaluate(EvalArgs args)
    {
        var x = args.Tensor("x");
        var axes = args.IntegerList("axes", allowScalar: true)?.Select(a => a == (int)a
            ? (int)a
            : throw new ArgumentException($"axes: axis {a} is out of range for rank {x.Shape.Length}", "axes")).ToArray();
        var spec = SpecMethod.Asked(args, "auto", "fft");
        args.RejectUnknown();
        var normalised = DftAxes.Normalise(x.Shape, axes);
        if (spec) OperationLimits.Work(Name, normalised.Aggregate((Int128)0, (sum, a) => sum + (Int128)x.Length * x.Shape[a]));
        var input = x.AsComplex();
        var result = spec
            ? inverse ? Dft.Spec.Inverse(input, axes) : Dft.Spec.Forward(input, axes)
            : inverse ? Dft.Fast.Inverse(input, axes) : Dft.Fast.Forward(input, axes);
        return EvalResult.Of(TensorValue.Complex(DType.Complex128, result.Shape.ToArray(), result.Data));
    }
}

/// <summary><c>dft</c>: the unnormalised forward transform, <c>numpy.fft.fftn</c>.</summary>
public sealed class DftOperation() : DftOperationBase("dft", inverse: false);

/// <summary><c>idft</c>: the inverse transform with the factor 1/n per axis, <c>numpy.fft.ifftn</c>.</summary>
public sealed class IdftOperation() : DftOperationBase("idft", inverse: true);
