using ConvSpec.Cli.Bench;

namespace ConvSpec.SpecTests.Cli;

/// <summary>The peers of <c>convspec bench</c>: the two programs run, the JSON lines read, and how failures are reported.</summary>
public class BenchPeerExamples
{
    [Fact]
    public void Measure_runs_peers_py_then_the_bench_projects_dotnet_peers_and_reads_the_JSON_lines_of_both()
    {
        var calls = new List<string>();
        var error = new StringWriter { NewLine = "\n" };
        List<string> Run(string file, string[] arguments, TextWriter e)
        {
            Assert.Same(error, e);
            calls.Add($"{file} {string.Join(' ', arguments)}");
            return file == "dotnet"
                ? ["Building...", """{"workload": "w2", "peer": "opencv.Filter2D", "peer_ms": 0.75}"""]
                : ["""{"workload": "w1", "peer": "scipy.signal.fftconvolve", "peer_ms": 12.5}""", "torch not installed", """{"workload": "w1", "peer": "numpy.convolve", "peer_ms": 3}"""];
        }

        var times = Peers.Measure("/x/bench", 5, error, Run);

        Assert.Equal(
            [
                "/usr/bin/python3 /x/bench/peers.py --repeat 5",
                "dotnet run -c Release --project /x/bench/ConvSpec.Bench.csproj -- peers 5",
            ], calls);
        Assert.Equal([new("w1", "scipy.signal.fftconvolve", 12.5), new("w1", "numpy.convolve", 3), new PeerTime("w2", "opencv.Filter2D", 0.75)], times);
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void Measure_without_a_bench_directory_says_so_on_stderr_and_runs_nothing()
    {
        var error = new StringWriter { NewLine = "\n" };

        var times = Peers.Measure(null, 5, error, (_, _, _) => throw new InvalidOperationException("no peer may run"));

        Assert.Empty(times);
        Assert.Equal("bench: bench/peers.py not found from the current directory; peers skipped\n", error.ToString());
    }

    [Fact]
    public void Run_returns_the_standard_output_lines_of_the_program()
    {
        var error = new StringWriter { NewLine = "\n" };

        var lines = Peers.Run("/bin/sh", ["-c", "echo one; echo '{\"a\": 1}'"], error);

        Assert.Equal(["one", """{"a": 1}"""], lines);
        Assert.Equal("", error.ToString());
    }

    /// <summary>The program closes its standard output before it exits, so its exit status is known only after waiting.</summary>
    [Fact]
    public void Run_reports_a_nonzero_exit_with_the_programs_stderr_and_keeps_the_lines_it_printed()
    {
        var error = new StringWriter { NewLine = "\n" };

        var lines = Peers.Run("/bin/sh", ["-c", "echo partial; echo '  no scipy  ' >&2; exec 1>&-; sleep 0.1; exit 3"], error);

        Assert.Equal(["partial"], lines);
        Assert.Equal("bench: /bin/sh exited 3: no scipy\n", error.ToString());
    }

    [Fact]
    public void Run_reports_a_program_that_cannot_start_and_returns_no_lines()
    {
        var error = new StringWriter { NewLine = "\n" };

        var lines = Peers.Run("/nonexistent/convspec-peer", [], error);

        Assert.Empty(lines);
        Assert.StartsWith("bench: cannot run /nonexistent/convspec-peer: An error occurred trying to start process '/nonexistent/convspec-peer'", error.ToString());
        Assert.EndsWith("No such file or directory\n", error.ToString());
    }

    [Fact]
    public void FindBench_returns_the_nearest_bench_directory_holding_peers_py_at_or_above_the_start()
    {
        var root = Directory.CreateTempSubdirectory("convspec-findbench-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "bench"));
            File.WriteAllText(Path.Combine(root, "bench", "peers.py"), "");
            Directory.CreateDirectory(Path.Combine(root, "a", "bench"));
            Directory.CreateDirectory(Path.Combine(root, "a", "b"));

            Assert.Equal(Path.Combine(root, "bench"), Peers.FindBench(Path.Combine(root, "a", "b")));
            Assert.Equal(Path.Combine(root, "bench"), Peers.FindBench(root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void FindBench_returns_null_when_no_directory_up_to_the_root_holds_bench_peers_py()
    {
        var root = Directory.CreateTempSubdirectory("convspec-findbench-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "bench"));

            Assert.Null(Peers.FindBench(root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
