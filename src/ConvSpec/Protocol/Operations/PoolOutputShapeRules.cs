using ConvSpec.Pooling;

namespace ConvSpec.Protocol.Operations;

/// <summary>
/// Output shapes of the pooling ops for <c>output_shape</c>: input_shape (N, C, D_1..D_k) and the op's
/// attributes give N x C x O_1 x ... x O_k with O_a from <see cref="PoolGrid"/> (floor or ceil of
/// (D + b + e − d·(K − 1) − 1)/s + 1, the ceil_mode last-window rule, ⌈D/s⌉ under SAME_*).
/// </summary>
public abstract class PoolOutputShapeRule(string name) : IOutputShapeRule
{
    public string Name => name;

    public int[] Shape(EvalArgs args)
    {
        var input = PoolArgs.InputShape(args);
        ReadExtras(args);
        return PoolGrid.Of(input, PoolArgs.Options(args)).OutputShape;
    }

    /// <summary>Reads (and so accepts) the op's attributes that do not change the shape.</summary>
    protected abstract void ReadExtras(EvalArgs args);
}

/// <summary>MaxPool's output shape (Y and Indices alike).</summary>
public sealed class MaxPoolOutputShapeRule() : PoolOutputShapeRule("MaxPool")
{
    protected override void ReadExtras(EvalArgs args) { args.Integer("storage_order", 0); args.Raw("nan"); }
}

/// <summary>AveragePool's output shape.</summary>
public sealed class AveragePoolOutputShapeRule() : PoolOutputShapeRule("AveragePool")
{
    protected override void ReadExtras(EvalArgs args) { args.Flag("count_include_pad", false); args.Raw("overhang"); }
}

/// <summary>LpPool's output shape.</summary>
public sealed class LpPoolOutputShapeRule() : PoolOutputShapeRule("LpPool")
{
    protected override void ReadExtras(EvalArgs args) { args.Integer("p", 2); args.Raw("convention"); }
}

/// <summary>WeightedAveragePool's output shape (kernel_shape required here).</summary>
public sealed class WeightedAveragePoolOutputShapeRule() : PoolOutputShapeRule("WeightedAveragePool")
{
    protected override void ReadExtras(EvalArgs args) => args.Raw("W");
}

/// <summary>Global pooling's output shape: N x C x 1 x ... x 1.</summary>
public abstract class GlobalPoolOutputShapeRule(string name) : IOutputShapeRule
{
    public string Name => name;

    public int[] Shape(EvalArgs args)
    {
        var input = PoolArgs.InputShape(args);
        args.Raw("p");
        args.Raw("nan");
        return PoolGrid.Global(input).OutputShape;
    }
}

public sealed class GlobalMaxPoolOutputShapeRule() : GlobalPoolOutputShapeRule("GlobalMaxPool");
public sealed class GlobalAveragePoolOutputShapeRule() : GlobalPoolOutputShapeRule("GlobalAveragePool");
public sealed class GlobalLpPoolOutputShapeRule() : GlobalPoolOutputShapeRule("GlobalLpPool");
