using System.Numerics;
using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Conformance.Reports;
using ConvSpec.Protocol;
using static ConvSpec.SpecTests.Conformance.WireNodes;

namespace ConvSpec.SpecTests.Conformance.Reports;

/// <summary>The report files: matrices read from results of every storage, infinities, not-covered lists, heatmap colours.</summary>
public class ReportWriterExamples
{
    [Fact]
    public void Matrix_reads_int64_float_and_complex_results_as_real_matrices()
    {
        Assert.Equal(new double[,] { { 1, 2 }, { 3, 4 } }, ReportWriter.Matrix(WireTensor.ToNode(TensorValue.Int64([2, 2], [1, 2, 3, 4]))));
        Assert.Equal(new double[,] { { 0.5, 1.5 } }, ReportWriter.Matrix(WireTensor.ToNode(TensorValue.Real(DType.Float64, [1, 2], [0.5, 1.5]))));
        Assert.Equal(new double[,] { { 1 }, { -2 } },
            ReportWriter.Matrix(WireTensor.ToNode(TensorValue.Complex(DType.Complex128, [2, 1], [new Complex(1, 9), new Complex(-2, 7)]))));
    }

    [Fact]
    public void Matrix_is_null_for_non_tensors_malformed_tensors_and_other_ranks()
    {
        Assert.Null(ReportWriter.Matrix(null));
        Assert.Null(ReportWriter.Matrix(JsonValue.Create(3)));
        Assert.Null(ReportWriter.Matrix(WireTensor.ToNode(TensorValue.Int64([3], [1, 2, 3]))));
        Assert.Null(ReportWriter.Matrix(new JsonObject { ["dtype"] = "int64", ["shape"] = new JsonArray(2), ["data"] = new JsonArray(1) }));
    }

    /// <summary>A failing run: a value, a shape, a timeout and a crash counterexample, infinite worst errors, one case not covered.</summary>
    private static CheckReport FailingReport()
    {
        var expected = Result(TensorValue.Real(DType.Float64, [2, 2], [1, 2, 3, 4]));
        var actualSameShape = Result(TensorValue.Real(DType.Float64, [2, 2], [1, 2, 3, 5]));
        var actualOtherShape = Result(TensorValue.Real(DType.Float64, [1, 2], [1, 2]));
        var scalarExpected = new JsonObject { ["result"] = 3 };
        Counterexample Case(Verdict v) => new("convolve", v, new JsonObject(), new JsonObject(), 7, 1, 2);
        var failures = new[]
        {
            Case(new Verdict(VerdictKind.ValueMismatch, "at [1, 1]", expected, actualSameShape, FirstDifference: [1, 1])),
            Case(new Verdict(VerdictKind.ShapeMismatch, "shape", expected, actualOtherShape)),
            Case(new Verdict(VerdictKind.Timeout, "no answer", expected, null)),
            Case(new Verdict(VerdictKind.Crash, "scalar", scalarExpected, null)),
        };
        var ops = new[] { new OpSummary("convolve", 4, 0, 1, 4, double.PositiveInfinity, double.NaN, ["auto"]) };
        return new CheckReport("<wrong & candidate>", 7, new CheckOptions { Strict = true }, ops, failures,
            [new NotCoveredCase("convolve", 3, "unsupported <dtype>")]);
    }

