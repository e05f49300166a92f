using ConvSpec.Layers;
using ConvSpec.Protocol.Operations;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>
/// Conv's exact evaluation is refused (unsupported) beyond 2²⁷ multiply-adds, counted as
/// work = outputs × max(1, C/group × K_1 ⋯ K_k); one 1-D channel with kernel K over L inputs has L − K + 1 outputs.
/// </summary>
public class ConvWorkLimitExamples
{
    private static ConvGeometry OneChannel(int length, int kernel, int channels = 1) =>
        ConvGeometry.Resolve([1, channels, length], [1, channels, kernel], null, new ConvAttributes());

    [Fact] // 2¹³ outputs × 2¹⁴ taps = 2²⁷: at the limit, accepted
    public void Exactly_2_to_the_27_multiply_adds_are_accepted() =>
        ConvArgs.CheckWork(OneChannel((1 << 13) + (1 << 14) - 1, 1 << 14), "Conv");

    [Fact] // 2¹⁴ outputs × 2¹⁴ taps = 2²⁸, though the outputs alone (2¹⁴) are far below the limit
    public void Outputs_times_taps_beyond_2_to_the_27_are_unsupported_and_counted_in_the_message()
    {
        var e = Assert.Throws<NotSupportedException>(() => ConvArgs.CheckWork(OneChannel((1 << 15) - 1, 1 << 14), "Conv"));
        Assert.Equal("Conv: 16384 outputs of 16384 terms each is beyond what the exact oracle evaluates (limit 134217728 multiply-adds)", e.Message);
    }

    [Fact] // 2¹⁴ outputs × (2⁷ channels × 2⁷ taps) = 2²⁸: each output sums over channels and taps
    public void Channels_multiply_the_taps() =>
        Assert.Throws<NotSupportedException>(() => ConvArgs.CheckWork(OneChannel((1 << 14) + (1 << 7) - 1, 1 << 7, channels: 1 << 7), "Conv"));
}
