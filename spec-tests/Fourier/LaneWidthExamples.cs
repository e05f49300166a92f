using ConvSpec.Fourier;

namespace ConvSpec.SpecTests.Fourier;

/// <summary>
/// The widest lane rule W = 64/bytes with 512-bit vectors, else 32/bytes with 256-bit vectors, else 1, on every
/// machine: the rule is given the hardware's answers, so each side runs whatever this machine has.
/// </summary>
public class LaneWidthExamples
{
    [Theory]
    [InlineData(8, true, true, 8)]
    [InlineData(4, true, false, 16)]
    [InlineData(8, false, true, 4)]
    [InlineData(4, false, true, 8)]
    [InlineData(8, false, false, 1)]
    [InlineData(4, false, false, 1)]
    public void The_widest_lane_is_the_widest_accelerated_vector(int bytes, bool has512, bool has256, int width) =>
        Assert.Equal(width, Lanes.Widest(bytes, has512, has256));

    [Fact]
    public void This_machine_runs_the_rule_on_its_own_vectors() =>
        Assert.Equal(Lanes.Widest(sizeof(double), System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated,
            System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated), Lanes.Width);
}
