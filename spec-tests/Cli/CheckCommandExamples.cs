using System.Text.Json.Nodes;
using ConvSpec.Cli.Commands;
using ConvSpec.Conformance;

namespace ConvSpec.SpecTests.Cli;

/// <summary><c>convspec check</c>: the seed and candidate lines, the report text, and exit 0 on a pass, 1 on a counterexample.</summary>
public class CheckCommandExamples
{
    [Fact]
    public void The_library_passes_its_own_check_with_exit_0_printing_seed_progress_and_each_variants_report()
    {
        var run = CheckRuns.Check("--ops", "convolve", "--count", "2", "--max-size", "2", "--seed", "1");
        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal(
            """
            seed: 1
            checking: convspec eval (method direct)
            convolve: 2 cases, 2 passed, 0 not covered, 0 failed
            checking: convspec eval (method fft)
            convolve: 2 cases, 2 passed, 0 not covered, 0 failed
            candidate: convspec eval (method direct)
            seed: 1   (replay with --seed 1)
            operation  cases  passed  not covered  failed  worst error / bound  worst ulps  tolerance
            convolve   2      2       0            0       0                    0           direct
            PASS

            candidate: convspec eval (method fft)
            seed: 1   (replay with --seed 1)
            operation  cases  passed  not covered  failed  worst error / bound  worst ulps  tolerance
            convolve   2      2       0            0       0                    0           fft
            PASS


            """, run.Output);
    }

    [Fact]
    public void Without_a_seed_a_random_positive_seed_is_printed_and_used_for_every_report()
    {
        var run = CheckRuns.Check([new DirectMethodCandidate()], "--ops", "convolve", "--count", "1", "--max-size", "1");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n');
        Assert.StartsWith("seed: ", lines[0]);
        var seed = ulong.Parse(lines[0]["seed: ".Length..]);
        Assert.InRange(seed, 1UL, (ulong)long.MaxValue - 1);
        Assert.Contains($"\nseed: {seed}   (replay with --seed {seed})\n", run.Output);
    }

    [Fact]
    public void Operations_are_split_at_commas_ignoring_blanks_and_empty_entries()
    {
        var run = CheckRuns.Check([new DirectMethodCandidate()], "--ops", " correlate, ,convolve ", "--count", "1", "--max-size", "1", "--seed", "3");
        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Contains("\ncorrelate: 1 cases, 1 passed, 0 not covered, 0 failed\nconvolve: 1 cases, 1 passed, 0 not covered, 0 failed\n", run.Output);
    }

    [Fact]
    public void A_candidate_answering_wrongly_fails_with_exit_1_and_its_shrunk_counterexample()
    {
        var candidate = CheckRuns.ShellCandidate("""
            "result":{"dtype":"int64","shape":[0],"data":[]}
            """);
        var run = CliRun.Invoke("check", "--candidate", candidate, "--ops", "convolve", "--count", "1", "--max-size", "1",
            "--seed", "1", "--dtypes", "int64");
        Assert.Equal((1, ""), (run.ExitCode, run.Error));
        Assert.Equal(
            $$$$"""
            seed: 1
            checking: {{{{candidate}}}}
            convolve: 1 cases, 0 passed, 0 not covered, 1 failed
            candidate: {{{{candidate}}}}
            seed: 1   (replay with --seed 1)
            operation  cases  passed  not covered  failed  worst error / bound  worst ulps  tolerance
            convolve   1      0       0            1       0                    0
            counterexample for convolve: ShapeMismatch (case 0 of seed 1, shrunk in 3 steps)
              where:    shape 0, spec says 1x1
              request:  {"id":1,"op":"convolve","args":{"in1":{"dtype":"int64","shape":[1,1],"data":[0]},"in2":{"dtype":"int64","shape":[1,1],"data":[0]}}}
              expected: {"result":{"dtype":"int64","shape":[1,1],"data":[0]}}
              actual:   {"result":{"dtype":"int64","shape":[0],"data":[]}}
              replay:   convspec check --seed 1 --ops convolve  (with the same --count, --max-size, --dtypes)

            FAIL: 1 operation(s) with a counterexample


            """, run.Output);
    }

    [Fact]
    public void Unsupported_answers_are_not_covered_and_pass_unless_strict_makes_them_failures()
    {
        var candidate = CheckRuns.ShellCandidate("""
            "error":{"type":"unsupported","message":"no"}
            """);
        string[] args = ["check", "--candidate", candidate, "--ops", "convolve", "--count", "1", "--max-size", "1", "--seed", "1", "--dtypes", "int64"];
        var lenient = CliRun.Invoke(args);
        var strict = CliRun.Invoke([.. args, "--strict"]);
        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("\nconvolve: 1 cases, 0 passed, 1 not covered, 0 failed\n", lenient.Output);
        Assert.Contains("\nnot covered (answered unsupported): convolve: 1 (e.g. unsupported: no)\nPASS\n", lenient.Output);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("\nconvolve: 1 cases, 0 passed, 0 not covered, 1 failed\n", strict.Output);
        Assert.Contains("\ncounterexample for convolve: Unsupported (case 0 of seed 1, shrunk in 3 steps)\n", strict.Output);
    }

    [Fact]
    public void One_failing_variant_among_passing_ones_makes_the_exit_status_1()
    {
        var run = CheckRuns.Check([new DirectMethodCandidate(), new Garbage()], "--ops", "convolve", "--count", "1", "--max-size", "1", "--seed", "1");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("seed: 1\nchecking: convspec eval (method direct)\nconvolve: 1 cases, 1 passed, 0 not covered, 0 failed\n"
            + "checking: garbage\nconvolve: 1 cases, 0 passed, 0 not covered, 1 failed\ncandidate: convspec eval (method direct)\n", run.Output);
        Assert.EndsWith("\nFAIL: 1 operation(s) with a counterexample\n\n", run.Output);
    }

    [Fact]
    public void Progress_is_drawn_in_place_exactly_when_standard_output_is_not_redirected() =>
        Assert.Equal(!Console.IsOutputRedirected, CheckCommand.OutputIsTerminal());

    /// <summary>A variant whose every reply is not a protocol response.</summary>
    private sealed class Garbage : ISelfCandidate
    {
        public string Name => "garbage";

        public CandidateReply Ask(string op, JsonObject args, TimeSpan timeout) => new(ReplyKind.Garbage, null, "nonsense");

        public void Dispose() { }
    }
}
