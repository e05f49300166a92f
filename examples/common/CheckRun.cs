using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.Examples;

/// <summary>
/// Runs ConvSpec's conformance engine (<see cref="ConformanceCheck"/>, the engine of <c>convspec check</c>) in
/// process on a library adapter and prints its report: the table (cases, passed, not covered, failed, worst error
/// in ulps and as a fraction of the bound) and each failure shrunk to a minimal counterexample.
/// </summary>
public static class CheckRun
{
    /// <summary>The fixed seed of the examples (docs/findings.md quotes its results).</summary>
    public const ulong Seed = 2026;

    /// <summary>Checks <paramref name="candidate"/> on <paramref name="ops"/> with inputs of <paramref name="dtypes"/> (default float32 and float64), NaN and ±∞ among them when <paramref name="nonFinite"/>; true when it passed.</summary>
    public static bool Run(string name, Func<string, JsonObject, JsonNode?> candidate, IReadOnlyList<string> ops, int count, ulong seed, bool nonFinite, params DType[] dtypes) =>
        Run(name, candidate, ops, count, seed, nonFinite, Tolerance.Auto, dtypes);

    /// <summary>As above, judging float answers under <paramref name="tolerance"/>.</summary>
    public static bool Run(string name, Func<string, JsonObject, JsonNode?> candidate, IReadOnlyList<string> ops, int count, ulong seed, bool nonFinite, Tolerance tolerance, params DType[] dtypes)
    {
        var options = new CheckOptions
        {
            Ops = ops, Count = count, Seed = seed, DTypes = dtypes.Length > 0 ? dtypes : [DType.Float32, DType.Float64],
            ShrinkTime = TimeSpan.FromSeconds(60), NonFinite = nonFinite, Tolerance = tolerance,
        };
        var report = ConformanceCheck.Run(candidate, options, name);
        Console.WriteLine($"== {name} (seed {seed}, {count} cases per op, {(nonFinite ? "with" : "without")} NaN/±∞ inputs, tolerance {tolerance.ToString().ToLowerInvariant()})");
        Console.WriteLine(report.ToText());
        var uncovered = report.NotCovered.GroupBy(n => Shorten(new string(n.Message.Where(ch => !char.IsDigit(ch)).ToArray())))
            .OrderByDescending(g => g.Count()).Select(g => $"  not covered {g.Count()} x {Shorten(g.First().Message)}");
        foreach (var line in uncovered.Take(12)) Console.WriteLine(line);
        Console.WriteLine();
        return report.Passed;
    }

    private static string Shorten(string text) => text.Length <= 110 ? text : text[..110] + "…";

    /// <summary>The seed from the command line (first argument), else <see cref="Seed"/>.</summary>
    public static ulong SeedFrom(string[] args) => args.Length > 0 && ulong.TryParse(args[0], out var s) ? s : Seed;

    /// <summary>The cases per operation from the command line (second argument), else 100.</summary>
    public static int CountFrom(string[] args) => args.Length > 1 && int.TryParse(args[1], out var c) ? c : 100;
}
