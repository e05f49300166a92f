using System.Text.Json.Nodes;
using ConvSpec.Conformance.Layers;
using static ConvSpec.SpecTests.Conformance.LayerCaseSamples;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// Conv's bound counts n = C/G·ΠK products plus the bias per output (W is M × C/G × K..), and the pads at the
/// padding modes' limits are the input's extent less 0, 1 or 2 per side, never below 0.
/// </summary>
public class ConvBoundExamples
{
    [Theory]
    [InlineData(new[] { 1, 4, 6, 6 }, new[] { 4, 2, 3, 3 }, 19)] // 2·3·3 + 1, group 2
    [InlineData(new[] { 2, 3, 7 }, new[] { 6, 1, 5 }, 6)]         // 1·5 + 1, depthwise
    [InlineData(new[] { 1, 2, 4, 4, 4 }, new[] { 1, 2, 2, 3, 4 }, 49)] // 2·2·3·4 + 1
    public void Conv_bound_terms_are_channels_per_group_times_the_kernel_size_plus_one(int[] x, int[] w, long terms)
    {
        var args = new JsonObject { ["X"] = Ones(x), ["W"] = Ones(w) };
        Assert.Equal(terms, new ConvCases().Bound(args).Terms);
    }

    [Fact]
    public void Wide_pads_are_the_extent_of_each_begin_and_end_less_its_narrowing_and_at_least_0()
    {
        WindowAxis[] axes = [new(3, 1, 1, 1, 0, 0), new(1, 1, 1, 1, 0, 0)];
        // begins [3 − 0, 1 − 1], ends [3 − 2, 1 − 2 → 0]
        Assert.Equal(new[] { 3, 0, 1, 0 }, ConvCases.WidePads(axes, [0, 1, 2, 2]));
        Assert.Equal(new[] { 1, 5, 3, 6 }, ConvCases.WidePads([new(3, 1, 1, 1, 0, 0), new(6, 1, 1, 1, 0, 0)], [2, 1, 0, 0]));
    }
}
