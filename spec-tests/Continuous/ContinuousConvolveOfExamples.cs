using ConvSpec.Continuous;

namespace ConvSpec.SpecTests.Continuous;

/// <summary>ContinuousConvolve.Spec.Of as a function of t: box ∗ box is the triangle (closed form).</summary>
public class ContinuousConvolveOfExamples
{
    [Fact]
    public void Box_convolved_with_box_is_the_triangle_as_a_function_of_t()
    {
        // 1_[0,1] ∗ 1_[0,1] (t) = t on [0, 1], 2 − t on [1, 2], 0 elsewhere.
        var box = new Support(0, 1);
        var c = ContinuousConvolve.Spec.Of(_ => 1.0, box, _ => 1.0, box, Tolerance.Default);
        Assert.Equal(0.5, c(0.5).Value, 12);
        Assert.Equal(0.25, c(1.75).Value, 12);
        Assert.Equal(0.0, c(3).Value);
    }
}
