using System.CommandLine;
using ConvSpec.Cli.Bench;
using ConvSpec.Cli.Commands;

namespace ConvSpec.SpecTests.Cli;

/// <summary>
/// <c>convspec bench</c> with its workloads, timer, peers and sweep replaced: the timer runs the workload (whose run
/// records its name), records (workload, repeat) and hands out <see cref="Figures"/> in call order; the peer source
/// records its repeat and returns <see cref="Measured"/>; the sweep records its repeat and returns <see cref="Points"/>.
/// </summary>
internal sealed class BenchFake
{
    private readonly List<Workload> workloads = [];
    private string ran = "";

    public Queue<double> Figures { get; init; } = [];
    public List<PeerTime> Measured { get; init; } = [];
    public List<SweepPoint> Points { get; init; } = [];
    public List<(string Workload, int Repeat)> Timed { get; } = [];
    public List<int> PeerRepeats { get; } = [];
    public List<int> SweepRepeats { get; } = [];

    /// <summary>Adds a workload whose run of ours records its name.</summary>
    public BenchFake With(string name, params string[] peers)
    {
        workloads.Add(new Workload(name, () => () => ran = name, peers));
        return this;
    }

    /// <summary>Adds a workload we have no run for (printed TODO).</summary>
    public BenchFake WithoutOurs(string name, params string[] peers)
    {
        workloads.Add(new Workload(name, null, peers));
        return this;
    }

    public CliRun.Outcome Invoke(params string[] args)
    {
        var command = new BenchCommand(() => workloads, Median, Peers, Sweep);
        return CliRun.Invoke(new RootCommand { command.Build() }, ["bench", .. args]);
    }

    private double Median(Action run, int repeat)
    {
        run();
        Timed.Add((ran, repeat));
        return Figures.Dequeue();
    }

    private IReadOnlyList<PeerTime> Peers(int repeat, TextWriter error)
    {
        PeerRepeats.Add(repeat);
        error.WriteLine("peer.z: not installed");
        return Measured;
    }

    private IReadOnlyList<SweepPoint> Sweep(int repeat)
    {
        SweepRepeats.Add(repeat);
        return Points;
    }
}
