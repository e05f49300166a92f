using System.Text.Json.Nodes;
using ConvSpec.Protocol;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.Conformance.Layers;

/// <summary>
/// Cases for ONNX <c>Conv</c>: the window edges of <see cref="WindowCases"/>, groups and depthwise layers (M a
/// multiple of C = G), an optional bias, padding_mode reflect/replicate/circular with pads up to the input's
/// extent (their limits), every dtype of the case space, and now and then a request the spec rejects (group not
/// dividing C, W's channels not C/group, a bias of the wrong length, kernel_shape disagreeing with W).
/// The bound: n = C/G·ΠK products plus the bias per output (<see cref="Bounds.ConvErrorBound"/>).
/// </summary>
public sealed class ConvCases : ICaseGenerator
{
    public string Op => "Conv";

    public Gen<JsonObject> Args(CaseSpace space) => Gen.Frequency((20, Wellformed(space)), (1, Malformed(space)));

    /// <summary>(G, C/G): one group, groups of 1-2 channels, or depthwise (C/G = 1, C = G).</summary>
    private static Gen<(int Groups, int PerGroup)> Channels =>
        Gen.Frequency(
            (4, Gen.Choose(1, 3).Select(c => (1, c))),
            (2, Gen.Zip(Gen.Choose(2, 3), Gen.Choose(1, 2))),
            (2, Gen.Choose(2, 3).Select(g => (g, 1))));

    private static Gen<JsonObject> Wellformed(CaseSpace space) =>
        from k in WindowCases.SpatialRank
        from axes in WindowCases.Axes(k, space.MaxSize)
        from channels in Channels
        from perGroupOut in Gen.Choose(1, 2)
        from batch in Gen.Frequency((4, Gen.Constant(1)), (2, Gen.Constant(2)), (1, Gen.Constant(0)))
        let features = channels.Groups * perGroupOut
        from dtype in TensorCases.DType(space)
        from bias in Gen.Elements(true, false)
        from x in Data(dtype, [batch, channels.Groups * channels.PerGroup, .. axes.Select(a => a.Extent)], space.NonFinite)
        from w in Data(dtype, [features, channels.PerGroup, .. axes.Select(a => a.Kernel)], space.NonFinite)
        from b in TensorCases.Node(dtype, [features], false)
        from kernelShape in Gen.Elements(true, false)
        from args in WindowCases.Attributes(new JsonObject { ["X"] = x, ["W"] = w }, axes, kernelShape, true, false)
        from padding in Padding
        from narrower in Gen.ArrayOf(Gen.Elements(0, 1, 1, 2), 2 * k)
        select Finish(args, channels.Groups, bias ? b : null, padding.Mode, padding.Wide ? WidePads(axes, narrower) : null);

    /// <summary>
    /// padding_mode (absent 3 times in 5) and whether the pads sit at the mode's limits (<see cref="WidePads"/>):
    /// 2 times in 3 with a mode, 1 time in 3 without (zero padding wider than the window).
    /// </summary>
    internal static Gen<(string? Mode, bool Wide)> Padding =>
        from mode in Gen.Frequency((3, Gen.Constant<string?>(null)), (2, Gen.Elements<string?>("zeros", "reflect", "replicate", "circular")))
        from wide in Gen.Elements(false, mode is not null, true)
        select (mode, wide);

    /// <summary>Pads of the input's extent or one or two less per side: at the limits of reflect (pad &lt; D) and circular (pad ≤ D).</summary>
    internal static int[] WidePads(WindowAxis[] axes, int[] narrower) =>
        axes.Select(a => a.Extent).Concat(axes.Select(a => a.Extent)).Select((d, i) => Math.Max(0, d - narrower[i])).ToArray();

    private static JsonObject Finish(JsonObject args, int group, JsonNode? bias, string? paddingMode, int[]? widePads)
    {
        if (group != 1) args["group"] = group;
        if (bias is not null) args["B"] = bias;
        if (paddingMode is not null) args["padding_mode"] = paddingMode;
        if (widePads is not null && !args.ContainsKey("auto_pad"))
            args["pads"] = WindowCases.Ints(widePads);
        return args;
    }

    /// <summary>Elements: small integers (int64 sums that fit) or, one time in three, the shared generator (int64 overflow, every magnitude).</summary>
    private static Gen<JsonNode> Data(DType dtype, int[] shape, bool nonFinite) =>
        dtype == DType.Int64
            ? Gen.Frequency((2, WindowCases.SmallIntegers(dtype, shape).Select(WireTensor.ToNode)), (1, TensorCases.Node(dtype, shape, nonFinite)))
            : TensorCases.Node(dtype, shape, nonFinite);

    /// <summary>
    /// Requests the spec rejects, each for one rule: group 2 not dividing C = 3; W's axis 1 of 4, not C/group = 2;
    /// a bias of 3 for M = 2; kernel_shape [3] for W's kernel [2].
    /// </summary>
    private static Gen<JsonObject> Malformed(CaseSpace space) =>
        from which in Gen.Choose(0, 3)
        from dtype in Gen.Elements(WindowCases.RealTypes(space))
        from x in TensorCases.Node(dtype, which == 0 ? [1, 3, 4] : [1, 4, 4], false)
        from w in TensorCases.Node(dtype, which == 1 ? [2, 4, 2] : [2, 2, 2], false)
        from b in TensorCases.Node(dtype, [3], false)
        select which switch
        {
            0 or 1 => new JsonObject { ["X"] = x, ["W"] = w, ["group"] = 2 },
            2 => new JsonObject { ["X"] = x, ["W"] = w, ["B"] = b, ["group"] = 2 },
            _ => new JsonObject { ["X"] = x, ["W"] = w, ["group"] = 2, ["kernel_shape"] = WindowCases.Ints([3]) },
        };

    public Tolerance AlgorithmOf(JsonObject args) => Tolerance.Direct;

    public BoundInputs Bound(JsonObject args)
    {
        var w = WireTensor.Argument(args, "W");
        var terms = w.Shape.Skip(1).Aggregate(1L, (p, d) => p * d) + 1;
        return new BoundInputs(terms, WireTensor.AbsoluteArgs(args), 0, 0, 0, 0, 0);
    }

    public JsonObject? WithMethod(JsonObject args, string method) => WindowCases.WithMethod(args, method);
}
