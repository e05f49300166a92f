using System.Globalization;
using System.Numerics;
using ConvSpec.Convolution;
using ConvSpec.Correlation;
using ConvSpec.Padding;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.Protocol.Operations;

/// <summary>
/// <c>convolve2d</c> and <c>correlate2d</c>: SciPy's 2-D functions with <c>boundary</c> and <c>fillvalue</c>, plus the
/// extension <c>method</c> = <c>auto</c>/<c>direct</c> (the vectorised fast twins, within the direct-summation bound) or
/// <c>spec</c> (exact, correctly rounded).
/// </summary>
public abstract class TwoDOperation(string name, bool correlate) : IEvalOperation
{
    public string Name => name;

    public EvalResult Evaluate(EvalArgs args)
    {
        var (in1, in2) = (args.Tensor("in1"), args.Tensor("in2"));
        var mode = ConvolutionModeNames.Parse(args.Choice("mode", "full", "full", "valid", "same"));
        var boundary = BoundaryNames.Parse(args.String("boundary", "fill"));
        var fill = args.OptionalTensor("fillvalue");
        var fast = MethodText.Parse(args.Choice("method", "auto", "auto", "direct", "spec")) != Method.Spec;
        args.RejectUnknown();
        if (fill is not null && (fill.Shape.Length != 0))
            throw ArgumentRule.Broken("fillvalue", $"must be a scalar (got shape {ShapeText.Of(fill.Shape)})");
        var fillValue = fill?.Data.GetValue(0) ?? 0L;
        // SciPy casts fillvalue to the inputs' dtype: for integer inputs a finite fraction truncates toward zero.
        if (fillValue is double f && double.IsFinite(f) && DTypes.Promote(in1.DType, in2.DType) == DType.Int64)
            fillValue = f >= -9223372036854775808.0 && f < 9223372036854775808.0
                ? (long)f
                : throw ArgumentRule.Broken("fillvalue", $"{f.ToString(CultureInfo.InvariantCulture)} does not fit in int64, the inputs' dtype");
        if (fill is not null && !in1.DType.IsComplex() && !in2.DType.IsComplex() && fill.DType.IsComplex())
            throw ArgumentRule.Broken("fillvalue", "a complex fill value needs complex inputs");
        // A finite fill for int64 inputs is a long by now; NaN and ±∞ have no int64 image, as in SciPy.
        if (fillValue is double real && DTypes.Promote(in1.DType, in2.DType) == DType.Int64)
            throw ArgumentRule.Broken("fillvalue", $"{real.ToString(CultureInfo.InvariantCulture)} cannot be cast to the int64 output type");
        if (fast) return EvalResult.Of(FastDispatch.Run(in1, in2, new Kernel(correlate, mode, boundary, fillValue, Fast: true), Name));
        if (fillValue is double d && !double.IsFinite(d))
            return EvalResult.Of(NonFinite(in1, in2, mode, boundary, d));
        return EvalResult.Of(DTypeDispatch.Exact(in1, in2, new Kernel(correlate, mode, boundary, fillValue), Name));
    }

    private TensorValue NonFinite(TensorValue in1, TensorValue in2, ConvolutionMode mode, Boundary boundary, double fill)
    {
        var dtype = DTypes.Promote(in1.DType, in2.DType);
        if (dtype.IsComplex()) return DTypeDispatch.Exact(in1, in2, new Kernel(correlate, mode, boundary, fill), Name);
        var r = new Kernel(correlate, mode, boundary, fill).Apply(in1.AsDouble(), in2.AsDouble());
        return TensorValue.Real(dtype, r.Shape.ToArray(), r.Data);
    }

    private sealed record Kernel(bool Correlate, ConvolutionMode Mode, Boundary Boundary, object Fill, bool Fast = false) : IBinaryKernel
    {
        public NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            // Stryker disable once String : every fill reaching here converts (int64 fills were truncated, non-finite ones take the IEEE path, complex ones need complex inputs), so the name is never shown
            var fill = Element.From<T>(Fill, "fillvalue");
            if (Fast)
                return Correlate
                    ? Correlate2D.Fast.Apply(in1, in2, Mode, Boundary, fill)
                    : Convolve2D.Fast.Apply(in1, in2, Mode, Boundary, fill);
            return Correlate
                ? Correlate2D.Spec.Apply(in1, in2, Mode, Boundary, fill)
                : Convolve2D.Spec.Apply(in1, in2, Mode, Boundary, fill);
        }
    }
}

/// <summary><c>convolve2d</c>: <c>scipy.signal.convolve2d(in1, in2, mode, boundary, fillvalue)</c>.</summary>
public sealed class Convolve2DOperation() : TwoDOperation("convolve2d", correlate: false);

/// <summary><c>correlate2d</c>: <c>scipy.signal.correlate2d(in1, in2, mode, boundary, fillvalue)</c>.</summary>
public sealed class Correlate2DOperation() : TwoDOperation("correlate2d", correlate: true);
