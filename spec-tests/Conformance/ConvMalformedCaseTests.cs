using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using static ConvSpec.SpecTests.Conformance.LayerCaseSamples;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The Conv generator breaks each of Conv's four shape rules now and then (group dividing C, W's axis 1 equal to
/// C/group, B of shape [M], kernel_shape equal to W's spatial extents), and the spec rejects every such case
/// naming the rule it breaks.
/// </summary>
public class ConvMalformedCaseTests
{
    private const string GroupRule = "group: must divide the input channels";
    private const string ChannelRule = "W: axis 1 must be C/group";
    private const string BiasRule = "B: must have shape";
    private const string KernelShapeRule = "kernel_shape:";

    /// <summary>The one rule <paramref name="a"/> breaks, or null when it breaks none or several.</summary>
    private static string? BrokenRule(JsonObject a)
    {
        var (x, w, group) = (Shape(a, "X"), Shape(a, "W"), Int(a, "group") ?? 1);
        var broken = new List<string>();
        if (x[1] % group != 0) broken.Add(GroupRule);
        else if (w[1] * group != x[1]) broken.Add(ChannelRule);
        if (a.ContainsKey("B") && !Shape(a, "B").SequenceEqual([w[0]])) broken.Add(BiasRule);
        if (Ints(a, "kernel_shape") is { } k && !k.SequenceEqual(w.Skip(2))) broken.Add(KernelShapeRule);
        return broken.Count == 1 ? broken[0] : null;
    }

    [Fact]
    public void Every_conv_case_breaking_a_shape_rule_is_rejected_naming_that_rule_and_each_rule_is_broken()
    {
        var broken = Cases("Conv", new CheckOptions { Count = 1500, Seed = 7 })
            .Select(a => (Args: a, Rule: BrokenRule(a))).Where(c => c.Rule is not null).ToList();
        foreach (var rule in new[] { GroupRule, ChannelRule, BiasRule, KernelShapeRule })
            Assert.Contains(broken, c => c.Rule == rule);
        Assert.All(broken, c => Assert.StartsWith(c.Rule!, RejectionOf("Conv", c.Args) ?? "answered"));
    }
}
