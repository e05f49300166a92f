using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.Conformance;

/// <summary>
/// Property-based conformance of an implementation against the spec: per operation, <see cref="CheckOptions.Count"/>
/// cases from the operation's <see cref="ICaseGenerator"/> (case i from the seed, the operation and i alone, so a
/// seed replays), each judged by <see cref="CaseJudge"/>; the first failure of an operation is shrunk
/// (<see cref="Shrinker"/>) and ends that operation. Usable from any test framework:
/// <code>ConformanceCheck.Run((op, args) => MyKernels.Answer(op, args), new CheckOptions { Ops = ["convolve"] }).ThrowIfFailed();</code>
/// </summary>
public static class ConformanceCheck
{
    /// <summary>Checks an in-process candidate given as a delegate (see <see cref="DelegateCandidate"/>).</summary>
    public static CheckReport Run(Func<string, JsonObject, JsonNode?> candidate, CheckOptions options, string name = "in-process candidate")
    {
        using var c = new DelegateCandidate(name, candidate);
        return Run(c, options);
    }

    /// <summary>Checks <paramref name="candidate"/> on every operation the options select (<c>new CheckOptions()</c>: all, 100 cases each).</summary>
    public static CheckReport Run(ICandidate candidate, CheckOptions options)
    {
        var ops = SelectedOps(options);
        var summaries = new List<OpSummary>();
        var failures = new List<Counterexample>();
        var notCovered = new List<NotCoveredCase>();
        foreach (var op in ops)
        {
            var (summary, failure) = RunOp(candidate, CaseGenerators.Find(op), options, notCovered);
            summaries.Add(summary);
            if (failure is not null) failures.Add(failure);
            options.Progress?.Report(new CheckProgress(op, summary.Cases, options.Count, true, summary));
        }
        return new CheckReport(candidate.Name, options.Seed, options, summaries, failures, notCovered);
    }

    /// <summary>The requested operations (every generator's when none are named), each known.</summary>
    public static IReadOnlyList<string> SelectedOps(CheckOptions options) =>
        options.Ops is { Count: > 0 } named
            ? named.Select(op => CaseGenerators.Find(op).Op).Distinct().ToList()
            : CaseGenerators.All.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The arguments of case <paramref name="index"/> of the generator's operation under <paramref name="options"/>.</summary>
    public static JsonObject Case(ICaseGenerator generator, CheckOptions options, int index)
    {
        var space = new CaseSpace(options.EffectiveDTypes, MaxSizeOf(options, index), options.NonFinite);
        var seed = Mix(Mix(options.Seed ^ Fnv(generator.Op)) + (ulong)index);
        return generator.Args(space).Sample(1, new Rnd(seed), 1)[0]; // FsCheck's Sample(count, rnd, size): one draw
    }

    /// <summary>
    /// The size bound of case <paramref name="index"/>: 1 + ⌊2·index·MaxSize / max(1, Count)⌋, capped at MaxSize (and at
    /// least 1), so sizes ramp up over the first half of the cases and the second half runs at MaxSize.
    /// </summary>
    internal static int MaxSizeOf(CheckOptions options, int index) =>
        Math.Max(1, Math.Min(options.MaxSize, 1 + 2 * index * options.MaxSize / Math.Max(1, options.Count)));

    private static (OpSummary, Counterexample?) RunOp(ICandidate candidate, ICaseGenerator generator, CheckOptions options, List<NotCoveredCase> notCovered)
    {
        int cases = 0, passed = 0, uncovered = 0;
        double worstFraction = 0, worstUlps = 0;
        var tolerances = new SortedSet<string>(StringComparer.Ordinal);
        Func<JsonObject, Verdict> judge = a => CaseJudge.Judge(candidate, generator, a, options);
        for (var i = 0; i < options.Count; i++)
        {
            var args = Case(generator, options, i);
            var verdict = judge(args);
            cases++;
            options.Progress?.Report(new CheckProgress(generator.Op, cases, options.Count, false, null));
            if (verdict.Failed)
            {
                var (small, shrunk, steps) = Shrinker.Shrink(args, verdict, judge,
                    options.ShrinkBudget, options.ShrinkTime);
                var summary = new OpSummary(generator.Op, cases, passed, uncovered, 1, Math.Max(worstFraction, verdict.WorstFraction), Math.Max(worstUlps, verdict.WorstUlps), tolerances.ToList());
                return (summary, new Counterexample(generator.Op, shrunk, small, args, options.Seed, i, steps));
            }
            if (verdict.Kind == VerdictKind.NotCovered)
            {
                uncovered++;
                notCovered.Add(new NotCoveredCase(generator.Op, i, verdict.Detail));
                continue;
            }
            passed++;
            if (verdict.Actual!["result"] is not null) tolerances.Add(verdict.Tolerance.ToString().ToLowerInvariant());
            worstFraction = Math.Max(worstFraction, verdict.WorstFraction);
            worstUlps = Math.Max(worstUlps, verdict.WorstUlps);
        }
        return (new OpSummary(generator.Op, cases, passed, uncovered, 0, worstFraction, worstUlps, tolerances.ToList()), null);
    }

    /// <summary>FNV-1a of the operation name: a hash that is the same in every process (string.GetHashCode is not).</summary>
    private static ulong Fnv(string text)
    {
        var h = 14695981039346656037UL;
        foreach (var ch in text) h = (h ^ ch) * 1099511628211UL;
        return h;
    }

    /// <summary>SplitMix64's finaliser.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
