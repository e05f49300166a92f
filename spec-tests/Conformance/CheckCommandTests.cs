using System.Diagnostics;
using System.Text.Json.Nodes;

namespace ConvSpec.SpecTests.Conformance;

/// <summary><c>convspec check</c> end to end: the example candidates pass, misbehaviour fails with exit 1.</summary>
public class CheckCommandTests
{
    [Fact]
    [Trait("Spawns", "process")]
    public void Without_a_candidate_it_checks_the_library_itself_and_prints_the_seed_and_table()
    {
        var (exit, output, _) = Cli.Run("check", "--count", "10", "--seed", "77");
        Assert.True(exit == 0, output);
        Assert.Contains("seed: 77", output);
        Assert.Contains("worst error / bound", output);
        Assert.Contains("PASS", output);
    }

    [Fact]
    [Trait("Spawns", "process")]
    public void A_garbage_writing_candidate_fails_with_exit_1_the_replay_seed_and_a_report()
    {
        var directory = Directory.CreateTempSubdirectory("convspec-cli-report-").FullName;
        try
        {
            var (exit, output, _) = Cli.Run("check", "--count", "3", "--seed", "5", "--ops", "convolve", "--timeout", "2",
                "--candidate", Candidates.Shell("while read l; do echo nonsense; done"), "--report", directory);
            Assert.Equal(1, exit);
            Assert.Contains("Garbage", output);
            Assert.Contains("--seed 5", output);
            Assert.Contains("nonsense", File.ReadAllText(Path.Combine(directory, "report.html")));
            Assert.Equal("Garbage", JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "report.json")))![0]!["counterexamples"]![0]!["kind"]!.GetValue<string>());
        }
        finally { Directory.Delete(directory, recursive: true); }
    }

    [Fact]
    [Trait("Spawns", "process")]
    public void An_unknown_operation_is_a_usage_error_with_exit_2()
    {
        var (exit, _, error) = Cli.Run("check", "--ops", "convolv");
        Assert.Equal(2, exit);
        Assert.Contains("convolv", error);
    }

    [PythonWithSciPyFact]
    [Trait("Spawns", "process")]
    public void The_Python_example_candidate_passes()
    {
        var (exit, output, error) = Cli.Run("check", "--count", "60", "--seed", "2026",
            "--candidate", "/usr/bin/python3 examples/python/candidate.py");
        Assert.True(exit == 0, output + error);
        Assert.Contains("PASS", output);
    }

    [CompilerFact]
    [Trait("Spawns", "process")]
    public void The_C_example_candidate_passes_on_int64_and_float64()
    {
        var binary = Path.Combine(Path.GetTempPath(), $"convspec-candidate-{Environment.ProcessId}");
        var build = Process.Start(new ProcessStartInfo("/usr/bin/g++", ["-O1", "-std=c++17", "-o", binary, Path.Combine(Cli.RepositoryRoot, "examples/c/candidate.cpp")]) { UseShellExecute = false })!;
        Assert.True(build.WaitForExit(120_000) && build.ExitCode == 0, "g++ failed");
        try
        {
            var (exit, output, error) = Cli.Run("check", "--count", "60", "--seed", "2026", "--ops", "convolve,correlate",
                "--dtypes", "int64,float64", "--candidate", binary);
            Assert.True(exit == 0, output + error);
            Assert.DoesNotContain("not covered (answered unsupported)", output);
        }
        finally { File.Delete(binary); }
    }

    [Fact]
    public void Report_writes_html_with_heatmaps_and_json_with_the_counterexample()
    {
        var directory = Directory.CreateTempSubdirectory("convspec-report-").FullName;
        try
        {
            var report = ConvSpec.Conformance.ConformanceCheck.Run(Candidates.OffByOneSame,
                new ConvSpec.Conformance.CheckOptions { Ops = ["convolve2d"], DTypes = [ConvSpec.Protocol.DType.Int64], Count = 100, Seed = 4 });
            ConvSpec.Conformance.Reports.ReportWriter.Write([report], directory);

            var html = File.ReadAllText(Path.Combine(directory, "report.html"));
            var json = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "report.json")))!.AsArray();
            Assert.Equal(3, html.Split("<svg").Length - 1);
            Assert.Contains("actual − expected", html);
            Assert.Single(json[0]!["counterexamples"]!.AsArray());
            Assert.Equal("ValueMismatch", json[0]!["counterexamples"]![0]!["kind"]!.GetValue<string>());
        }
        finally { Directory.Delete(directory, recursive: true); }
    }
}
