using ConvSpec.Pooling;

namespace ConvSpec.Protocol.Operations;

/// <summary>
/// <c>MaxPool</c>: ONNX MaxPool. Args X, kernel_shape, strides, pads, dilations, auto_pad, ceil_mode,
/// storage_order (0 | 1), method (<see cref="LayerMethod"/>), extensions pad_limit and nan = propagate (default, PyTorch) | ignore (ONNX reference).
/// The response carries <c>indices</c> (int64), ONNX's second output.
/// </summary>
public sealed class MaxPoolOperation : IEvalOperation
{
    public string Name => "MaxPool";

    public EvalResult Evaluate(EvalArgs args)
    {
        var x = PoolArgs.Real(args, "X");
        var options = PoolArgs.Options(args);
        var order = PoolArgs.Order(args);
        var nan = PoolArgs.Nan(args);
        var fast = LayerMethod.Fast(args);
        args.RejectUnknown();
        PoolArgs.CheckWork(x, options);
        if (fast && LayerFast.Max(x, options, order, nan) is var (values, indices)) return Respond(values, indices);
        if (x.DType == DType.Int64)
        {
            var r = MaxPool.Spec.Apply(x.AsInt64(), options, order, nan);
            return Respond(TensorValue.Int64(r.Values.Shape.ToArray(), r.Values.Data), r.Indices);
        }
        var d = MaxPool.Spec.Apply(x.AsDouble(), options, order, nan);
        return Respond(TensorValue.Real(x.DType, d.Values.Shape.ToArray(), d.Values.Data), d.Indices);
    }

    private static EvalResult Respond(TensorValue values, Tensors.NdArray<long> indices) =>
        new(values, [new("indices", TensorValue.Int64(indices.Shape.ToArray(), indices.Data))]);
}

/// <summary><c>GlobalMaxPool</c>: ONNX GlobalMaxPool. Args X, method, extension nan.</summary>
public sealed class GlobalMaxPoolOperation : IEvalOperation
{
    public string Name => "GlobalMaxPool";

    public EvalResult Evaluate(EvalArgs args)
    {
        var x = PoolArgs.Real(args, "X");
        var nan = PoolArgs.Nan(args);
        var fast = LayerMethod.Fast(args);
        args.RejectUnknown();
        if (fast && LayerFast.Pool(x, v => GlobalPool.Fast.Max(v, nan), v => GlobalPool.Fast.Max(v, nan)) is { } y) return EvalResult.Of(y);
        if (x.DType == DType.Int64)
        {
            var r = GlobalPool.Spec.Max(x.AsInt64(), nan);
            return EvalResult.Of(TensorValue.Int64(r.Shape.ToArray(), r.Data));
        }
        var d = GlobalPool.Spec.Max(x.AsDouble(), nan);
        return EvalResult.Of(TensorValue.Real(x.DType, d.Shape.ToArray(), d.Data));
    }
}
