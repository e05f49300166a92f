using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace ConvSpec.Conformance;

/// <summary>One operation's line of the report: cases run, passed, not covered, and the worst error.</summary>
public sealed record OpSummary(string Op, int Cases, int Passed, int NotCovered, int Failed,
    double WorstFraction, double WorstUlps, IReadOnlyList<string> Tolerances);

/// <summary>A case the candidate answered unsupported (listed as not covered).</summary>
public sealed record NotCoveredCase(string Op, int CaseIndex, string Message);

/// <summary>
/// A failure shrunk to a minimal counterexample: the request, the spec's answer, the candidate's, where they
/// differ, and how to replay it (the seed and the case index).
/// </summary>
public sealed record Counterexample(string Op, Verdict Verdict, JsonObject Args, JsonObject OriginalArgs,
    ulong Seed, int CaseIndex, int ShrinkSteps)
{
    /// <summary>The request as one protocol line.</summary>
    public string Request => new JsonObject { ["id"] = 1, ["op"] = Op, ["args"] = Args.DeepClone() }.ToJsonString();
}

/// <summary>The result of a conformance run.</summary>
public sealed record CheckReport(string Candidate, ulong Seed, CheckOptions Options,
    IReadOnlyList<OpSummary> Ops, IReadOnlyList<Counterexample> Failures, IReadOnlyList<NotCoveredCase> NotCovered)
{
    /// <summary>The eval operations that have no <see cref="ICaseGenerator"/> and so were not checked.</summary>
    public IReadOnlyList<string> Unchecked { get; init; } = WithoutGenerator(Protocol.EvalOperations.All.Keys);

    /// <summary>The operations of <paramref name="ops"/> that have no case generator, in ordinal order.</summary>
    internal static IReadOnlyList<string> WithoutGenerator(IEnumerable<string> ops) =>
        ops.Where(op => !CaseGenerators.All.ContainsKey(op)).Order(StringComparer.Ordinal).ToList();

    /// <summary>True when no case failed.</summary>
    public bool Passed => Failures.Count == 0;

    /// <summary>Throws <see cref="ConformanceException"/> carrying <see cref="ToText"/> when a case failed.</summary>
    public void ThrowIfFailed()
    {
        if (!Passed) throw new ConformanceException(ToText());
    }

    /// <summary>The table of operations, then each counterexample, as plain text.</summary>
    public string ToText()
    {
        var s = new StringBuilder();
        s.AppendLine($"candidate: {Candidate}");
        s.AppendLine($"seed: {Seed}   (replay with --seed {Seed})");
        s.AppendLine(Table());
        foreach (var c in Failures) s.AppendLine(Describe(c));
        // Stryker disable once Linq : a GroupBy group holds at least one element, so First and FirstOrDefault agree
        var uncovered = NotCovered.GroupBy(n => n.Op).Select(g => $"{g.Key}: {g.Count()} (e.g. {g.First().Message})").ToList();
        if (uncovered.Count > 0) s.AppendLine("not covered (answered unsupported): " + string.Join("; ", uncovered));
        if (Unchecked.Count > 0) s.AppendLine("operations without a case generator (not checked): " + string.Join(", ", Unchecked));
        s.AppendLine(Passed ? "PASS" : $"FAIL: {Failures.Count} operation(s) with a counterexample");
        return s.ToString();
    }

    /// <summary>The operations × cases × worst error table.</summary>
    public string Table()
    {
        var rows = new List<string[]> { new[] { "operation", "cases", "passed", "not covered", "failed", "worst error / bound", "worst ulps", "tolerance" } };
        rows.AddRange(Ops.Select(o => new[]
        {
            o.Op, Num(o.Cases), Num(o.Passed), Num(o.NotCovered), Num(o.Failed),
            Number(o.WorstFraction), Number(o.WorstUlps), string.Join(",", o.Tolerances),
        }));
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        return string.Join(Environment.NewLine, rows.Select(r => string.Join("  ", r.Select((x, c) => x.PadRight(widths[c]))).TrimEnd()));
    }

    /// <summary>One counterexample in words.</summary>
    public static string Describe(Counterexample c)
    {
        var s = new StringBuilder();
        s.AppendLine($"counterexample for {c.Op}: {c.Verdict.Kind} (case {c.CaseIndex} of seed {c.Seed}, shrunk in {c.ShrinkSteps} steps)");
        s.AppendLine($"  where:    {c.Verdict.Detail}");
        s.AppendLine($"  request:  {c.Request}");
        s.AppendLine($"  expected: {c.Verdict.Expected.ToJsonString()}");
        s.AppendLine($"  actual:   {c.Verdict.Actual?.ToJsonString() ?? "(no response)"}");
        s.AppendLine($"  replay:   convspec check --seed {c.Seed} --ops {c.Op}  (with the same --count, --max-size, --dtypes)");
        return s.ToString();
    }

    private static string Num(int x) => x.ToString(CultureInfo.InvariantCulture);

    internal static string Number(double x) =>
        double.IsPositiveInfinity(x) ? "inf" : x == 0 ? "0" : x.ToString("G3", CultureInfo.InvariantCulture);
}

/// <summary>A conformance run found a counterexample; the message is the printed report.</summary>
public sealed class ConformanceException(string message) : Exception(message);
