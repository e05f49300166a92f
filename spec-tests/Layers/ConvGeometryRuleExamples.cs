using ConvSpec.Layers;
using ConvSpec.Padding;
using ConvSpec.Shapes;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Layers;

/// <summary>
/// Every rule <see cref="ConvGeometry.Resolve"/> checks, broken once, with the argument it names and its whole message
/// (shapes written 2x3 as in every message); and the shapes just inside each rule, which it accepts. The spec, the
/// fast twin and the Conv operation all start from this resolution.
/// </summary>
public class ConvGeometryRuleExamples
{
    private static readonly ConvAttributes Defaults = ConvAttributes.Default;

    private static Func<object?> Resolve(int[] x, int[] w, int[]? b = null, ConvAttributes? attributes = null) =>
        () => ConvGeometry.Resolve(x, w, b, attributes ?? Defaults);

    private static readonly Dictionary<string, ArgumentCase> Cases = new()
    {
        ["X null"] = ArgumentCase.Null(() => ConvGeometry.Resolve(null!, [1, 1, 1], null, Defaults), "X"),
        ["W null"] = ArgumentCase.Null(() => ConvGeometry.Resolve([1, 1, 1], null!, null, Defaults), "W"),
        ["attributes null"] = ArgumentCase.Null(() => ConvGeometry.Resolve([1, 1, 1], [1, 1, 1], null, null!), "attributes"),
        ["X of rank 2"] = ArgumentCase.Rule(Resolve([1, 1], [1, 1]), "X",
            "must have shape N x C x D1 x ... (rank at least 3, got shape 1x1)"),
        ["W of another rank"] = ArgumentCase.Rule(Resolve([1, 1, 3], [1, 1]), "W", "must have the rank of X, 3 (got shape 1x1)"),
        ["no channels"] = ArgumentCase.Rule(Resolve([1, 0, 3], [1, 1, 1]), "X",
            "channel and spatial extents must be at least 1 (got shape 1x0x3)"),
        ["an empty last spatial axis"] = ArgumentCase.Rule(Resolve([1, 1, 3, 0], [1, 1, 1, 1]), "X",
            "channel and spatial extents must be at least 1 (got shape 1x1x3x0)"),
        ["a negative batch"] = ArgumentCase.Rule(Resolve([-1, 1, 3], [1, 1, 1]), "X",
            "batch extent must be non-negative (got shape -1x1x3)"),
        ["no filters"] = ArgumentCase.Rule(Resolve([1, 1, 3], [0, 1, 2]), "W", "extents must be at least 1 (got shape 0x1x2)"),
        ["an empty last kernel axis"] = ArgumentCase.Rule(Resolve([1, 1, 3, 3], [1, 1, 2, 0]), "W",
            "extents must be at least 1 (got shape 1x1x2x0)"),
        ["group 0"] = ArgumentCase.Rule(Resolve([1, 1, 3], [1, 1, 1], attributes: new() { Group = 0 }), "group",
            "must be at least 1 (got 0)"),
        ["group not dividing C"] = ArgumentCase.Rule(Resolve([1, 3, 4], [2, 1, 2], attributes: new() { Group = 2 }), "group",
            "must divide the input channels C = 3 (got 2)"),
        ["group not dividing M"] = ArgumentCase.Rule(Resolve([1, 2, 4], [3, 1, 2], attributes: new() { Group = 2 }), "group",
            "must divide the output channels M = 3 (got 2)"),
        ["W's channels not C/group"] = ArgumentCase.Rule(Resolve([1, 4, 4], [2, 1, 2], attributes: new() { Group = 2 }), "W",
            "axis 1 must be C/group = 4/2 (got shape 2x1x2)"),
        ["B longer than M"] = ArgumentCase.Rule(Resolve([1, 1, 3], [1, 1, 2], [2]), "B", "must have shape [1] (M) (got 2)"),
        ["B of rank 2"] = ArgumentCase.Rule(Resolve([1, 1, 3], [1, 1, 2], [1, 1]), "B", "must have shape [1] (M) (got 1x1)"),
        ["kernel_shape not W's"] = ArgumentCase.Rule(Resolve([1, 1, 3], [1, 1, 2], attributes: new() { KernelShape = [3] }),
            "kernel_shape", "must equal W's spatial shape 2 (got 3)"),
        ["strides per axis"] = ArgumentCase.Rule(Resolve([1, 1, 3], [1, 1, 2], attributes: new() { Strides = [1, 1] }),
            "strides", "needs one entry per spatial axis, 1 (got 1x1)"),
        ["stride 0"] = ArgumentCase.Rule(Resolve([1, 1, 3], [1, 1, 2], attributes: new() { Strides = [0] }),
            "strides", "must be at least 1 (got 0)"),
        ["dilation 0 on the last axis"] = ArgumentCase.Rule(Resolve([1, 1, 3, 3], [1, 1, 2, 2], attributes: new() { Dilations = [2, 0] }),
            "dilations", "must be at least 1 (got 2x0)"),
        ["pads of one axis"] = ArgumentCase.Rule(Resolve([1, 1, 3], [1, 1, 2], attributes: new() { Pads = [0] }),
            "pads", "needs 2 x 1 entries [b1..bk, e1..ek] (got 1)"),
        ["a negative end pad"] = ArgumentCase.Rule(Resolve([1, 1, 3], [1, 1, 2], attributes: new() { Pads = [0, -1] }),
            "pads", "must be non-negative (got 0x-1)"),
        ["auto_pad outside the enum"] = ArgumentCase.Range(Resolve([1, 1, 3], [1, 1, 2], attributes: new() { AutoPad = (AutoPad)7 }),
            "auto_pad", "7 is not a AutoPad"),
        ["pads with SAME_UPPER"] = ArgumentCase.Rule(
            Resolve([1, 1, 3], [1, 1, 2], attributes: new() { AutoPad = AutoPad.SameUpper, Pads = [0, 1] }),
            "pads", "cannot be used together with auto_pad SameUpper (got 0x1)"),
        ["padding_mode outside the enum"] = ArgumentCase.Range(
            Resolve([1, 1, 3], [1, 1, 2], attributes: new() { PaddingMode = (PaddingMode)9 }), "padding_mode", "9 is not a PaddingMode"),
        ["a reflect pad as long as the axis"] = ArgumentCase.Rule(
            Resolve([1, 1, 3], [1, 1, 2], attributes: new() { Pads = [3, 0], PaddingMode = PaddingMode.Reflect }), "pads",
            "reflect padding must be less than the input extent (got pads (3, 0) on spatial axis 0 of extent 3)"),
        ["a circular end pad past the axis"] = ArgumentCase.Rule(
            Resolve([1, 1, 3, 3], [1, 1, 2, 2], attributes: new() { Pads = [0, 0, 0, 4], PaddingMode = PaddingMode.Circular }), "pads",
            "circular padding must not wrap around more than once (got pads (0, 4) on spatial axis 1 of extent 3)"),
        ["a padded extent past 32 bits"] = ArgumentCase.Rule(
            Resolve([1, 1, int.MaxValue], [1, 1, 1], attributes: new() { Pads = [0, 1] }), "pads",
            "the padded extent 2147483647 + 0 + 1 on spatial axis 0 exceeds 2147483647"),
        ["a kernel longer than the input"] = ArgumentCase.Rule(Resolve([1, 1, 2], [1, 1, 3]), "W",
            "the kernel spans 3 cells on spatial axis 0 but the padded input has only 2"),
        ["a kernel longer than the padded input"] = ArgumentCase.Rule(
            Resolve([1, 1, 2], [1, 1, 5], attributes: new() { Pads = [1, 1] }), "W",
            "the kernel spans 5 cells on spatial axis 0 but the padded input has only 4"),
        ["a dilated kernel longer than axis 1"] = ArgumentCase.Rule(
            Resolve([1, 1, 3, 3], [1, 1, 2, 2], attributes: new() { Dilations = [1, 3] }), "W",
            "the kernel spans 4 cells on spatial axis 1 but the padded input has only 3"),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_broken_rule_is_refused_with_its_argument_and_message(string name) => Cases[name].Refuses();

    public static TheoryData<string, int[], int[], ConvAttributes, int[]> Accepted => new()
    {
        // N = 0 is an empty batch, not an error.
        { "an empty batch", [0, 1, 3], [1, 1, 2], Defaults, [0, 1, 2] },
        // group 2 with C = 4, M = 2: W has C/G = 2 channels.
        { "two groups", [1, 4, 4], [2, 2, 2], new ConvAttributes { Group = 2 }, [1, 2, 3] },
        // span 3 = 2 + 0 + 1 padded cells: exactly one window.
        { "a kernel as long as the padded input", [1, 1, 2], [1, 1, 3], new ConvAttributes { Pads = [0, 1] }, [1, 1, 1] },
        // no pads with SAME_UPPER are allowed, and pads of zeros are.
        { "zero pads with SAME_UPPER", [1, 1, 3], [1, 1, 2], new ConvAttributes { AutoPad = AutoPad.SameUpper, Pads = [0, 0] }, [1, 1, 3] },
        // the largest extent an axis can have, kernel 1: O = D = 2^31 − 1.
        { "an output extent of 2^31 - 1", [1, 1, int.MaxValue], [1, 1, 1], Defaults, [1, 1, int.MaxValue] },
        // reflect takes pads up to D − 1 and circular up to D: padded extents 7 and 9, kernel 2.
        { "reflect pads of D - 1", [1, 1, 3], [1, 1, 2], new ConvAttributes { Pads = [2, 2], PaddingMode = PaddingMode.Reflect }, [1, 1, 6] },
        { "circular pads of D", [1, 1, 3], [1, 1, 2], new ConvAttributes { Pads = [3, 3], PaddingMode = PaddingMode.Circular }, [1, 1, 8] },
        { "kernel_shape equal to W's", [1, 1, 3, 4], [1, 1, 2, 3], new ConvAttributes { KernelShape = [2, 3] }, [1, 1, 2, 2] },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Shapes_just_inside_every_rule_resolve_to_the_window_size_law(string name, int[] x, int[] w, ConvAttributes attributes, int[] output)
    {
        var g = ConvGeometry.Resolve(x, w, null, attributes);
        Assert.True(output.SequenceEqual(g.OutputShape), $"{name}: {ShapeText.Of(g.OutputShape)}");
    }
}
