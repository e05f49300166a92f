using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace ConvSpec.Cli.Bench;

/// <summary>A peer's median milliseconds on a workload, as a peer prints it: {"workload": …, "peer": …, "peer_ms": …}.</summary>
public sealed record PeerTime(string Workload, string Peer, double Ms);

/// <summary>
/// The peers of <c>convspec bench</c>, run in child processes: SciPy/NumPy/PyTorch through
/// <c>/usr/bin/python3 bench/peers.py --repeat N</c>, OpenCV and ONNX Runtime through
/// <c>dotnet run -c Release --project bench/ConvSpec.Bench.csproj -- peers N</c>. A peer that cannot run is reported on
/// the error writer and left out.
/// </summary>
public static class Peers
{
    /// <summary>Runs a program with its arguments and returns its standard output's lines; failures go to the error writer.</summary>
    internal delegate List<string> Runner(string file, string[] arguments, TextWriter error);

    /// <summary>The peers' times, bench/ found from the current directory upwards.</summary>
    public static IReadOnlyList<PeerTime> Measure(int repeat, TextWriter error) =>
        Measure(FindBench(Directory.GetCurrentDirectory()), repeat, error, Run);

    /// <summary>The peers' times from the JSON lines both peer programs in <paramref name="bench"/> print through <paramref name="run"/>.</summary>
    internal static IReadOnlyList<PeerTime> Measure(string? bench, int repeat, TextWriter error, Runner run)
    {
        if (bench is null)
        {
            error.WriteLine("bench: bench/peers.py not found from the current directory; peers skipped");
            return [];
        }
        var n = repeat.ToString(CultureInfo.InvariantCulture);
        var lines = run("/usr/bin/python3", [Path.Combine(bench, "peers.py"), "--repeat", n], error);
        lines.AddRange(run("dotnet", ["run", "-c", "Release", "--project", Path.Combine(bench, "ConvSpec.Bench.csproj"), "--", "peers", n], error));
        return Parse(lines);
    }

    /// <summary>The lines that start with '{', each read as one <see cref="PeerTime"/>; every other line is progress text.</summary>
    internal static List<PeerTime> Parse(IEnumerable<string> lines)
    {
        var result = new List<PeerTime>();
        foreach (var line in lines.Where(l => l.StartsWith('{')))
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            result.Add(new PeerTime(r.GetProperty("workload").GetString()!, r.GetProperty("peer").GetString()!, r.GetProperty("peer_ms").GetDouble()));
        }
        return result;
    }

    /// <summary>The nearest <c>bench</c> directory holding <c>peers.py</c> at <paramref name="start"/> or above it; null if none.</summary>
    internal static string? FindBench(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "bench", "peers.py"))) return Path.Combine(dir.FullName, "bench");
        return null;
    }

    /// <summary>
    /// Runs <paramref name="file"/> and returns its standard output's lines; a non-zero exit is reported with its standard
    /// error, and a program that cannot start with the reason (its output is then empty).
    /// </summary>
    internal static List<string> Run(string file, string[] arguments, TextWriter error)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(info)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var lines = new List<string>();
            while (process.StandardOutput.ReadLine() is { } line) lines.Add(line);
            process.WaitForExit();
            if (process.ExitCode != 0) error.WriteLine($"bench: {file} exited {process.ExitCode}: {stderr.Result.Trim()}");
            return lines;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            error.WriteLine($"bench: cannot run {file}: {e.Message}");
            return [];
        }
    }
}
