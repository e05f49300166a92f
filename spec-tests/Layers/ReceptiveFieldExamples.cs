using ConvSpec.Layers;

namespace ConvSpec.SpecTests.Layers;

/// <summary>The notes' sparse-connectivity figures (units numbered from 1 there, from 0 here), five units, kernel width 3, pads (1, 1).</summary>
public class ReceptiveFieldExamples
{
    private static readonly WindowLayer Width3 = new(Kernel: 3, PadBegin: 1, PadEnd: 1);

    [Fact] // "viewed from below": x3 affects only s2, s3, s4
    public void Viewed_from_below_x3_affects_three_outputs() =>
        Assert.Equal([1, 2, 3], ReceptiveField.OutputsOf([Width3], 5, 2));

    [Fact] // "viewed from above": the receptive field of s3 is x2, x3, x4
    public void Viewed_from_above_s3_depends_on_three_inputs() =>
        Assert.Equal([1, 2, 3], ReceptiveField.InputsOf([Width3], 5, 2));

    [Fact] // deeper layers: g3, two width-3 layers above x, is indirectly connected to all of x1..x5
    public void Two_layers_reach_all_five_inputs()
    {
        Assert.Equal([0, 1, 2, 3, 4], ReceptiveField.InputsOf([Width3, Width3], 5, 2));
        Assert.Equal((5L, 1L, -2L), ReceptiveField.Of([Width3, Width3]));
    }

    [Fact] // a dilated layer skips cells: kernel 2, dilation 3 reads x0 and x3 for output 0
    public void Dilation_leaves_holes_in_the_receptive_field()
    {
        Assert.Equal([0, 3], ReceptiveField.InputsOf([new WindowLayer(2, Dilation: 3)], 6, 0));
        Assert.Equal((4L, 1L, 0L), ReceptiveField.Of([new WindowLayer(2, Dilation: 3)]));
    }

    [Fact] // stride 2 then kernel 3: R = 1 + 2·1 + 2·2 = 7, J = 2·2 = 4
    public void Strides_multiply_the_jump_and_widen_later_layers()
    {
        var stack = new[] { new WindowLayer(3, Stride: 2), new WindowLayer(3, Stride: 2) };
        Assert.Equal((7L, 4L, 0L), ReceptiveField.Of(stack));
        Assert.Equal([4, 5, 6, 7, 8, 9, 10], ReceptiveField.InputsOf(stack, 15, 1));
    }
}
