using ConvSpec.Pooling;
using ConvSpec.Shapes;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Pooling;

/// <summary>The pooling attributes PoolGrid refuses, each with the attribute's ONNX name and the rule broken.</summary>
public class PoolGridArgumentErrors
{
    private static Func<object?> Grid(int[] shape, PoolOptions options) => () => PoolGrid.Of(shape, options);

    private static readonly Dictionary<string, ArgumentCase> Cases = new()
    {
        ["X null"] = ArgumentCase.Null(() => PoolGrid.Of(null!, new PoolOptions([1])), "X"),
        ["X without a spatial axis"] = ArgumentCase.Rule(Grid([1, 1], new PoolOptions([])), "X", "must have shape N x C x D1 x ... x Dk with k >= 1 (got 1x1)"),
        ["options null"] = ArgumentCase.Null(() => PoolGrid.Of([1, 1, 3], null!), "options"),
        ["X with an empty spatial axis"] = ArgumentCase.Rule(Grid([1, 1, 0], new PoolOptions([1])), "X", "must not be empty (shape 1x1x0)"),
        ["strides of another length"] = ArgumentCase.Rule(Grid([1, 1, 3], new PoolOptions([2], Strides: [1, 1])), "strides",
            "must have 1 entries for 1 spatial axes (got 2)"),
        ["a stride below 1"] = ArgumentCase.Rule(Grid([1, 1, 3, 3], new PoolOptions([2, 2], Strides: [1, 0])), "strides",
            "entries must be at least 1 (got 1, 0)"),
        ["ONNX limit, begin pad as long as the kernel"] = ArgumentCase.Rule(Grid([1, 1, 3], new PoolOptions([2], Pads: [2, 0])), "pads",
            "must be smaller than the kernel (2) on axis 0 (got 2 and 0)"),
        ["ONNX limit, end pad as long as the kernel"] = ArgumentCase.Rule(Grid([1, 1, 3], new PoolOptions([2], Pads: [0, 2])), "pads",
            "must be smaller than the kernel (2) on axis 0 (got 0 and 2)"),
        ["kernel_shape missing"] = ArgumentCase.Rule(Grid([1, 1, 3], new PoolOptions(null!)), "kernel_shape", "is required"),
        ["dilations of another length"] = ArgumentCase.Rule(Grid([1, 1, 3], new PoolOptions([2], Dilations: [1, 1])), "dilations",
            "must have 1 entries for 1 spatial axes (got 2)"),
        ["pads of another length"] = ArgumentCase.Rule(Grid([1, 1, 3, 3], new PoolOptions([2, 2], Pads: [0, 0])), "pads",
            "must have 4 entries for 2 spatial axes (got 2)"),
        ["auto_pad undefined"] = ArgumentCase.Range(Grid([1, 1, 3], new PoolOptions([2], AutoPad: (AutoPad)9)), "auto_pad", "9 is not a AutoPad"),
        ["pads with auto_pad"] = ArgumentCase.Rule(Grid([1, 1, 3], new PoolOptions([2], Pads: [1, 0], AutoPad: AutoPad.SameUpper)), "pads",
            "cannot be used together with auto_pad SameUpper (ONNX: explicit pads need auto_pad NOTSET; got 1, 0)"),
        ["pad_limit undefined"] = ArgumentCase.Range(Grid([1, 1, 3], new PoolOptions([2], PadLimit: (PadLimit)7)), "pad_limit", "7 is not a PadLimit"),
        ["PyTorch limit, begin pad over half the kernel"] = ArgumentCase.Rule(Grid([1, 1, 3], new PoolOptions([3], Pads: [2, 0], PadLimit: PadLimit.PyTorch)), "pads",
            "must be at most half the kernel (1) on axis 0 (got 2 and 0)"),
        ["PyTorch limit, end pad over half the kernel"] = ArgumentCase.Rule(Grid([1, 1, 3], new PoolOptions([3], Pads: [0, 2], PadLimit: PadLimit.PyTorch)), "pads",
            "must be at most half the kernel (1) on axis 0 (got 0 and 2)"),
        ["padded extent past 32 bits"] = ArgumentCase.Rule(Grid([1, 1, int.MaxValue], new PoolOptions([2], Pads: [1, 0])), "kernel_shape",
            "the window span and the padded extent must fit in 32 bits on spatial axis 0"),
        ["padded extent past 32 bits by its end pad"] = ArgumentCase.Rule(Grid([1, 1, int.MaxValue - 1], new PoolOptions([3], Pads: [0, 2])), "kernel_shape",
            "the window span and the padded extent must fit in 32 bits on spatial axis 0"),
        ["window span past 32 bits"] = ArgumentCase.Rule(Grid([1, 1, 3], new PoolOptions([2], Dilations: [int.MaxValue])), "kernel_shape",
            "the window span and the padded extent must fit in 32 bits on spatial axis 0"),
        // D = 1, K = 2, d = 2, pads (1, 2): window 0 reads −1 and 1, window 1 reads 0 and 2.
        ["a window starting in the padding with no input cell"] = ArgumentCase.Rule(
            Grid([1, 1, 1], new PoolOptions([2], Pads: [1, 2], Dilations: [2], PadLimit: PadLimit.Any)), "pads",
            "window 0 on spatial axis 0 covers no input cell (extent 1, kernel 2, stride 1, dilation 2, pads 1, 2)"),
        // D = 1, K = 1, s = 2, pads (0, 2): window 0 reads 0, window 1 reads 2, past the input.
        ["a last window past the input"] = ArgumentCase.Rule(
            Grid([1, 1, 1], new PoolOptions([1], Strides: [2], Pads: [0, 2], PadLimit: PadLimit.Any)), "pads",
            "window 1 on spatial axis 0 covers no input cell (extent 1, kernel 1, stride 2, dilation 1, pads 0, 2)"),
        ["the output extent negative"] = ArgumentCase.Rule(() => PoolGrid.OutputExtent(1, 3, 1, 2, 1, 1, false, axis: 2), "kernel_shape",
            "the window spans 5 cells but the padded input has only 3 on spatial axis 2 (computed output size -1)"),
        ["the output extent negative in ceil mode"] = ArgumentCase.Rule(() => PoolGrid.OutputExtent(1, 6, 2, 1, 0, 0, true), "kernel_shape",
            "the window spans 6 cells but the padded input has only 1 on spatial axis 0 (computed output size -1)"),
        ["the output extent negative with stride 2"] = ArgumentCase.Rule(() => PoolGrid.OutputExtent(1, 5, 2, 1, 0, 0, false), "kernel_shape",
            "the window spans 5 cells but the padded input has only 1 on spatial axis 0 (computed output size -1)"),
        ["OutputExtent with stride 0 on a window longer than the input"] = ArgumentCase.Range(() => PoolGrid.OutputExtent(1, 3, 0, 1, 0, 0, false), "stride",
            "must be at least 1 (got 0)"),
        ["OutputExtent with a negative extent"] = ArgumentCase.Range(() => PoolGrid.OutputExtent(-5, 2, 1, 1, 0, 0, true), "extent",
            "must be at least 0 (got -5)"),
        ["Global X null"] = ArgumentCase.Null(() => PoolGrid.Global(null!), "X"),
        ["Global X without a spatial axis"] = ArgumentCase.Rule(() => PoolGrid.Global([1, 1]), "X", "must have shape N x C x D1 x ... x Dk with k >= 1 (got 1x1)"),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_bad_attribute_is_refused_with_its_name_and_rule(string name) => Cases[name].Refuses();
}
