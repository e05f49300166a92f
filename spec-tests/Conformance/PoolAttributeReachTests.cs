using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;
using static ConvSpec.SpecTests.Conformance.LayerCaseSamples;
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
    [MemberData(nameof(WindowOps), MemberType = typeof(PoolCaseSamples))]
    public void Pool_cases_reach_every_pad_limit_its_absence_dilations_and_ceil_mode(string op)
    {
        var answered = Answered(op, Count);
        AssertReaches(answered, "pad_limit", "onnx", "pytorch", "any");
        Assert.Contains(answered, a => Ints(a, "dilations")?.Any(d => d > 1) == true);
        Assert.Contains(answered, a => a["ceil_mode"] is not null);
    }

    [Fact]
    public void Average_pool_cases_reach_both_overhang_divisors_and_the_default() =>
        AssertReaches(Answered("AveragePool", Count), "overhang", "padded_window", "full_kernel");

    [Fact]
    public void Global_max_pool_cases_reach_nan_propagate_and_ignore_and_the_default() =>
        AssertReaches(Answered("GlobalMaxPool", Count), "nan", "propagate", "ignore");
}
