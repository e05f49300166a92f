using ConvSpec.Arithmetic;
using ConvSpec.Pooling;
using ConvSpec.Tensors;

namespace ConvSpec.Protocol.Operations;

/// <summary>
/// <c>WeightedAveragePool</c>: the notes' distance-weighted average pooling (an extension, not an ONNX op).
/// Args X, W (optional weights of the kernel's shape; default w_j = 1/(1 + ‖j − centre‖²)), kernel_shape
/// (required unless W is given; must equal W's shape), strides, pads, dilations, auto_pad, ceil_mode, pad_limit, method (<see cref="LayerMethod"/>).
/// Y = Σ w_j x_j / Σ w_j over each window's input cells, exact, correctly rounded to X's float dtype.
/// </summary>
public sealed class WeightedAveragePoolOperation : IEvalOperation
{
    public string Name => "WeightedAveragePool";

    public EvalResult Evaluate(EvalArgs args)
    {
        var x = PoolArgs.Real(args, "X");
        var w = args.OptionalTensor("W");
        if (w is not null && w.DType.IsComplex()) throw ArgumentRule.Broken("W", $"weights must be real (got {w.DType.Name()})");
        var kernel = PoolArgs.Ints(args, "kernel_shape") ?? w?.Shape ?? throw ArgumentRule.Broken("kernel_shape", "required when W is not given");
        var options = PoolArgs.Options(args, kernel);
        var fast = LayerMethod.Fast(args);
        args.RejectUnknown();
        PoolArgs.CheckWork(x, options); // PoolGrid.Of refuses kernel_shape entries below 1
        if (w is not null && !w.AsDouble().Data.All(double.IsFinite)) throw ArgumentRule.Broken("W", "weights must be finite");
        var weights = w is null ? DistanceWeights.InverseQuadratic(kernel) : w.AsDouble().Map(Rational.FromDouble);
        var ieeeWeights = weights.Map(r => r.ToDouble());
        if (fast && LayerFast.Pool(x, v => WeightedAveragePool.Fast.Apply(v, ieeeWeights, options),
                v => WeightedAveragePool.Fast.Apply(v, weights.Map(r => r.ToSingle()), options)) is { } y) return EvalResult.Of(y);
        return EvalResult.Of(Average.Exact(x, r => WeightedAveragePool.Spec.Apply(r, weights, options),
            d => WeightedAveragePool.Spec.Apply(d, ieeeWeights, options)));
    }
}
