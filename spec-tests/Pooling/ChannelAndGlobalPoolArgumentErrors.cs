using ConvSpec.Pooling;
using ConvSpec.SpecTests.TestSupport;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Pooling;

/// <summary>Channel and global pooling, Spec and Fast, called directly with one bad argument, and the smallest ranks they accept.</summary>
public class ChannelAndGlobalPoolArgumentErrors
{
    private static readonly NdArray<double> Rank1 = new([2], [1, 2]);
    private static readonly NdArray<float> Rank1F = new([2], [1, 2]);
    private static readonly NdArray<double> Rank2 = new([1, 2], [1, 2]);
    private static readonly NdArray<float> Rank2F = new([1, 2], [1, 2]);
    private static readonly NdArray<double> Channels3 = new([1, 3, 1], [1, 2, 3]);
    private static readonly NdArray<float> Channels3F = new([1, 3, 1], [1, 2, 3]);
    private const string RankRule = "must have shape N x C x ... (got rank 1)";
    private const string GlobalRule = "must have shape N x C x D1 x ... x Dk with k >= 1 (got rank 2)";

    private static readonly Dictionary<string, ArgumentCase> Cases = new()
    {
        ["ChannelPool.Spec X null"] = ArgumentCase.Null(() => ChannelPool.Spec.Max<double>(null!, 1), "X"),
        ["ChannelPool.Spec rank 1"] = ArgumentCase.Rule(() => ChannelPool.Spec.Max(Rank1, 1), "X", RankRule),
        ["ChannelPool.Spec groupSize 0"] = ArgumentCase.Range(() => ChannelPool.Spec.Max(Channels3, 0), "groupSize", "must be at least 1 (got 0)"),
        ["ChannelPool.Spec groupSize not dividing C"] = ArgumentCase.Rule(() => ChannelPool.Spec.Max(Channels3, 2), "groupSize", "must divide the channel count 3 (got 2)"),
        ["ChannelPool.Fast X null"] = ArgumentCase.Null(() => ChannelPool.Fast.Max((NdArray<double>)null!, 1), "X"),
        ["ChannelPool.Fast float X null"] = ArgumentCase.Null(() => ChannelPool.Fast.Max((NdArray<float>)null!, 1), "X"),
        ["ChannelPool.Fast rank 1"] = ArgumentCase.Rule(() => ChannelPool.Fast.Max(Rank1, 1), "X", RankRule),
        ["ChannelPool.Fast float rank 1"] = ArgumentCase.Rule(() => ChannelPool.Fast.Max(Rank1F, 1), "X", RankRule),
        ["ChannelPool.Fast groupSize 0"] = ArgumentCase.Range(() => ChannelPool.Fast.Max(Channels3, 0), "groupSize", "must be at least 1 (got 0)"),
        ["ChannelPool.Fast groupSize not dividing C"] = ArgumentCase.Rule(() => ChannelPool.Fast.Max(Channels3F, 2), "groupSize", "must divide the channel count 3 (got 2)"),

        ["ChannelPool.Spec.MaxOverBank X null"] = ArgumentCase.Null(() => ChannelPool.Spec.MaxOverBank<double>(null!, [x => x]), "X"),
        ["ChannelPool.Spec.MaxOverBank bank null"] = ArgumentCase.Null(() => ChannelPool.Spec.MaxOverBank(Channels3, null!), "bank"),
        ["ChannelPool.Spec.MaxOverBank bank empty"] = ArgumentCase.Rule(() => ChannelPool.Spec.MaxOverBank(Channels3, []), "bank", "must hold at least one detector"),
        ["ChannelPool.Spec.MaxOverBank responses of two shapes"] = ArgumentCase.Rule(() => ChannelPool.Spec.MaxOverBank(Channels3, [x => x, _ => Rank2]), "bank",
            "every response must have one shape (got 1x3x1 and 1x2)"),

        ["GlobalPool.Spec.Max X null"] = ArgumentCase.Null(() => GlobalPool.Spec.Max<double>(null!), "X"),
        ["GlobalPool.Spec.Max rank 2"] = ArgumentCase.Rule(() => GlobalPool.Spec.Max(Rank2), "X", GlobalRule),
        ["GlobalPool.Spec.Average X null"] = ArgumentCase.Null(() => GlobalPool.Spec.Average<double>(null!), "X"),
        ["GlobalPool.Spec.Average rank 2"] = ArgumentCase.Rule(() => GlobalPool.Spec.Average(Rank2), "X", GlobalRule),
        ["GlobalPool.Spec.Lp X null"] = ArgumentCase.Null(() => GlobalPool.Spec.Lp(null!), "X"),
        ["GlobalPool.Spec.Lp rank 2"] = ArgumentCase.Rule(() => GlobalPool.Spec.Lp(Rank2), "X", GlobalRule),
        ["GlobalPool.Fast.Max X null"] = ArgumentCase.Null(() => GlobalPool.Fast.Max((NdArray<double>)null!), "X"),
        ["GlobalPool.Fast.Max rank 2"] = ArgumentCase.Rule(() => GlobalPool.Fast.Max(Rank2), "X", GlobalRule),
        ["GlobalPool.Fast.Max float rank 2"] = ArgumentCase.Rule(() => GlobalPool.Fast.Max(Rank2F), "X", GlobalRule),
        ["GlobalPool.Fast.Average X null"] = ArgumentCase.Null(() => GlobalPool.Fast.Average((NdArray<double>)null!), "X"),
        ["GlobalPool.Fast.Average float rank 2"] = ArgumentCase.Rule(() => GlobalPool.Fast.Average(Rank2F), "X", GlobalRule),
        ["GlobalPool.Fast.Lp X null"] = ArgumentCase.Null(() => GlobalPool.Fast.Lp(null!), "X"),
        ["GlobalPool.Fast.Lp rank 2"] = ArgumentCase.Rule(() => GlobalPool.Fast.Lp(Rank2), "X", GlobalRule),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_bad_argument_is_refused_with_its_name_and_rule(string name) => Cases[name].Refuses();

    [Fact]
    public void Channel_pooling_accepts_rank_2_an_N_x_C_matrix()
    {
        Assert.Equal(new double[] { 2 }, ChannelPool.Spec.Max(Rank2, 2).Data);
        Assert.Equal(new double[] { 2 }, ChannelPool.Fast.Max(Rank2, 2).Data);
    }

    [Fact]
    public void Global_pooling_accepts_rank_3_one_spatial_axis()
    {
        var x = new NdArray<double>([1, 1, 2], [1, 3]);
        Assert.Equal(new double[] { 3 }, GlobalPool.Spec.Max(x).Data);
        Assert.Equal(new double[] { 3 }, GlobalPool.Fast.Max(x).Data);
        Assert.Equal([1, 1, 1], PoolGrid.Global([1, 1, 2]).OutputShape);
    }
}
