using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// An operation's summary line: the worst error over its judged cases (passing ones, and the failing one when it
/// fails), and the tolerances of the cases answered with a result.
/// </summary>
public class ConformanceCheckSummaryTests
{
    /// <summary>Every case's verdict up to and including <paramref name="last"/>, judged one by one.</summary>
    private static List<Verdict> Judged(Func<string, System.Text.Json.Nodes.JsonObject, System.Text.Json.Nodes.JsonNode?> answer, CheckOptions options, int last)
    {
        var generator = CaseGenerators.Find(options.Ops![0]);
        using var candidate = new DelegateCandidate("judged", answer);
        return Enumerable.Range(0, last + 1)
            .Select(i => CaseJudge.Judge(candidate, generator, ConformanceCheck.Case(generator, options, i), options)).ToList();
    }

    [Fact]
    public void A_passing_run_reports_the_worst_error_and_the_tolerances_of_its_result_answers()
    {
        var options = new CheckOptions { Ops = ["convolve"], DTypes = [DType.Float64], Count = 15, Seed = 9, NonFinite = false };
        var answer = Candidates.Perturbed(Math.ScaleB(1, -52));
        var summary = Assert.Single(ConformanceCheck.Run(answer, options).Ops);
        var verdicts = Judged(answer, options, options.Count - 1);

        Assert.All(verdicts, v => Assert.Equal(VerdictKind.Pass, v.Kind));
        Assert.Contains(verdicts, v => v.Actual!["error"] is not null);
        Assert.Equal((verdicts.Max(v => v.WorstFraction), verdicts.Max(v => v.WorstUlps)), (summary.WorstFraction, summary.WorstUlps));
        Assert.True(summary.WorstUlps > 0);
        var expected = verdicts.Where(v => v.Actual!["result"] is not null).Select(v => v.Tolerance.ToString().ToLowerInvariant())
            .Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected, summary.Tolerances);
        Assert.NotEmpty(summary.Tolerances);
        Assert.DoesNotContain("exact", summary.Tolerances);
    }

    [Fact]
    public void A_failing_run_reports_the_worst_error_including_the_failing_case()
    {
        var options = new CheckOptions { Ops = ["convolve"], DTypes = [DType.Float64], Count = 15, Seed = 9, NonFinite = false, ShrinkBudget = 0 };
        var answer = Candidates.Perturbed(1e-6);
        var report = ConformanceCheck.Run(answer, options);
        var (summary, failure) = (Assert.Single(report.Ops), Assert.Single(report.Failures));
        var verdicts = Judged(answer, options, failure.CaseIndex);

        Assert.Equal(VerdictKind.ValueMismatch, verdicts[^1].Kind);
        Assert.Equal((verdicts.Max(v => v.WorstFraction), verdicts.Max(v => v.WorstUlps)), (summary.WorstFraction, summary.WorstUlps));
        Assert.True(summary.WorstFraction > 1);
    }
}
