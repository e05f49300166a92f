using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;
using static ConvSpec.SpecTests.Conformance.LayerCaseSamples;
using static ConvSpec.SpecTests.Conformance.PoolCaseSamples;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// WeightedAveragePool cases: given weights W with and without kernel_shape, the default weights with
/// kernel_shape (the spec needs one of the two), W of X's float dtype (float32 for float32, float64 otherwise)
/// holding integers and fractions v/64.
/// </summary>
public class WeightedAveragePoolCaseTests
{
    private const string Op = "WeightedAveragePool";

    [Fact]
    public void Weighted_average_pool_cases_reach_weights_with_and_without_kernel_shape_and_the_default_weights()
    {
        var answered = Answered(Op, 240);
        Assert.Contains(answered, a => a["W"] is not null && a["kernel_shape"] is not null);
        Assert.Contains(answered, a => a["W"] is not null && a["kernel_shape"] is null);
        Assert.Contains(answered, a => a["W"] is null);
    }

    [Fact]
    public void Every_weighted_average_pool_case_sends_weights_or_kernel_shape()
    {
        var drawn = Drawn(Op, true, 600);
        Assert.Contains(drawn, a => a["W"] is null);
        Assert.All(drawn, a => Assert.True(a["W"] is not null || a["kernel_shape"] is not null, a.ToJsonString()));
    }

    [Fact]
    public void Given_weights_are_positive_of_the_float_dtype_of_x_and_include_fractions_of_64()
    {
        var weighted = Answered(Op, 240).Where(a => a["W"] is not null).ToList();
        Assert.All(weighted, a =>
            Assert.Equal(WireTensor.Argument(a, "X").DType == DType.Float32 ? DType.Float32 : DType.Float64, WireTensor.Argument(a, "W").DType));
        foreach (var x in new[] { DType.Float32, DType.Float64, DType.Int64 })
            Assert.Contains(weighted, a => WireTensor.Argument(a, "X").DType == x);
        Assert.All(weighted, a => Assert.All(WireTensor.Argument(a, "W").AsDouble().Data, w => Assert.InRange(w, 1 / 64.0, 1000 / 64.0)));
        Assert.Contains(weighted, a => WireTensor.Argument(a, "W").AsDouble().Data.Any(w => w != Math.Floor(w)));
    }
}
