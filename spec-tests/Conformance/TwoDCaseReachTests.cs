using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using static ConvSpec.SpecTests.Conformance.LayerCaseSamples;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>convolve2d and correlate2d cases reach SciPy's boundary aliases and fill values of both signs, each answered.</summary>
public class TwoDCaseReachTests
{
    private static List<JsonObject> Drawn(string op) =>
        Cases(op, new CheckOptions { Count = 150, Seed = 21, MaxSize = 5, DTypes = [ConvSpec.Protocol.DType.Float64] });

    [Theory]
    [InlineData("convolve2d")]
    [InlineData("correlate2d")]
    public void Two_d_cases_reach_each_boundary_alias_answered(string op)
    {
        var cases = Drawn(op);
        foreach (var alias in new[] { "pad", "circular", "symmetric" })
            Assert.Contains(cases, a => Text(a, "boundary") == alias && RejectionOf(op, a) is null);
    }

    [Theory]
    [InlineData("convolve2d")]
    [InlineData("correlate2d")]
    public void Two_d_fill_values_reach_both_signs(string op)
    {
        var cases = Drawn(op);
        Assert.Contains(cases, a => Int(a, "fillvalue") < 0);
        Assert.Contains(cases, a => Int(a, "fillvalue") > 0);
    }
}
