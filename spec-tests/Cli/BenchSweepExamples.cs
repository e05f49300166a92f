namespace ConvSpec.SpecTests.Cli;

/// <summary><c>convspec bench --sweep</c>'s lines, JSON lines and plot file, from fixed sweep points (<see cref="BenchFake"/>).</summary>
public class BenchSweepExamples
{
    /// <summary>Direct is best at n = 64, FFT at 4096, overlap-add at 2^20, where direct was skipped (NaN).</summary>
    private static BenchFake Fake() => new()
    {
        Points =
        [
            new(64, 8, 0.0123456, 0.05, 0.07, 0.0125, "direct"), new(4096, 512, 1.5, 0.25, 0.3, 0.26, "fft"),
            new(1 << 20, 1 << 17, double.NaN, 40, 30.5, 31, "overlap-add"),
        ],
    };

    [Fact]
    public void Sweep_prints_each_method_in_ms_a_dash_where_skipped_auto_choice_the_best_and_auto_over_best()
    {
        var bench = Fake();

        var run = bench.Invoke("--sweep", "--repeat", "5");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            """
            n=      64 k=      8  direct   0.012 ms  fft   0.050 ms  overlap-add   0.070 ms  auto   0.013 ms (direct; best direct, auto/best 1.01)
            n=    4096 k=    512  direct   1.500 ms  fft   0.250 ms  overlap-add   0.300 ms  auto   0.260 ms (fft; best fft, auto/best 1.04)
            n= 1048576 k= 131072  direct          -  fft  40.000 ms  overlap-add  30.500 ms  auto  31.000 ms (overlap-add; best overlap-add, auto/best 1.02)

            """, run.Output);
        Assert.Equal([5], bench.SweepRepeats);
        Assert.Empty(bench.Timed);
        Assert.Empty(bench.PeerRepeats);
    }

    [Fact]
    public void Sweep_json_prints_one_object_a_point_rounded_to_4_places_and_null_where_skipped()
    {
        var run = Fake().Invoke("--sweep", "--json");

        Assert.Equal(
            """
            {"n":64,"k":8,"direct_ms":0.0123,"fft_ms":0.05,"oa_ms":0.07,"auto_ms":0.0125,"auto_choice":"direct"}
            {"n":4096,"k":512,"direct_ms":1.5,"fft_ms":0.25,"oa_ms":0.3,"auto_ms":0.26,"auto_choice":"fft"}
            {"n":1048576,"k":131072,"direct_ms":null,"fft_ms":40,"oa_ms":30.5,"auto_ms":31,"auto_choice":"overlap-add"}

            """, run.Output);
    }

    [Fact]
    public void Sweep_svg_writes_the_plot_of_the_points_to_the_file()
    {
        var bench = Fake();
        var path = Path.Combine(Path.GetTempPath(), $"convspec-sweep-{Guid.NewGuid():N}.svg");
        try
        {
            var run = bench.Invoke("--sweep", "--svg", path);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(ConvSpec.Cli.Bench.Sweep.Svg(bench.Points), File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
