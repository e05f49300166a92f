using ConvSpec.Arithmetic;
using ConvSpec.Pooling;
using ConvSpec.Tensors;

namespace ConvSpec.Protocol.Operations;

/// <summary>
/// <c>AveragePool</c>: ONNX AveragePool. Args X, kernel_shape, strides, pads, dilations, auto_pad, ceil_mode,
/// count_include_pad (0, ONNX's default), method (<see cref="LayerMethod"/>), extensions pad_limit and overhang = padded_window (default; PyTorch,
/// ONNX reference) | full_kernel (ONNX Runtime before opset 19). Exact average correctly rounded to X's float
/// dtype (float64 for int64 input).
/// </summary>
public sealed class AveragePoolOperation : IEvalOperation
{
    public string Name => "AveragePool";

    public EvalResult Evaluate(EvalArgs args)
    {
        var x = PoolArgs.Real(args, "X");
        var options = PoolArgs.Options(args);
        var include = PoolArgs.CountIncludePad(args);
        var overhang = PoolArgs.Overhang(args);
        var fast = LayerMethod.Fast(args);
        args.RejectUnknown();
        PoolArgs.CheckWork(x, options);
        if (fast && LayerFast.Pool(x, v => AveragePool.Fast.Apply(v, options, include, overhang),
                v => AveragePool.Fast.Apply(v, options, include, overhang)) is { } y) return EvalResult.Of(y);
        return EvalResult.Of(Average.Exact(x, (r) => AveragePool.Spec.Apply(r, options, include, overhang),
            d => AveragePool.Spec.Apply(d, options, include, overhang)));
    }
}

/// <summary><c>GlobalAveragePool</c>: ONNX GlobalAveragePool. Args X, method.</summary>
public sealed class GlobalAveragePoolOperation : IEvalOperation
{
    public string Name => "GlobalAveragePool";

    public EvalResult Evaluate(EvalArgs args)
    {
        var x = PoolArgs.Real(args, "X");
        var fast = LayerMethod.Fast(args);
        args.RejectUnknown();
        if (fast && LayerFast.Pool(x, GlobalPool.Fast.Average, GlobalPool.Fast.Average) is { } y) return EvalResult.Of(y);
        return EvalResult.Of(Average.Exact(x, GlobalPool.Spec.Average, GlobalPool.Spec.Average));
    }
}

/// <summary>Runs an averaging spec exactly in <see cref="Rational"/> (finite input) or in IEEE double (NaN, ±∞).</summary>
internal static class Average
{
    public static TensorValue Exact(TensorValue x, Func<NdArray<Rational>, NdArray<Rational>> exact, Func<NdArray<double>, NdArray<double>> ieee)
    {
        var dtype = PoolArgs.AverageType(x);
        var d = x.AsDouble();
        if (x.DType != DType.Int64 && !d.Data.All(double.IsFinite))
        {
            var r = ieee(d);
            return TensorValue.Real(dtype, r.Shape.ToArray(), r.Data);
        }
        var input = x.DType == DType.Int64 ? x.AsInt64().Map(v => Rational.FromInteger(v)) : d.Map(Rational.FromDouble);
        var y = exact(input);
        return TensorValue.Real(dtype, y.Shape.ToArray(),
            Array.ConvertAll(y.Data, v => dtype == DType.Float32 ? v.ToSingle() : v.ToDouble()));
    }
}