    [Fact]
    public void A_failing_report_with_infinite_errors_and_not_covered_cases_is_written_out()
    {
        var report = FailingReport();
        var directory = Path.Combine(Path.GetTempPath(), "convspec-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var html = File.ReadAllText(ReportWriter.Write([report], directory));
            var json = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "report.json")))!.AsArray()[0]!;
            Assert.Contains("FAIL", html);
            Assert.Contains("&lt;wrong &amp; candidate&gt;", html);
            Assert.Contains("Not covered (answered unsupported)", html);
            Assert.Contains("unsupported &lt;dtype&gt;", html);
            Assert.Contains("actual − expected", html);
            Assert.Contains("(no response)", html);
            Assert.Contains(", strict", html);
            Assert.Equal("Infinity", (string?)json["operations"]![0]!["worst_error_over_bound"]);
            Assert.Equal("Infinity", (string?)json["operations"]![0]!["worst_ulps"]);
            Assert.Equal("unsupported <dtype>", (string?)json["not_covered"]![0]!["message"]);
            Assert.Equal(4, json["counterexamples"]!.AsArray().Count);
            Assert.False((bool)json["passed"]!);
        }
        finally { Directory.Delete(directory, true); }
    }

    [Fact]
    public void An_operation_judged_under_two_tolerances_lists_both_comma_separated()
    {
        var ops = new[] { new OpSummary("convolve", 2, 2, 0, 0, 0.5, 1, ["direct", "fft"]) };
        using var scratch = new ConvSpec.SpecTests.Cli.ScratchDirectory("convspec-report-");
        var html = File.ReadAllText(ReportWriter.Write([new CheckReport("twin", 3, new CheckOptions(), ops, [], [])], scratch.Path));
        Assert.Contains("<td>direct,fft</td>", html);
    }

    [Fact]
    public void Heatmap_colours_are_grey_for_nan_black_for_infinities_red_positive_blue_negative()
    {
        Assert.Equal("#999999", Heatmap.Colour(double.NaN, 1));
        Assert.Equal("#000000", Heatmap.Colour(double.NegativeInfinity, 1));
        Assert.Equal("#ff0000", Heatmap.Colour(2, 2));
        Assert.Equal("#0000ff", Heatmap.Colour(-2, 2));
        Assert.Equal("#ffffff", Heatmap.Colour(0, 0));
    }

    [Fact]
    public void Heatmap_labels_small_grids_with_special_values_and_outlines_the_highlight()
    {
        var svg = Heatmap.Svg("d", new double[,] { { double.NaN, double.PositiveInfinity }, { double.NegativeInfinity, 1.5 } }, [1, 0]);
        Assert.Contains(">NaN<", svg);
        Assert.Contains(">∞<", svg);
        Assert.Contains(">-∞<", svg);
        Assert.Contains(">1.5<", svg);
        Assert.Contains("stroke-width=\"2\"", svg);
        var big = Heatmap.Svg("big", new double[20, 20]);
        Assert.DoesNotContain("text-anchor", big);
        Assert.DoesNotContain("stroke-width=\"2\"", Heatmap.Svg("one", new double[,] { { 1 } }, [0]));
    }

    [Fact]
    public void A_passing_report_is_marked_pass_without_counterexamples_or_not_covered_list()
    {
        var ops = new[] { new OpSummary("convolve", 3, 3, 0, 0, 0.5, 1, ["direct"]) };
        var report = new CheckReport("good", 1, new CheckOptions(), ops, [], []);
        var directory = Path.Combine(Path.GetTempPath(), "convspec-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var html = File.ReadAllText(ReportWriter.Write([report], directory));
            Assert.Contains("PASS", html);
            Assert.DoesNotContain("FAIL", html);
            Assert.DoesNotContain("Not covered", html);
            Assert.DoesNotContain(", strict", html);
        }
        finally { Directory.Delete(directory, true); }
    }

    [Fact]
    public void Only_the_actual_heatmap_is_drawn_when_the_expected_result_is_not_a_matrix()
    {
        var expected = Result(TensorValue.Int64([3], [1, 2, 3]));
        var actual = Result(TensorValue.Int64([1, 3], [1, 2, 4]));
        var failure = new Counterexample("convolve", new Verdict(VerdictKind.ShapeMismatch, "shape", expected, actual), new JsonObject(), new JsonObject(), 1, 0, 0);
        var report = new CheckReport("c", 1, new CheckOptions(), [new OpSummary("convolve", 1, 0, 0, 1, 0, 0, [])], [failure], []);
        var directory = Path.Combine(Path.GetTempPath(), "convspec-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var html = File.ReadAllText(ReportWriter.Write([report], directory));
            Assert.Contains(">actual (±", html);
            Assert.DoesNotContain(">expected (±", html);
            Assert.DoesNotContain("actual − expected", html);
        }
        finally { Directory.Delete(directory, true); }
    }

    /// <summary>
    /// The report files of a fixed failing run and a fixed passing run are the published bytes (Golden/report.html and
    /// Golden/report.json, line ends aside): the page's markup, styles, headings, numbers and heatmaps, and the JSON's
    /// every field. On a difference the files written are kept and named, for review and, if intended, to replace the
    /// published ones.
    /// </summary>
    [Fact]
    public void The_report_files_of_a_fixed_run_are_the_published_bytes()
    {
        var passing = new CheckReport("good", 1, new CheckOptions(), [new OpSummary("convolve", 3, 3, 0, 0, 0.5, 1, ["direct"])], [], []);
        var directory = Path.Combine(Path.GetTempPath(), "convspec-report-" + Guid.NewGuid().ToString("N"));
        ReportWriter.Write([FailingReport(), passing], directory);
        foreach (var name in new[] { "report.html", "report.json" })
        {
            static string Text(string path) => File.ReadAllText(path).Replace("\r\n", "\n");
            Assert.True(Text(Path.Combine(AppContext.BaseDirectory, "Conformance", "Reports", "Golden", name)) == Text(Path.Combine(directory, name)),
                $"{name} differs from the published file; written to {directory}");
        }
        Directory.Delete(directory, true);
    }
}
