using System.Text.Json;
using ConvSpec.Protocol;
using ConvSpec.Protocol.Operations;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>
/// output_shape's rules are found by scanning the assembly. <see cref="OutputShapeOperation.Rules"/> is computed once
/// a process, so the scan itself is called here: each concrete rule class once, under its operator's name.
/// </summary>
public class OutputShapeRulesDiscoveryExamples
{
    private static readonly string[] Operators =
        ["AveragePool", "Conv", "GlobalAveragePool", "GlobalLpPool", "GlobalMaxPool", "LpPool", "MaxPool", "WeightedAveragePool"];

    [Fact]
    public void The_scan_finds_the_8_rules_by_their_operator_names()
    {
        var found = OutputShapeOperation.Discover();
        Assert.Equal(Operators, found.Keys.Order(StringComparer.Ordinal));
        Assert.All(found, kv => Assert.Equal(kv.Key, kv.Value.Name));
    }

    [Theory]
    [InlineData("""{"input_shape": [1, 1, 3]}""", "")]
    [InlineData("""{"op": "Convolution", "input_shape": [1, 1, 3]}""", "Convolution")]
    public void An_unknown_or_missing_operator_is_named_with_the_known_ones_in_ordinal_order(string args, string op)
    {
        using var doc = JsonDocument.Parse(EvalServer.Respond($$"""{"id": 1, "op": "output_shape", "args": {{args}}}"""));
        var error = doc.RootElement.GetProperty("error");
        Assert.Equal("invalid_argument", error.GetProperty("type").GetString());
        Assert.Equal($"op: output_shape knows no operator '{op}' (known: {string.Join(", ", Operators)})", error.GetProperty("message").GetString());
    }
}
