using ConvSpec.Layers;
using ConvSpec.Padding;
using ConvSpec.Shapes;

namespace ConvSpec.Protocol.Operations;

/// <summary>Conv's attributes read from a request, with ONNX's defaults and names.</summary>
public static class ConvArgs
{
    /// <summary>kernel_shape, strides, pads, dilations, group, auto_pad and padding_mode.</summary>
    public static ConvAttributes Read(EvalArgs args) => new()
    {
        KernelShape = Ints(args.IntegerList("kernel_shape"), "kernel_shape"),
        Strides = Ints(args.IntegerList("strides"), "strides"),
        Pads = Ints(args.IntegerList("pads"), "pads"),
        Dilations = Ints(args.IntegerList("dilations"), "dilations"),
        Group = Int(args.Integer("group", 1), "group"),
        // absent reads as "", which ONNX Runtime (and AutoPadNames) take as NOTSET, ONNX's default
        AutoPad = AutoPadNames.Parse(args.String("auto_pad", "")),
        PaddingMode = PaddingModeNames.Parse(args.String("padding_mode", "zeros")),
    };

    /// <summary>A list of 64-bit integers as ints; a value outside the int range is an error naming the argument.</summary>
    public static int[]? Ints(long[]? values, string name) => values is null ? null : Array.ConvertAll(values, v => Int(v, name));

    /// <summary>A 64-bit integer as an int, or an error naming the argument.</summary>
    public static int Int(long value, string name) =>
        value is >= int.MinValue and <= int.MaxValue ? (int)value : throw ArgumentRule.Broken(name, $"{value} is outside the 32-bit range");

    /// <summary>The most multiply-adds one exact evaluation may take before it is refused as unsupported.</summary>
    public const long WorkLimit = 1L << 27;

    /// <summary>
    /// Refuses (unsupported) a layer whose exact evaluation would take more than <see cref="WorkLimit"/> multiply-adds;
    /// work ≥ outputs, so an output too long for one array is refused too.
    /// </summary>
    public static void CheckWork(ConvGeometry g, string op)
    {
        var outputs = g.OutputShape.Aggregate(1.0, (p, d) => p * d);
        var work = outputs * Math.Max(1.0, g.ChannelsPerGroup * g.Kernel.Aggregate(1.0, (p, k) => p * k));
        if (work > WorkLimit)
            throw new NotSupportedException(
                $"{op}: {outputs:G17} outputs of {work / Math.Max(outputs, 1):G17} terms each is beyond what the exact oracle evaluates (limit {WorkLimit} multiply-adds)");
    }

    /// <summary>A required shape argument: a list of non-negative integers.</summary>
    public static int[] Shape(EvalArgs args, string name)
    {
        var shape = Ints(args.IntegerList(name), name) ?? throw new ArgumentException($"{name}: required argument of {args.Op} is missing", name);
        foreach (var d in shape)
            if (d < 0) throw new ArgumentException($"{name}: extents must be non-negative (got {ShapeText.Of(shape)})", name);
        return shape;
    }
}
