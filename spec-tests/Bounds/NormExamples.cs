using ConvSpec.Bounds;

namespace ConvSpec.SpecTests.Bounds;

/// <summary>The rounded-up norms on vectors whose sums are exact, so that only the raising factor shows.</summary>
public class NormExamples
{
    [Fact] // ‖(0, 1)‖₂ = 1, raised by (2 + 2)u = 2^−51: 1 + 2^−51, a double
    public void Two_norm_is_raised_by_n_plus_two_units() =>
        Assert.Equal(1 + Math.ScaleB(1, -51), ErrorBound.Norm2([0, 1]));

    [Fact] // ‖(−1, 0, 2)‖₁ = 3, raised by (3 + 1)u = 2^−51: 3 + 3·2^−51, a double (the ulp at 3 is 2^−51)
    public void One_norm_is_raised_by_n_plus_one_units() =>
        Assert.Equal(3 + 3 * Math.ScaleB(1, -51), ErrorBound.Norm1([-1, 0, 2]));
}
