using System.Text.Json.Nodes;
using ConvSpec.Conformance;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// Pooling operations for theories, pooling cases as <c>convspec check</c> draws them (seed 7), and reach assertions.
/// Counts of a few hundred make every edge a generator promises appear whatever stream the shared window
/// generators draw from.
/// </summary>
public static class PoolCaseSamples
{
    /// <summary>The sliding-window pooling operations, for theories.</summary>
    public static TheoryData<string> WindowOps => new() { "MaxPool", "AveragePool", "LpPool", "WeightedAveragePool" };

    /// <summary>Every pooling operation, sliding-window and global, for theories.</summary>
    public static TheoryData<string> AllOps => new() { "MaxPool", "AveragePool", "LpPool", "WeightedAveragePool", "GlobalMaxPool", "GlobalAveragePool", "GlobalLpPool" };

    /// <summary>The first <paramref name="count"/> cases of <paramref name="op"/> of extent at most 4, unjudged.</summary>
    public static List<JsonObject> Drawn(string op, bool nonFinite, int count) =>
        LayerCaseSamples.Cases(op, new CheckOptions { Count = count, Seed = 7, MaxSize = 4, NonFinite = nonFinite });

    /// <summary>Some answered case leaves <paramref name="name"/> out (its default) and some sends each of <paramref name="values"/>.</summary>
    public static void AssertReaches(List<JsonObject> answered, string name, params string[] values)
    {
        Assert.Contains(answered, a => a[name] is null);
        foreach (var value in values)
            Assert.Contains(answered, a => LayerCaseSamples.Text(a, name) == value);
    }

    /// <summary>The error message of a response, or null when it carries a result.</summary>
    public static string? Error(JsonObject response) => response["error"]?["message"]?.GetValue<string>();
}
