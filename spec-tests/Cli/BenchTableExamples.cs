using System.CommandLine;

namespace ConvSpec.SpecTests.Cli;

/// <summary><c>convspec bench</c>'s table and JSON lines, from a fake timer and fake peers (<see cref="BenchFake"/>).</summary>
public class BenchTableExamples
{
    /// <summary>
    /// Three workloads; the timer gives pass 1 (corr 2.0, conv 3.0) and, after the peers, pass 2 (corr 1.25, conv 4.5).
    /// The peers list decoys first: a time of conv's for a peer it has not, and one of peer.a's for the TODO workload.
    /// </summary>
    private static BenchFake WithPeers(params double[] figures) =>
        new BenchFake
        {
            Figures = new(figures),
            Measured =
            [
                new("conv_2048_k5", "peer.b", 99), new("pool_1M_todo", "peer.a", 77), new("corr_16x16_k3", "peer.a", 2.5),
                new("conv_2048_k5", "peer.a", 1.5), new("pool_1M_todo", "peer.c", 4),
            ],
        }
        .With("corr_16x16_k3", "peer.a", "peer.b").With("conv_2048_k5", "peer.a").WithoutOurs("pool_1M_todo", "peer.c");

    [Fact]
    public void Table_prints_the_lower_of_our_two_medians_each_peer_and_peer_over_ours_with_TODO_and_dashes_where_missing()
    {
        var bench = WithPeers(2.0, 3.0, 1.25, 4.5);

        var run = bench.Invoke();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            """
            workload                              ours_ms peer                              peer_ms peer/ours
            corr_16x16_k3                           1.250 peer.a                              2.500      2.00
            corr_16x16_k3                           1.250 peer.b                                  -         -
            conv_2048_k5                            3.000 peer.a                              1.500      0.50
            pool_1M_todo                             TODO peer.c                              4.000         -

            """, run.Output);
        Assert.Equal("peer.z: not installed\n", run.Error);
        Assert.Equal([7], bench.PeerRepeats);
        Assert.Equal([("corr_16x16_k3", 7), ("conv_2048_k5", 3), ("corr_16x16_k3", 7), ("conv_2048_k5", 3)], bench.Timed);
    }

    [Fact]
    public void Json_prints_one_object_a_line_ours_rounded_to_4_places_and_null_where_missing()
    {
        var bench = WithPeers(1.234567, 3.0, 2.0, 2.5);

        var run = bench.Invoke("--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            """
            {"workload":"corr_16x16_k3","ours_ms":1.2346,"peer":"peer.a","peer_ms":2.5}
            {"workload":"corr_16x16_k3","ours_ms":1.2346,"peer":"peer.b","peer_ms":null}
            {"workload":"conv_2048_k5","ours_ms":2.5,"peer":"peer.a","peer_ms":1.5}
            {"workload":"pool_1M_todo","ours_ms":null,"peer":"peer.c","peer_ms":4}

            """, run.Output);
    }

    [Fact]
    public void No_peers_times_ours_once_and_prints_dashes_for_every_peer()
    {
        var bench = WithPeers(2.0, 3.0, 1.25, 4.5);

        var run = bench.Invoke("--no-peers");

        Assert.Equal(
            """
            workload                              ours_ms peer                              peer_ms peer/ours
            corr_16x16_k3                           2.000 peer.a                                  -         -
            corr_16x16_k3                           2.000 peer.b                                  -         -
            conv_2048_k5                            3.000 peer.a                                  -         -
            pool_1M_todo                             TODO peer.c                                  -         -

            """, run.Output);
        Assert.Equal("", run.Error);
        Assert.Empty(bench.PeerRepeats);
        Assert.Equal([("corr_16x16_k3", 7), ("conv_2048_k5", 3)], bench.Timed);
    }

    /// <summary>repeat' = max(1, --repeat); workloads named with 2048 or 1M get max(3, ⌊repeat'/2⌋), the rest repeat'.</summary>
    [Theory]
    [InlineData(new[] { "--repeat", "8" }, 4, 8)]
    [InlineData(new[] { "--repeat", "2" }, 3, 2)]
    [InlineData(new[] { "--repeat", "0" }, 3, 1)]
    [InlineData(new[] { "--repeat", "-5" }, 3, 1)]
    [InlineData(new string[0], 3, 7)]
    public void Repeat_is_at_least_1_and_the_2048_and_1M_workloads_take_max_3_half_of_it(string[] args, int big, int small)
    {
        var bench = new BenchFake { Figures = new([1.0, 2.0, 3.0]) }.With("a_2048x2048").With("b_1M").With("c_512x512");

        bench.Invoke([.. args, "--no-peers"]);

        Assert.Equal([("a_2048x2048", big), ("b_1M", big), ("c_512x512", small)], bench.Timed);
    }

    [Fact]
    public void Help_lists_the_options_with_their_descriptions_and_the_default_repeat()
    {
        var run = new BenchFake().Invoke("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            $$"""
            Description:
              Time the issue-5 workloads against SciPy, NumPy, PyTorch, OpenCV and ONNX Runtime

            Usage:
              {{new RootCommand().Name}} bench [options]

            Options:
              --json             One JSON object a line: {workload, ours_ms, peer, peer_ms}
              --repeat <repeat>  Timed runs per workload (median) [default: 7]
              --no-peers         Time our side only
              --sweep            Run the 1-D scaling sweep (direct, fft, overlap-add, auto)
              --svg <svg>        With --sweep: write the log-log plot to this SVG file
              -?, -h, --help     Show help and usage information


            """, run.Output);
    }
}
