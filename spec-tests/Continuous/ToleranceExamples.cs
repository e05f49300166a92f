using ConvSpec.Continuous;

namespace ConvSpec.SpecTests.Continuous;

/// <summary>The error a tolerance accepts for a value v: max(absolute, relative · |v|), the larger part, worked out.</summary>
public class ToleranceExamples
{
    [Theory]
    [InlineData(0.5, 0.25, 4.0, 1.0)]      // relative · |v| = 1 > 0.5
    [InlineData(0.5, 0.25, -4.0, 1.0)]     // |v|, not v: 0.25 · 4
    [InlineData(0.5, 0.25, 1.0, 0.5)]    // 0.25 < 0.5: the absolute part
    [InlineData(0.5, 0.25, 0.0, 0.5)]
    [InlineData(0.0, 0.25, 0.0, 0.0)]        // a purely relative tolerance accepts only error 0 at v = 0
    [InlineData(0.5, 0.0, 1e300, 0.5)]   // a purely absolute tolerance ignores v
    public void A_tolerance_accepts_the_larger_of_its_absolute_part_and_its_relative_part_of_the_value(
        double absolute, double relative, double value, double accepted) =>
        Assert.Equal(accepted, new Tolerance(absolute, relative).For(value));
}
