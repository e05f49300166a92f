using ConvSpec.Pooling;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Protocol.Operations;

/// <summary>
/// <c>LpPool</c>: ONNX LpPool. Args X, kernel_shape, strides, pads, dilations, auto_pad, ceil_mode, p (2), method
/// (<see cref="LayerMethod"/>; the pytorch convention always runs the spec), extensions pad_limit and convention = onnx (default, |x|^p) | pytorch (x^p, partial windows scaled).
/// The exact power sums, the root correctly rounded to X's float dtype (float64 for int64).
/// </summary>
public sealed class LpPoolOperation : IEvalOperation
{
    public string Name => "LpPool";

    public EvalResult Evaluate(EvalArgs args)
    {
        var x = PoolArgs.Real(args, "X");
        var options = PoolArgs.Options(args);
        var p = PoolArgs.P(args);
        var convention = PoolArgs.Convention(args);
        var fast = LayerMethod.Fast(args) && convention == LpConvention.Onnx;
        args.RejectUnknown();
        PoolArgs.CheckWork(x, options);
        if (fast && LayerFast.Pool(x, v => LpPool.Fast.Apply(v, options, p), v => LpPool.Fast.Apply(v, options, p)) is { } y) return EvalResult.Of(y);
        return EvalResult.Of(Lp.Run(x, v => LpPool.Spec.Apply(v, options, p, convention), v => LpPool.Spec.Apply(v, options, p, convention)));
    }
}

/// <summary><c>GlobalLpPool</c>: ONNX GlobalLpPool. Args X, p (2), method.</summary>
public sealed class GlobalLpPoolOperation : IEvalOperation
{
    public string Name => "GlobalLpPool";

    public EvalResult Evaluate(EvalArgs args)
    {
        var x = PoolArgs.Real(args, "X");
        var p = PoolArgs.P(args);
        var fast = LayerMethod.Fast(args);
        args.RejectUnknown();
        Preconditions.Require(x.Shape.Length >= 3, "X", $"must have shape N x C x D1 x ... x Dk with k >= 1 (got rank {x.Shape.Length})");
        var options = new PoolOptions(x.Shape.Skip(2).ToArray());
        if (fast && LayerFast.Pool(x, v => LpPool.Fast.Apply(v, options, p), v => LpPool.Fast.Apply(v, options, p)) is { } y) return EvalResult.Of(y);
        return EvalResult.Of(Lp.Run(x, v => LpPool.Spec.Apply(v, options, p), v => LpPool.Spec.Apply(v, options, p)));
    }
}

internal static class Lp
{
    public static TensorValue Run(TensorValue x, Func<NdArray<double>, NdArray<double>> wide, Func<NdArray<float>, NdArray<float>> narrow)
    {
        if (x.DType == DType.Float32)
        {
            var r = narrow(x.AsDouble().Map(v => (float)v));
            return TensorValue.Real(DType.Float32, r.Shape.ToArray(), Array.ConvertAll(r.Data, v => (double)v));
        }
        var d = wide(x.AsDouble());
        return TensorValue.Real(DType.Float64, d.Shape.ToArray(), d.Data);
    }
}
