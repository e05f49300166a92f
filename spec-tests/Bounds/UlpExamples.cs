using ConvSpec.Bounds;

namespace ConvSpec.SpecTests.Bounds;

/// <summary>ulp(x): 2^-52 at 1 in double, 2^-23 at 1 in float, undefined (NaN) for non-finite x.</summary>
public class UlpExamples
{
    [Fact]
    public void Ulp_at_one_and_at_non_finite_values()
    {
        Assert.Equal(Math.ScaleB(1, -52), CheckBounds.Ulp(1, single: false));
        Assert.Equal(Math.ScaleB(1, -23), CheckBounds.Ulp(-1, single: true));
        Assert.True(double.IsNaN(CheckBounds.Ulp(double.PositiveInfinity, single: false)));
        Assert.True(double.IsNaN(CheckBounds.Ulp(double.NaN, single: true)));
    }
}
