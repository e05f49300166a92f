using System.Text.Json.Nodes;
using ConvSpec.Conformance;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The plain-text report, line by line: candidate, seed, the operations table (columns left-aligned to their widest
/// cell, two spaces apart, trailing blanks trimmed), each counterexample, the not-covered and unchecked lists, the verdict.
/// </summary>
public class CheckReportTextExamples
{
    private static string Lines(params string[] lines) => string.Join(Environment.NewLine, lines) + Environment.NewLine;

    private static Counterexample Failure(string op, VerdictKind kind, string detail, JsonObject? actual, int index, int steps) =>
        new(op, new Verdict(kind, detail, new JsonObject { ["result"] = 3 }, actual), new JsonObject { ["mode"] = "full" },
            new JsonObject(), 42, index, steps);

    [Fact]
    public void A_failing_report_prints_the_table_each_counterexample_the_not_covered_and_unchecked_lists_and_FAIL()
    {
        var ops = new[]
        {
            new OpSummary("convolve2d", 12, 9, 2, 1, 0.25, 3, ["direct", "fft"]),
            new OpSummary("convolve", 1, 1, 0, 0, 0, 1.0 / 3, []),
        };
        var failures = new[]
        {
            Failure("convolve2d", VerdictKind.ValueMismatch, "at [0, 1]", new JsonObject { ["result"] = 4 }, 7, 3),
            Failure("convolve", VerdictKind.Timeout, "no answer", null, 0, 0),
        };
        NotCoveredCase[] notCovered = [new("convolve2d", 3, "no float32"), new("convolve2d", 5, "no complex"), new("convolve", 1, "no int64")];
        var report = new CheckReport("cand", 42, new CheckOptions(), ops, failures, notCovered) { Unchecked = ["zeta_op", "alpha_op"] };

        Assert.Equal(Lines(
            "candidate: cand",
            "seed: 42   (replay with --seed 42)",
            "operation   cases  passed  not covered  failed  worst error / bound  worst ulps  tolerance",
            "convolve2d  12     9       2            1       0.25                 3           direct,fft",
            "convolve    1      1       0            0       0                    0.333",
            "counterexample for convolve2d: ValueMismatch (case 7 of seed 42, shrunk in 3 steps)",
            "  where:    at [0, 1]",
            """  request:  {"id":1,"op":"convolve2d","args":{"mode":"full"}}""",
            """  expected: {"result":3}""",
            """  actual:   {"result":4}""",
            "  replay:   convspec check --seed 42 --ops convolve2d  (with the same --count, --max-size, --dtypes)",
            "",
            "counterexample for convolve: Timeout (case 0 of seed 42, shrunk in 0 steps)",
            "  where:    no answer",
            """  request:  {"id":1,"op":"convolve","args":{"mode":"full"}}""",
            """  expected: {"result":3}""",
            "  actual:   (no response)",
            "  replay:   convspec check --seed 42 --ops convolve  (with the same --count, --max-size, --dtypes)",
            "",
            "not covered (answered unsupported): convolve2d: 2 (e.g. no float32); convolve: 1 (e.g. no int64)",
            "operations without a case generator (not checked): zeta_op, alpha_op",
            "FAIL: 2 operation(s) with a counterexample"), report.ToText());
    }

    [Fact]
    public void A_passing_report_with_nothing_uncovered_prints_the_table_and_PASS_only()
    {
        var report = new CheckReport("good", 1, new CheckOptions(), [new OpSummary("convolve", 3, 3, 0, 0, 0.5, 1, ["direct"])], [], []);
        Assert.Equal(Lines(
            "candidate: good",
            "seed: 1   (replay with --seed 1)",
            "operation  cases  passed  not covered  failed  worst error / bound  worst ulps  tolerance",
            "convolve   3      3       0            0       0.5                  1           direct",
            "PASS"), report.ToText());
    }

    [Fact]
    public void Numbers_print_with_three_significant_digits_zero_of_either_sign_as_0_and_infinity_as_inf()
    {
        Assert.Equal(["0", "0", "0.333", "1.23E+05", "inf"],
            new[] { 0.0, -0.0, 1.0 / 3, 123456, double.PositiveInfinity }.Select(CheckReport.Number));
    }

    [Fact]
    public void The_operations_without_a_generator_are_listed_in_ordinal_order()
    {
        Assert.Equal(["Beta", "alpha", "zeta"], CheckReport.WithoutGenerator(["zeta", "convolve", "alpha", "Beta", "correlate"]));
    }
}
