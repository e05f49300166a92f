using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ConvSpec.Cli.Bench;

namespace ConvSpec.Cli.Commands;

/// <summary>
/// <c>convspec bench</c>: times the workloads of issue 5 in-process (median of N), runs the peers in the same run
/// (the .NET peers OpenCV and ONNX Runtime through <c>dotnet run --project bench -- peers</c>, SciPy/NumPy/PyTorch
/// through <c>/usr/bin/python3 bench/peers.py</c>) and prints workload, ours_ms, peer, peer_ms and peer/ours;
/// <c>--json</c> prints one object a line. <c>--sweep</c> runs the scaling sweep instead (<c>--svg</c> writes its plot).
/// </summary>
public sealed class BenchCommand : ICliCommand
{
    private readonly Func<IReadOnlyList<Workload>> workloads;
    private readonly Func<Action, int, double> median;
    private readonly Func<int, TextWriter, IReadOnlyList<PeerTime>> peers;
    private readonly Func<int, IReadOnlyList<SweepPoint>> sweep;

    public BenchCommand() : this(Workloads.All, Workloads.MedianMs, Peers.Measure, repeat => Sweep.Run(repeat)) { }

    /// <param name="workloads">The workloads, made afresh for each timing pass.</param>
    /// <param name="median">(run, repeat) → the run's median milliseconds.</param>
    /// <param name="peers">(repeat, error) → the peers' times; failures are written to error.</param>
    /// <param name="sweep">repeat → the scaling sweep's points.</param>
    internal BenchCommand(Func<IReadOnlyList<Workload>> workloads, Func<Action, int, double> median,
        Func<int, TextWriter, IReadOnlyList<PeerTime>> peers, Func<int, IReadOnlyList<SweepPoint>> sweep) =>
        (this.workloads, this.median, this.peers, this.sweep) = (workloads, median, peers, sweep);

    public Command Build()
    {
        var json = new Option<bool>("--json") { Description = "One JSON object a line: {workload, ours_ms, peer, peer_ms}" };
        var repeat = new Option<int>("--repeat") { Description = "Timed runs per workload (median)", DefaultValueFactory = _ => 7 };
        var noPeers = new Option<bool>("--no-peers") { Description = "Time our side only" };
        var sweepOption = new Option<bool>("--sweep") { Description = "Run the 1-D scaling sweep (direct, fft, overlap-add, auto)" };
        var svg = new Option<string?>("--svg") { Description = "With --sweep: write the log-log plot to this SVG file" };
        var command = new Command("bench", "Time the issue-5 workloads against SciPy, NumPy, PyTorch, OpenCV and ONNX Runtime");
        foreach (var o in new Option[] { json, repeat, noPeers, sweepOption, svg }) command.Options.Add(o);
        command.SetAction(parse =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var n = Math.Max(1, parse.GetValue(repeat));
            if (parse.GetValue(sweepOption)) return RunSweep(output, n, parse.GetValue(json), parse.GetValue(svg));
            RunWorkloads(output, error, n, parse.GetValue(json), !parse.GetValue(noPeers));
            return 0;
        });
        return command;
    }

    private int RunSweep(TextWriter output, int repeat, bool json, string? svgPath)
    {
        var points = sweep(repeat);
        foreach (var p in points)
            output.WriteLine(json
                ? JsonSerializer.Serialize(new { n = p.N, k = p.K, direct_ms = Num(p.Direct), fft_ms = Num(p.Fft), oa_ms = Num(p.OverlapAdd), auto_ms = Num(p.Auto), auto_choice = p.Choice })
                : string.Create(CultureInfo.InvariantCulture, $"n={p.N,8} k={p.K,7}  direct {Text(p.Direct),10}  fft {Text(p.Fft),10}  overlap-add {Text(p.OverlapAdd),10}  auto {Text(p.Auto),10} ({p.Choice}; best {Best(p)})"));
        if (svgPath is not null) File.WriteAllText(svgPath, Sweep.Svg(points));
        return 0;
    }

    /// <summary>The fastest method run at <paramref name="p"/> and auto's time over its time.</summary>
    private static string Best(SweepPoint p) =>
        new[] { (p.Direct, "direct"), (p.Fft, "fft"), (p.OverlapAdd, "overlap-add") }.Where(t => double.IsFinite(t.Item1)).MinBy(t => t.Item1).Item2
        + string.Create(CultureInfo.InvariantCulture, $", auto/best {p.Auto / new[] { p.Direct, p.Fft, p.OverlapAdd }.Where(double.IsFinite).Min():F2}");

    private static double? Num(double v) => double.IsFinite(v) ? Math.Round(v, 4) : null;

    private static string Text(double v) => double.IsFinite(v) ? v.ToString("0.000", CultureInfo.InvariantCulture) + " ms" : "-";

    private void RunWorkloads(TextWriter output, TextWriter error, int repeat, bool json, bool withPeers)
    {
        // Ours is timed before and after the peers and the lower median kept: on a shared machine the load
        // changes during the run, and this keeps one burst from deciding our figure.
        var ours = TimeOurs(repeat);
        var measured = withPeers ? peers(repeat, error) : [];
        if (withPeers)
            foreach (var (name, ms) in TimeOurs(repeat))
                if (ms is { } again) ours[name] = Math.Min(again, ours[name]!.Value);
        if (!json)
        {
            output.WriteLine($"{"workload",-34} {"ours_ms",10} {"peer",-30} {"peer_ms",10} {"peer/ours",9}");
        }
        foreach (var w in workloads())
            foreach (var peer in w.Peers)
            {
                var o = ours[w.Name];
                var p = measured.FirstOrDefault(m => m.Workload == w.Name && m.Peer == peer);
                if (json)
                    output.WriteLine(JsonSerializer.Serialize(new { workload = w.Name, ours_ms = o is null ? null : (double?)Math.Round(o.Value, 4), peer, peer_ms = p?.Ms }));
                else
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{w.Name,-34} {(o is null ? "TODO" : o.Value.ToString("0.000", CultureInfo.InvariantCulture)),10} {peer,-30} {(p is null ? "-" : p.Ms.ToString("0.000", CultureInfo.InvariantCulture)),10} {(o is null || p is null ? "-" : (p.Ms / o.Value).ToString("0.00", CultureInfo.InvariantCulture)),9}"));
            }
    }

    /// <summary>Our median per workload name (null where we have no run): r = max(3, ⌊repeat/2⌋) for the 2048² and 1M workloads, repeat otherwise.</summary>
    private Dictionary<string, double?> TimeOurs(int repeat)
    {
        var ours = new Dictionary<string, double?>();
        foreach (var w in workloads())
        {
            if (w.Ours is null) { ours[w.Name] = null; continue; }
            var run = w.Ours();
            ours[w.Name] = median(() => run(), w.Name.Contains("2048") || w.Name.Contains("1M") ? Math.Max(3, repeat / 2) : repeat);
        }
        return ours;
    }
}
