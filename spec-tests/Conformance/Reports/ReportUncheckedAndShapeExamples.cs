using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Conformance.Reports;
using ConvSpec.Protocol;
using static ConvSpec.SpecTests.Conformance.WireNodes;

namespace ConvSpec.SpecTests.Conformance.Reports;

/// <summary>Operations without a case generator in the text and JSON reports; no difference map for matrices of other widths.</summary>
public class ReportUncheckedAndShapeExamples
{
    private static readonly OpSummary[] Ops = [new("convolve", 2, 1, 1, 0, 0, 0, [])];

    private static CheckReport WithUnchecked() =>
        new CheckReport("c", 1, new CheckOptions(), Ops, [], [new NotCoveredCase("convolve", 1, "no float32")]) { Unchecked = ["future_op"] };

    [Fact]
    public void Every_eval_operation_has_a_case_generator_so_none_is_unchecked()
    {
        Assert.Empty(new CheckReport("c", 1, new CheckOptions(), Ops, [], []).Unchecked);
    }

    [Fact]
    public void The_text_report_lists_not_covered_cases_and_unchecked_operations()
    {
        var text = WithUnchecked().ToText();
        Assert.Contains("not covered (answered unsupported): convolve: 1 (e.g. no float32)", text);
        Assert.Contains("operations without a case generator (not checked): future_op", text);
    }

    [Fact]
    public void The_json_report_lists_unchecked_operations()
    {
        var json = ReportWriter.ToJson(WithUnchecked());
        Assert.Equal("future_op", (string?)json["unchecked_operations"]![0]);
    }

    [Fact]
    public void No_difference_map_is_drawn_for_matrices_of_the_same_height_and_another_width()
    {
        var expected = Result(TensorValue.Int64([2, 2], [1, 2, 3, 4]));
        var actual = Result(TensorValue.Int64([2, 3], [1, 2, 3, 4, 5, 6]));
        var failure = new Counterexample("convolve", new Verdict(VerdictKind.ShapeMismatch, "shape", expected, actual), new JsonObject(), new JsonObject(), 1, 0, 0);
        var report = new CheckReport("c", 1, new CheckOptions(), [new OpSummary("convolve", 1, 0, 0, 1, 0, 0, [])], [failure], []);
        var directory = Path.Combine(Path.GetTempPath(), "convspec-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var html = File.ReadAllText(ReportWriter.Write([report], directory));
            Assert.Contains(">expected (±", html);
            Assert.Contains(">actual (±", html);
            Assert.DoesNotContain("actual − expected", html);
        }
        finally { Directory.Delete(directory, true); }
    }
}
