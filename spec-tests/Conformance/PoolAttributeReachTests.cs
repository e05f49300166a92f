using System.Text.Json.Nodes;
using ConvSpec.Protocol;
using static ConvSpec.SpecTests.Conformance.PoolCaseSamples;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The pooling generators reach every value of their attributes, and their absence (the default), in requests
/// the spec answers: pad_limit, dilations and ceil_mode on the sliding-window ops, AveragePool's overhang,
/// GlobalMaxPool's nan.
/// </summary>
public class PoolAttributeReachTests
{
    private const int Count = 240;

    [Theory]
    [InlineData("MaxPool")]
    [InlineData("AveragePool")]
    [InlineData("LpPool")]
    [InlineData("WeightedAveragePool")]
    public void Pool_cases_reach_every_pad_limit_its_absence_dilations_and_ceil_mode(string op)
    {
        var answered = Answered(op, Count);
        Assert.Contains(answered, a => a["pad_limit"] is null);
        foreach (var limit in new[] { "onnx", "pytorch", "any" })
            Assert.Contains(answered, a => Text(a, "pad_limit") == limit);
        Assert.Contains(answered, a => Ints(a, "dilations")?.Any(d => d > 1) == true);
        Assert.Contains(answered, a => a["ceil_mode"] is not null);
    }

    [Fact]
    public void Average_pool_cases_reach_both_overhang_divisors_and_the_default()
    {
        var answered = Answered("AveragePool", Count);
        Assert.Contains(answered, a => a["overhang"] is null);
        foreach (var overhang in new[] { "padded_window", "full_kernel" })
            Assert.Contains(answered, a => Text(a, "overhang") == overhang);
    }

    [Fact]
    public void Global_max_pool_cases_reach_nan_propagate_and_ignore_and_the_default()
    {
        var answered = Answered("GlobalMaxPool", Count);
        Assert.Contains(answered, a => a["nan"] is null);
        foreach (var nan in new[] { "propagate", "ignore" })
            Assert.Contains(answered, a => Text(a, "nan") == nan);
    }
}
