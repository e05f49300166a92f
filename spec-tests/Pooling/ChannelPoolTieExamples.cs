using ConvSpec.Pooling;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Pooling;

/// <summary>
/// Ties in channel max pooling keep the first channel: only a strictly greater value replaces the running maximum,
/// which shows on signed zeros (+0 = −0): max(+0, −0) is +0 and max(−0, +0) is −0.
/// </summary>
public class ChannelPoolTieExamples
{
    private static readonly NdArray<double> PlusThenMinus = new([1, 2, 1], [0.0, -0.0]);
    private static readonly NdArray<double> MinusThenPlus = new([1, 2, 1], [-0.0, 0.0]);

    private static bool[] Negative(NdArray<double> y) => y.Data.Select(double.IsNegative).ToArray();

    [Fact]
    public void Channel_max_keeps_the_first_of_equal_values()
    {
        Assert.Equal([false], Negative(ChannelPool.Spec.Max(PlusThenMinus, 2)));
        Assert.Equal([true], Negative(ChannelPool.Spec.Max(MinusThenPlus, 2)));
        Assert.Equal([false], Negative(ChannelPool.Fast.Max(PlusThenMinus, 2)));
        Assert.Equal([true], Negative(ChannelPool.Fast.Max(MinusThenPlus, 2)));
        Assert.True(float.IsNegative(ChannelPool.Fast.Max(new NdArray<float>([1, 2, 1], [-0f, 0f]), 2).Data[0]));
    }

    [Fact]
    public void Max_over_a_bank_keeps_the_first_detector_of_equal_responses()
    {
        var plus = new NdArray<double>([1, 1, 1], [0.0]);
        var minus = new NdArray<double>([1, 1, 1], [-0.0]);
        Assert.Equal([false], Negative(ChannelPool.Spec.MaxOverBank(plus, [x => x, _ => minus])));
        Assert.Equal([true], Negative(ChannelPool.Spec.MaxOverBank(plus, [_ => minus, x => x])));
    }
}
