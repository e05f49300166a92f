using ConvSpec.Pooling;
using ConvSpec.Shapes;

namespace ConvSpec.Protocol.Operations;

/// <summary>Reading ONNX pooling attributes from eval arguments, with ONNX's names and defaults.</summary>
public static class PoolArgs
{
    /// <summary>
    /// kernel_shape (required), strides, pads, dilations, auto_pad (NOTSET), ceil_mode (0), and the extension
    /// pad_limit = onnx (default) | pytorch | any.
    /// </summary>
    public static PoolOptions Options(EvalArgs args) => new(
        Ints(args, "kernel_shape") ?? throw new ArgumentException($"kernel_shape: required argument of {args.Op} is missing", "kernel_shape"),
        Ints(args, "strides"),
        Ints(args, "pads"),
        Ints(args, "dilations"),
        AutoPadNames.Parse(args.String("auto_pad", "NOTSET")),
        args.Flag("ceil_mode", false),
        args.Choice("pad_limit", "onnx", "onnx", "pytorch", "any") switch
        {
            "pytorch" => PadLimit.PyTorch,
            "any" => PadLimit.Any,
            _ => PadLimit.Onnx,
        });

    /// <summary>The most window cells one request may visit (the spec evaluates every cell exactly).</summary>
    public const long MaxCellVisits = 1L << 27;

    /// <summary>An unsupported error when the direct evaluation of <paramref name="options"/> on X would visit too many cells.</summary>
    public static void CheckWork(TensorValue x, PoolOptions options)
    {
        var visits = PoolGrid.Of(x.Shape, options).CellVisits;
        if (visits > MaxCellVisits)
            throw new NotSupportedException(
                $"kernel_shape: the exact evaluation would visit {visits} window cells (limit {MaxCellVisits}); use a smaller input or window");
    }

    /// <summary>An integer list whose entries fit in int, or null when absent.</summary>
    public static int[]? Ints(EvalArgs args, string name) =>
        args.IntegerList(name)?.Select(v => v is >= int.MinValue and <= int.MaxValue
            ? (int)v
            : throw new ArgumentException($"{name}: entries must fit in 32 bits (got {v})", name)).ToArray();

    /// <summary>A real tensor input; complex is an error.</summary>
    public static TensorValue Real(EvalArgs args, string name)
    {
        var x = args.Tensor(name);
        if (x.DType.IsComplex())
            throw new ArgumentException($"{name}: pooling needs real elements (got {x.DType.Name()})", name);
        return x;
    }

    /// <summary>The output dtype of an averaging op: the float dtype of X, float64 for int64.</summary>
    public static DType AverageType(TensorValue x) => x.DType == DType.Float32 ? DType.Float32 : DType.Float64;

    /// <summary>The shape of X in an output_shape request: input_shape (required).</summary>
    public static int[] InputShape(EvalArgs args) =>
        Ints(args, "input_shape") ?? throw new ArgumentException($"input_shape: required argument of output_shape for {args.Op} is missing", "input_shape");
}
