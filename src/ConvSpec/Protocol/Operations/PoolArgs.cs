using ConvSpec.Pooling;
using ConvSpec.Shapes;

namespace ConvSpec.Protocol.Operations;

/// <summary>
/// Reading ONNX pooling attributes from eval arguments, with ONNX's names and defaults. Each op and its
/// output-shape rule read an argument through the same reader here, so both accept exactly the same values.
/// </summary>
public static class PoolArgs
{
    /// <summary>
    /// kernel_shape (required), strides, pads, dilations, auto_pad (NOTSET), ceil_mode (0), and the extension
    /// pad_limit = onnx (default) | pytorch | any.
    /// </summary>
    public static PoolOptions Options(EvalArgs args) =>
        Options(args, Ints(args, "kernel_shape") ?? throw ArgumentRule.Broken("kernel_shape", $"required argument of {args.Op} is missing"));

    /// <summary>The window <paramref name="kernel"/> with the other attributes of <see cref="Options(EvalArgs)"/>.</summary>
    public static PoolOptions Options(EvalArgs args, int[] kernel) => new(
        kernel,
        Ints(args, "strides"),
        Ints(args, "pads"),
        Ints(args, "dilations"),
        AutoPadNames.Parse(args.String("auto_pad", "")), // "" is ONNX's unset auto_pad: Parse reads it as NOTSET
        args.Flag("ceil_mode", false),
        Choice(args, "pad_limit", ("onnx", PadLimit.Onnx), ("pytorch", PadLimit.PyTorch), ("any", PadLimit.Any)));

    /// <summary>MaxPool's storage_order: 0 (row-major, default) or 1 (column-major).</summary>
    public static StorageOrder Order(EvalArgs args) => args.Integer("storage_order", 0) switch
    {
        0 => StorageOrder.RowMajor,
        1 => StorageOrder.ColumnMajor,
        var v => throw ArgumentRule.Broken("storage_order", $"must be 0 or 1 (got {v})"),
    };

    /// <summary>The max-pooling extension nan = propagate (default, PyTorch) | ignore (ONNX reference).</summary>
    public static NanRule Nan(EvalArgs args) => Choice(args, "nan", ("propagate", NanRule.Propagate), ("ignore", NanRule.Ignore));

    /// <summary>AveragePool's count_include_pad: 0 (ONNX's default) or 1.</summary>
    public static bool CountIncludePad(EvalArgs args) => args.Flag("count_include_pad", false);

    /// <summary>The AveragePool extension overhang = padded_window (default) | full_kernel.</summary>
    public static OverhangDivisor Overhang(EvalArgs args) =>
        Choice(args, "overhang", ("padded_window", OverhangDivisor.PaddedWindow), ("full_kernel", OverhangDivisor.FullKernel));

    /// <summary>LpPool's p: an integer from 1 to 1024, default 2.</summary>
    public static int P(EvalArgs args)
    {
        var p = args.Integer("p", 2);
        return p is >= 1 and <= 1024 ? (int)p : throw ArgumentRule.Broken("p", $"must be an integer from 1 to 1024 (got {p})");
    }

    /// <summary>The LpPool extension convention = onnx (default, |x|^p) | pytorch (x^p, partial windows scaled).</summary>
    public static LpConvention Convention(EvalArgs args) =>
        Choice(args, "convention", ("onnx", LpConvention.Onnx), ("pytorch", LpConvention.PyTorch));

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

    /// <summary>An integer list whose entries fit in int (<see cref="ConvArgs.Ints"/>), or null when absent.</summary>
    public static int[]? Ints(EvalArgs args, string name) => ConvArgs.Ints(args.IntegerList(name), name);

    /// <summary>A real tensor input; complex is an error.</summary>
    public static TensorValue Real(EvalArgs args, string name)
    {
        var x = args.Tensor(name);
        if (x.DType.IsComplex()) throw ArgumentRule.Broken(name, $"pooling needs real elements (got {x.DType.Name()})");
        return x;
    }

    /// <summary>The output dtype of an averaging op: the float dtype of X, float64 for int64.</summary>
    public static DType AverageType(TensorValue x) => x.DType == DType.Float32 ? DType.Float32 : DType.Float64;

    /// <summary>The shape of X in an output_shape request for <paramref name="op"/>: input_shape (required).</summary>
    public static int[] InputShape(EvalArgs args, string op) =>
        Ints(args, "input_shape") ?? throw ArgumentRule.Broken("input_shape", $"required argument of output_shape for {op} is missing");

    /// <summary>
    /// A choice argument as its meaning: <paramref name="choices"/> pairs each accepted name with its value, the
    /// first pair is the default, and any other name is an error listing the accepted ones.
    /// </summary>
    private static T Choice<T>(EvalArgs args, string name, params (string Name, T Value)[] choices)
    {
        var text = args.Choice(name, choices[0].Name, Array.ConvertAll(choices, c => c.Name));
        return Array.Find(choices, c => c.Name == text).Value;
    }
}
