using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>Misbehaving child-process candidates are reported as such and never hang the check.</summary>
public class ProcessCandidateTests
{
    private static readonly CheckOptions Options = new()
    {
        Ops = ["convolve"], DTypes = [DType.Int64], Count = 3, Seed = 1, Timeout = TimeSpan.FromMilliseconds(500), ShrinkBudget = 10,
    };

    private static Counterexample FailureOf(string script)
    {
        using var candidate = new ProcessCandidate(Candidates.Shell(script), startupGrace: TimeSpan.Zero);
        return Assert.Single(ConformanceCheck.Run(candidate, Options).Failures);
    }

    [Fact]
    public void A_candidate_that_exits_is_reported_as_a_crash_with_its_exit_code_and_stderr()
    {
        var failure = FailureOf("read line; echo dying >&2; exit 3");
        Assert.Equal(VerdictKind.Crash, failure.Verdict.Kind);
        Assert.Contains("exit code 3", failure.Verdict.Detail);
        Assert.Contains("dying", failure.Verdict.Detail);
    }

    [Fact]
    public void A_candidate_that_hangs_is_reported_as_a_timeout_and_killed()
    {
        var failure = FailureOf("sleep 60");
        Assert.Equal(VerdictKind.Timeout, failure.Verdict.Kind);
        Assert.Equal(0, failure.ShrinkSteps);
    }

    [Fact]
    public void A_candidate_that_writes_garbage_is_reported_as_such()
    {
        var failure = FailureOf("while read line; do echo 'this is not json'; done");
        Assert.Equal(VerdictKind.Garbage, failure.Verdict.Kind);
        Assert.Contains("this is not json", failure.Verdict.Detail);
    }

    [Fact]
    public void A_candidate_that_answers_with_the_wrong_id_is_reported_as_such()
    {
        var failure = FailureOf("while read line; do echo '{\"id\": 999, \"result\": 1}'; done");
        Assert.Equal(VerdictKind.WrongId, failure.Verdict.Kind);
        Assert.Contains("999", failure.Verdict.Detail);
    }

    [Fact]
    public void A_command_that_does_not_exist_is_a_crash_not_an_exception()
    {
        var failure = FailureOf("/nonexistent/candidate-binary");
        Assert.Equal(VerdictKind.Crash, failure.Verdict.Kind);
    }
}
