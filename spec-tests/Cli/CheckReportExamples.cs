using System.Text.Json.Nodes;
using ConvSpec.Conformance;

namespace ConvSpec.SpecTests.Cli;

/// <summary><c>convspec check --report DIR</c>: report.html and report.json written there, the options as given recorded in the JSON.</summary>
public sealed class CheckReportExamples : IDisposable
{
    private readonly ScratchDirectory dir = new("convspec-check-report-");

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Report_writes_html_and_json_into_the_directory_and_prints_the_html_path_last()
    {
        var reports = dir["out"];
        var run = CheckRuns.Check([new DirectMethodCandidate()], "--ops", "convolve", "--count", "1", "--max-size", "1", "--seed", "4", "--report", reports);
        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        var html = Path.Combine(reports, "report.html");
        Assert.EndsWith($"\nPASS\n\nreport: {html}\n", run.Output);
        Assert.Contains("convspec eval (method direct)", File.ReadAllText(html));
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(reports, "report.json")))!.AsArray();
        Assert.Equal(("convspec eval (method direct)", "4", true), ((string)json.Single()!["candidate"]!, (string)json[0]!["seed"]!, (bool)json[0]!["passed"]!));
    }

    [Fact]
    public void The_report_records_count_size_dtypes_timeout_and_strict_as_given()
    {
        var run = CheckRuns.Check([new DirectMethodCandidate()], "--ops", "convolve", "--count", "2", "--max-size", "3", "--seed", "4",
            "--dtypes", " float64,, int64 ", "--timeout", "2.5", "--strict", "--report", dir.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            """{"count":2,"max_size":3,"dtypes":["float64","int64"],"tolerance":"auto","strict":true,"timeout_seconds":2.5}""",
            Options().ToJsonString());
    }

    [Theory]
    [InlineData("auto")]
    [InlineData("direct")]
    [InlineData("fft")]
    [InlineData("exact")]
    public void Each_tolerance_name_selects_that_allowance(string tolerance)
    {
        var run = CheckRuns.Check([new DirectMethodCandidate()], "--ops", "convolve", "--count", "1", "--max-size", "1", "--seed", "4",
            "--dtypes", "int64", "--tolerance", tolerance, "--report", dir.Path);
        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal(tolerance, (string)Options()["tolerance"]!);
        Assert.False((bool)Options()["strict"]!);
    }

    private JsonObject Options() =>
        JsonNode.Parse(File.ReadAllText(dir["report.json"]))![0]!["options"]!.AsObject();
}
