using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.Conformance.Layers;

/// <summary>A generator of requests whose answer is a JSON value (a shape, a table), compared exactly.</summary>
public abstract class ShapeCaseGenerator : ICaseGenerator
{
    public abstract string Op { get; }

    public abstract Gen<JsonObject> Args(CaseSpace space);

    public Tolerance AlgorithmOf(JsonObject args) => Tolerance.Exact;

    public BoundInputs Bound(JsonObject args) => new(0, null, 0, 0, 0, 0, 0);

    public JsonObject? WithMethod(JsonObject args, string method) => null;

    /// <summary>The request with tensor <paramref name="tensor"/> (present, in object form) replaced by its shape under <paramref name="name"/>.</summary>
    protected static JsonObject ShapeOf(JsonObject args, string tensor, string name)
    {
        args[name] = args[tensor]!["shape"]!.DeepClone();
        args.Remove(tensor);
        return args;
    }
}

/// <summary>
/// Cases for <c>output_shape</c>: the requests of the Conv and pooling generators (every window edge, and the
/// malformed ones) with X as input_shape and Conv's W as weight_shape; the answer must equal the spec's.
/// </summary>
public sealed class OutputShapeCases : ShapeCaseGenerator
{
    public override string Op => "output_shape";

    private static readonly ICaseGenerator[] sources =
    [
        new ConvCases(), new MaxPoolCases(), new AveragePoolCases(), new LpPoolCases(), new WeightedAveragePoolCases(),
        new GlobalMaxPoolCases(), new GlobalAveragePoolCases(), new GlobalLpPoolCases(),
    ];

    public override Gen<JsonObject> Args(CaseSpace space) =>
        from source in Gen.Elements(sources)
        from args in source.Args(space)
        select Shapes(source.Op, args);

    private static JsonObject Shapes(string op, JsonObject args)
    {
        args = ShapeOf(args, "X", "input_shape");
        if (op == "Conv") args = ShapeOf(args, "W", "weight_shape");
        args.Remove("B");
        args.Remove("W");
        args["op"] = op;
        return args;
    }
}

/// <summary>
/// Cases for <c>cost</c>: Conv's requests as input_shape, weight_shape and bias, or the notes' single-channel
/// form (input_shape and kernel_shape of the spatial axes alone).
/// </summary>
public sealed class CostCases : ShapeCaseGenerator
{
    public override string Op => "cost";

    public override Gen<JsonObject> Args(CaseSpace space) =>
        from args in new ConvCases().Args(space)
        from single in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        select single ? SingleChannel(args) : Layer(args);

    /// <summary>X and W as input_shape and weight_shape; bias true when B was given.</summary>
    internal static JsonObject Layer(JsonObject args)
    {
        var bias = args.Remove("B");
        args = ShapeOf(ShapeOf(args, "X", "input_shape"), "W", "weight_shape");
        if (bias) args["bias"] = true;
        return args;
    }

    /// <summary>The spatial axes of X and W alone, as input_shape and kernel_shape; the channel arguments dropped.</summary>
    internal static JsonObject SingleChannel(JsonObject args)
    {
        var input = args["X"]!["shape"]!.AsArray().Skip(2).Select(d => d!.GetValue<int>());
        var kernel = args["W"]!["shape"]!.AsArray().Skip(2).Select(d => d!.GetValue<int>());
        foreach (var name in new[] { "X", "W", "B", "group", "kernel_shape" }) args.Remove(name);
        // Add throws on a key still present: both were removed above.
        args.Add("input_shape", WindowCases.Ints(input));
        args.Add("kernel_shape", WindowCases.Ints(kernel));
        return args;
    }
}
