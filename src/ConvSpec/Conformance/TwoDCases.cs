using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.Conformance;

/// <summary>
/// <c>convolve2d</c> and <c>correlate2d</c>: every mode and boundary (with SciPy's aliases), fill values of
/// both signs, kernels longer than the input (the periodic boundaries read around more than once).
/// The bound counts Π n2_d products per output element: the kernel also multiplies padding.
/// </summary>
public abstract class TwoDCaseGenerator : BinaryCaseGenerator
{
    protected override (int Min, int Max) Ranks => (2, 2);

    protected override IReadOnlyList<string> Methods => ["auto", "direct", "spec"];

    protected override Gen<JsonObject> Extra(JsonObject args, int[] shape1, int[] shape2) =>
        from boundary in Gen.Frequency((4, Gen.Elements<string?>("fill", "wrap", "symm", null)), (1, Gen.Elements<string?>("pad", "circular", "symmetric")))
        from fill in Gen.Frequency((3, Gen.Constant<int?>(null)), (1, Gen.Choose(-3, 3).Select(x => (int?)x)))
        select With(args, boundary, fill);

    private static JsonObject With(JsonObject args, string? boundary, int? fill)
    {
        if (boundary is not null) args["boundary"] = boundary;
        if (fill is not null) args["fillvalue"] = fill.Value;
        return args;
    }

    public override BoundInputs Bound(JsonObject args)
    {
        var inputs = base.Bound(args);
        var kernel = WireTensor.Argument(args, "in2").Shape.Aggregate(1L, (p, d) => p * d);
        return inputs with { Terms = Math.Max(inputs.Terms, kernel) };
    }

    protected override JsonObject AbsoluteArgs(JsonObject args)
    {
        var abs = base.AbsoluteArgs(args);
        if (abs["fillvalue"] is JsonValue v && v.TryGetValue<int>(out var fill)) abs["fillvalue"] = Math.Abs(fill);
        return abs;
    }
}

/// <summary>Cases for <c>convolve2d</c>.</summary>
public sealed class Convolve2DCases : TwoDCaseGenerator
{
    public override string Op => "convolve2d";
}

/// <summary>Cases for <c>correlate2d</c>.</summary>
public sealed class Correlate2DCases : TwoDCaseGenerator
{
    public override string Op => "correlate2d";
}
