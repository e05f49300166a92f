using ConvSpec.Convolution;
using ConvSpec.Shapes;

namespace ConvSpec.SpecTests.Convolution;

/// <summary>The cost model on shapes where the answer is forced: scalars, a kernel larger than the input, mixed shapes.</summary>
public class CostModelShapeExamples
{
    [Fact]
    public void Scalars_always_take_the_direct_sum()
    {
        Assert.Equal(Method.Direct, CostModel.Choose([], [], ConvolutionMode.Full));
    }

    [Fact] // in2 covers in1: the estimate is symmetric in the order of the factors
    public void Estimates_do_not_depend_on_which_factor_is_larger()
    {
        Assert.Equal(CostModel.Estimate([4000], [300], ConvolutionMode.Full), CostModel.Estimate([300], [4000], ConvolutionMode.Full));
    }

    [Fact] // [10, 1] and [1, 10]: neither covers the other, so overlap-add does not apply
    public void Overlap_add_does_not_apply_when_neither_factor_covers_the_other()
    {
        Assert.Equal(double.PositiveInfinity, CostModel.Estimate([10, 1], [1, 10], ConvolutionMode.Full).OverlapAdd);
    }
}
