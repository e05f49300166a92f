using System.CommandLine;
using System.Diagnostics;
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
    public Command Build()
    {
        var json = new Option<bool>("--json") { Description = "One JSON object a line: {workload, ours_ms, peer, peer_ms}" };
        var repeat = new Option<int>("--repeat") { Description = "Timed runs per workload (median)", DefaultValueFactory = _ => 7 };
        var noPeers = new Option<bool>("--no-peers") { Description = "Time our side only" };
        var sweep = new Option<bool>("--sweep") { Description = "Run the 1-D scaling sweep (direct, fft, overlap-add, auto)" };
        var svg = new Option<string?>("--svg") { Description = "With --sweep: write the log-log plot to this SVG file" };
        var command = new Command("bench", "Time the issue-5 workloads against SciPy, NumPy, PyTorch, OpenCV and ONNX Runtime");
        foreach (var o in new Option[] { json, repeat, noPeers, sweep, svg }) command.Options.Add(o);
        command.SetAction(parse =>
        {
            var n = Math.Max(1, parse.GetValue(repeat));
            if (parse.GetValue(sweep)) return RunSweep(n, parse.GetValue(json), parse.GetValue(svg));
            RunWorkloads(n, parse.GetValue(json), !parse.GetValue(noPeers));
            return 0;
        });
        return command;
    }

    private static int RunSweep(int repeat, bool json, string? svgPath)
    {
        var points = Sweep.Run(repeat);
        foreach (var p in points)
            Console.WriteLine(json
                ? JsonSerializer.Serialize(new { n = p.N, k = p.K, direct_ms = Num(p.Direct), fft_ms = Num(p.Fft), oa_ms = Num(p.OverlapAdd), auto_ms = Num(p.Auto), auto_choice = p.Choice })
                : string.Create(CultureInfo.InvariantCulture, $"n={p.N,8} k={p.K,7}  direct {Text(p.Direct),10}  fft {Text(p.Fft),10}  overlap-add {Text(p.OverlapAdd),10}  auto {Text(p.Auto),10} ({p.Choice}; best {Best(p)})"));
        if (svgPath is not null) File.WriteAllText(svgPath, Sweep.Svg(points));
        return 0;
    }

    private static string Best(SweepPoint p) =>
        new[] { (p.Direct, "direct"), (p.Fft, "fft"), (p.OverlapAdd, "overlap-add") }.Where(t => double.IsFinite(t.Item1)).MinBy(t => t.Item1).Item2
        + string.Create(CultureInfo.InvariantCulture, $", auto/best {p.Auto / new[] { p.Direct, p.Fft, p.OverlapAdd }.Where(double.IsFinite).Min():F2}");

    private static double? Num(double v) => double.IsFinite(v) ? Math.Round(v, 4) : null;

    private static string Text(double v) => double.IsFinite(v) ? v.ToString("0.000", CultureInfo.InvariantCulture) + " ms" : "-";

    private static void RunWorkloads(int repeat, bool json, bool peers)
    {
        // Ours is timed before and after the peers and the lower median kept: on a shared machine the load
        // changes during the run, and this keeps one burst from deciding our figure.
        var ours = TimeOurs(repeat);
        var measured = peers ? PeerLines(repeat) : [];
        if (peers)
            foreach (var (name, ms) in TimeOurs(repeat))
                if (ms < ours[name]) ours[name] = ms;
        if (!json)
        {
            Console.WriteLine($"{"workload",-34} {"ours_ms",10} {"peer",-30} {"peer_ms",10} {"peer/ours",9}");
        }
        foreach (var w in Workloads.All())
            foreach (var peer in w.Peers)
            {
                var o = ours[w.Name];
                var p = measured.FirstOrDefault(m => m.Workload == w.Name && m.Peer == peer);
                if (json)
                    Console.WriteLine(JsonSerializer.Serialize(new { workload = w.Name, ours_ms = o is null ? null : (double?)Math.Round(o.Value, 4), peer, peer_ms = p?.Ms }));
                else
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{w.Name,-34} {(o is null ? "TODO" : o.Value.ToString("0.000")),10} {peer,-30} {(p is null ? "-" : p.Ms.ToString("0.000")),10} {(o is null || p is null ? "-" : (p.Ms / o.Value).ToString("0.00")),9}"));
            }
    }

    private static Dictionary<string, double?> TimeOurs(int repeat)
    {
        var ours = new Dictionary<string, double?>();
        foreach (var w in Workloads.All())
            ours[w.Name] = w.Ours is null ? null : Workloads.MedianMs(w.Ours(), w.Name.Contains("2048") || w.Name.Contains("1M") ? Math.Max(3, repeat / 2) : repeat);
        return ours;
    }

    private sealed record PeerTime(string Workload, string Peer, double Ms);

    /// <summary>Runs bench/peers.py and the bench project's .NET peers; a peer that cannot run is reported on stderr and left out.</summary>
    private static List<PeerTime> PeerLines(int repeat)
    {
        var bench = FindBench();
        if (bench is null)
        {
            Console.Error.WriteLine("bench: bench/peers.py not found from the current directory; peers skipped");
            return [];
        }
        var lines = Run("/usr/bin/python3", [Path.Combine(bench, "peers.py"), "--repeat", repeat.ToString(CultureInfo.InvariantCulture)]);
        lines.AddRange(Run("dotnet", ["run", "-c", "Release", "--project", Path.Combine(bench, "ConvSpec.Bench.csproj"), "--", "peers", repeat.ToString(CultureInfo.InvariantCulture)]));
        var result = new List<PeerTime>();
        foreach (var line in lines.Where(l => l.StartsWith('{')))
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            result.Add(new PeerTime(r.GetProperty("workload").GetString()!, r.GetProperty("peer").GetString()!, r.GetProperty("peer_ms").GetDouble()));
        }
        return result;
    }

    private static string? FindBench()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "bench", "peers.py"))) return Path.Combine(dir.FullName, "bench");
        return null;
    }

    private static List<string> Run(string file, string[] arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(info)!;
            var error = process.StandardError.ReadToEndAsync();
            var lines = new List<string>();
            while (process.StandardOutput.ReadLine() is { } line) lines.Add(line);
            process.WaitForExit();
            if (process.ExitCode != 0) Console.Error.WriteLine($"bench: {file} exited {process.ExitCode}: {error.Result.Trim()}");
            return lines;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Console.Error.WriteLine($"bench: cannot run {file}: {e.Message}");
            return [];
        }
    }
}
