using System.Text.Json;
using ConvSpec.Protocol;
using ConvSpec.Protocol.Operations;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>LayerMethod: the Fast twin runs for fast/direct/auto on float32 and float64 only.</summary>
public class LayerMethodExamples
{
    private static EvalArgs Args(string? method) =>
        new("Conv", JsonDocument.Parse(method is null ? "{}" : $$"""{"method": "{{method}}"}""").RootElement);

    [Theory]
    [InlineData("fast", DType.Float32, true)]
    [InlineData("direct", DType.Float64, true)]
    [InlineData("auto", DType.Float64, true)]
    [InlineData("fast", DType.Int64, false)]
    [InlineData("fast", DType.Complex128, false)]
    [InlineData("spec", DType.Float64, false)]
    [InlineData(null, DType.Float32, false)]
    public void Fast_twin_runs_only_when_asked_and_for_real_floats(string? method, DType dtype, bool fast)
    {
        Assert.Equal(fast, LayerMethod.Fast(Args(method), dtype));
    }
}
