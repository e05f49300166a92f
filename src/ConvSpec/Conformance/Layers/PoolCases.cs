using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.Conformance.Layers;

/// <summary>
/// Cases for <c>MaxPool</c>: storage_order 0 and 1, nan propagate and ignore, ties (ONNX's indices name the
/// first maximum in window order). Max is exact, and <c>indices</c> must be equal too.
/// </summary>
public sealed class MaxPoolCases : PoolCaseGenerator, IHasExactFields
{
    public override string Op => "MaxPool";

    public IReadOnlyList<string> ExactFields => ["indices"];

    protected override Gen<JsonObject> Extra(JsonObject args, WindowAxis[] axes) =>
        from order in Gen.Frequency((2, Gen.Constant<int?>(null)), (1, Gen.Elements<int?>(0, 1)))
        from nan in Gen.Frequency((3, Gen.Constant<string?>(null)), (1, Gen.Elements<string?>("propagate", "ignore")))
        select Set(Set(args, "storage_order", order), "nan", nan);

    protected override JsonObject? AbsoluteArgs(JsonObject args) => null;

    internal static JsonObject Set(JsonObject args, string name, JsonNode? value)
    {
        if (value is not null) args[name] = value;
        return args;
    }

    internal static JsonObject Set(JsonObject args, string name, int? value) =>
        Set(args, name, value is null ? null : JsonValue.Create(value.Value));
}

/// <summary>Cases for <c>AveragePool</c>: count_include_pad 0 and 1, both overhang divisors under ceil_mode.</summary>
public sealed class AveragePoolCases : PoolCaseGenerator
{
    public override string Op => "AveragePool";

    protected override Gen<JsonObject> Extra(JsonObject args, WindowAxis[] axes) =>
        from include in Gen.Frequency((1, Gen.Constant<int?>(null)), (2, Gen.Elements<int?>(0, 1)))
        from overhang in Gen.Frequency((4, Gen.Constant<string?>(null)), (1, Gen.Elements<string?>("padded_window", "full_kernel")))
        select MaxPoolCases.Set(MaxPoolCases.Set(args, "count_include_pad", include), "overhang", overhang);
}

/// <summary>
/// Cases for <c>WeightedAveragePool</c>: the default inverse-quadratic weights or given non-negative weights W
/// (kernel_shape then optional). Bound: a dot product of m = ΠK terms over a weight sum of m − 1 additions, the
/// quotient, and the rounding of the weights to the dtype: n = 2m + 6 (<see cref="Bounds.PoolErrorBound.WeightedAverage"/>).
/// </summary>
public sealed class WeightedAveragePoolCases : PoolCaseGenerator
{
    public override string Op => "WeightedAveragePool";

    protected override Gen<bool> SendKernelShape => Gen.Frequency((2, Gen.Constant(true)), (1, Gen.Constant(false)));

    protected override Gen<JsonObject> Extra(JsonObject args, WindowAxis[] axes) =>
        from given in Gen.Elements(true, false)
        from weights in Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(1, 9).Select(v => (double)v)), (1, Gen.Choose(1, 1000).Select(v => v / 64.0))),
            axes.Aggregate(1, (p, a) => p * a.Kernel))
        select given ? MaxPoolCases.Set(args, "W", WireTensor.ToNode(Protocol.TensorValue.Real(
            WindowCases.DTypeOf(args, "X") == Protocol.DType.Float32 ? Protocol.DType.Float32 : Protocol.DType.Float64,
            axes.Select(a => a.Kernel).ToArray(), weights))) : Ensure(args, axes);

    /// <summary>Default weights need kernel_shape: the axes' kernels, the list <see cref="WindowCases.Attributes"/> sends when it sends one.</summary>
    private static JsonObject Ensure(JsonObject args, WindowAxis[] axes)
    {
        args["kernel_shape"] = WindowCases.Ints(axes.Select(a => a.Kernel));
        return args;
    }

    protected override long Terms(JsonObject args) => 2 * KernelCells(args) + 6;
}
