using ConvSpec.Pooling;

namespace ConvSpec.Protocol.Operations;

/// <summary>
/// Output shapes of the pooling ops for <c>output_shape</c>: input_shape (N, C, D_1..D_k) and the op's
/// attributes give N x C x O_1 x ... x O_k with O_a from <see cref="PoolGrid"/> (floor or ceil of
/// (D + b + e − d·(K − 1) − 1)/s + 1, the ceil_mode last-window rule, ⌈D/s⌉ under SAME_*).
/// Each rule accepts exactly the op's arguments, checked by the op's own <see cref="PoolArgs"/> readers.
/// </summary>
public abstract class PoolOutputShapeRule(string name) : IOutputShapeRule
{
    public string Name => name;

    public int[] Shape(EvalArgs args)
    {
        var input = PoolArgs.InputShape(args, name);
        ReadExtras(args);
        return PoolGrid.Of(input, PoolArgs.Options(args)).OutputShape;
    }

    /// <summary>Reads (and so checks and accepts) the op's attributes that do not change the shape.</summary>
    protected abstract void ReadExtras(EvalArgs args);
}

/// <summary>MaxPool's output shape (Y and Indices alike).</summary>
public sealed class MaxPoolOutputShapeRule() : PoolOutputShapeRule("MaxPool")
{
    protected override void ReadExtras(EvalArgs args) { PoolArgs.Order(args); PoolArgs.Nan(args); }
}

/// <summary>AveragePool's output shape.</summary>
public sealed class AveragePoolOutputShapeRule() : PoolOutputShapeRule("AveragePool")
{
    protected override void ReadExtras(EvalArgs args) { PoolArgs.CountIncludePad(args); PoolArgs.Overhang(args); }
}

/// <summary>LpPool's output shape.</summary>
public sealed class LpPoolOutputShapeRule() : PoolOutputShapeRule("LpPool")
{
    protected override void ReadExtras(EvalArgs args) { PoolArgs.P(args); PoolArgs.Convention(args); }
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
        var input = PoolArgs.InputShape(args, name);
        ReadExtras(args);
        return PoolGrid.Global(input).OutputShape;
    }

    /// <summary>Reads (and so checks and accepts) the op's attributes beyond X.</summary>
    protected abstract void ReadExtras(EvalArgs args);
}

/// <summary>GlobalMaxPool's output shape; its extension nan.</summary>
public sealed class GlobalMaxPoolOutputShapeRule() : GlobalPoolOutputShapeRule("GlobalMaxPool")
{
    protected override void ReadExtras(EvalArgs args) => PoolArgs.Nan(args);
}

/// <summary>GlobalAveragePool's output shape; no attributes.</summary>
public sealed class GlobalAveragePoolOutputShapeRule() : GlobalPoolOutputShapeRule("GlobalAveragePool")
{
    protected override void ReadExtras(EvalArgs args) { }
}

/// <summary>GlobalLpPool's output shape; its p.</summary>
public sealed class GlobalLpPoolOutputShapeRule() : GlobalPoolOutputShapeRule("GlobalLpPool")
{
    protected override void ReadExtras(EvalArgs args) => PoolArgs.P(args);
}
