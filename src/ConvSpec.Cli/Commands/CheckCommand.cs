using System.CommandLine;
using System.Globalization;
using ConvSpec.Conformance;
using ConvSpec.Conformance.Reports;
using ConvSpec.Protocol;

namespace ConvSpec.Cli.Commands;

/// <summary>
/// <c>convspec check</c>: property-based conformance of an implementation against the spec. With
/// <c>--candidate</c> the implementation is a child process speaking the eval protocol; without it, ConvSpec's
/// own optimized paths (<see cref="SelfCandidates"/>). Exit status 0 when every case passes, 1 on a
/// counterexample, 2 on bad options.
/// </summary>
public sealed class CheckCommand : ICliCommand
{
    private readonly Option<string?> candidate = new("--candidate") { Description = "Command line of a candidate that answers eval requests on stdin/stdout (default: ConvSpec's own optimized variants)" };
    private readonly Option<string?> ops = new("--ops") { Description = "Comma-separated operations to check (default: every operation with a case generator)" };
    private readonly Option<int> count = new("--count") { Description = "Cases per operation", DefaultValueFactory = _ => new CheckOptions().Count };
    private readonly Option<ulong?> seed = new("--seed") { Description = "Seed; the same seed replays the same cases (default: random, printed)" };
    private readonly Option<int> maxSize = new("--max-size") { Description = "Largest extent of a generated tensor axis", DefaultValueFactory = _ => new CheckOptions().MaxSize };
    private readonly Option<string?> dtypes = new("--dtypes") { Description = "Comma-separated input dtypes (default: int64,float32,float64,complex64,complex128)" };
    private readonly Option<double> timeout = new("--timeout") { Description = "Seconds a candidate may take for one answer", DefaultValueFactory = _ => 10 };
    private readonly Option<string> tolerance = new("--tolerance") { Description = "Float allowance: auto (each request's algorithm class), direct, fft or exact", DefaultValueFactory = _ => "auto" };
    private readonly Option<bool> strict = new("--strict") { Description = "Count unsupported answers as failures" };
    private readonly Option<string?> report = new("--report") { Description = "Directory to write report.html and report.json into" };
    private readonly Func<IReadOnlyList<ISelfCandidate>> selfCandidates;
    private readonly Func<bool> outputIsTerminal;

    /// <summary>The command as <c>convspec</c> runs it: every <see cref="SelfCandidates"/>, progress by the console's kind.</summary>
    public CheckCommand() : this(SelfCandidates.All, OutputIsTerminal) { }

    /// <summary>A command whose default candidates and progress mode are given (tests).</summary>
    internal CheckCommand(Func<IReadOnlyList<ISelfCandidate>> selfCandidates, Func<bool> outputIsTerminal)
    {
        this.selfCandidates = selfCandidates;
        this.outputIsTerminal = outputIsTerminal;
    }

    /// <summary>Progress is drawn in place exactly when standard output is not redirected.</summary>
    internal static bool OutputIsTerminal() => !Console.IsOutputRedirected;

    public Command Build()
    {
        var command = new Command("check", "Check an implementation (or ConvSpec's own optimized variants) against the spec on generated cases");
        foreach (var o in new Option[] { candidate, ops, count, seed, maxSize, dtypes, timeout, tolerance, strict, report }) command.Options.Add(o);
        command.SetAction(result => Run(result, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private int Run(ParseResult result, TextWriter output, TextWriter error)
    {
        CheckOptions options;
        try { options = Options(result, output); }
        catch (ArgumentException e)
        {
            error.WriteLine($"convspec check: {ErrorType.MessageOf(e)}");
            return 2;
        }
        output.WriteLine($"seed: {options.Seed}");
        var command = result.GetValue(candidate);
        var reports = new List<CheckReport>();
        if (command is not null)
        {
            using var process = new ProcessCandidate(command);
            output.WriteLine($"checking: {process.Name}");
            reports.Add(ConformanceCheck.Run(process, options));
        }
        else
        {
            foreach (var self in selfCandidates())
                using (self)
                {
                    output.WriteLine($"checking: {self.Name}");
                    reports.Add(ConformanceCheck.Run(self, options));
                }
        }
        foreach (var r in reports) output.WriteLine(r.ToText());
        if (result.GetValue(report) is { } directory)
            output.WriteLine($"report: {ReportWriter.Write(reports, directory)}");
        return reports.All(r => r.Passed) ? 0 : 1;
    }

    private CheckOptions Options(ParseResult result, TextWriter output)
    {
        var n = result.GetValue(count);
        var size = result.GetValue(maxSize);
        var seconds = result.GetValue(timeout);
        if (n < 1) throw Invalid("--count", $"must be at least 1 (got {n})");
        if (size < 1) throw Invalid("--max-size", $"must be at least 1 (got {size})");
        if (!(seconds > 0)) throw Invalid("--timeout", $"must be a positive number of seconds (got {seconds})");
        var options = new CheckOptions
        {
            Ops = List(result.GetValue(ops)),
            Count = n,
            Seed = result.GetValue(seed) ?? (ulong)Random.Shared.NextInt64(1, long.MaxValue),
            MaxSize = size,
            DTypes = List(result.GetValue(dtypes))?.Select(d => DTypes.Parse(d, "--dtypes")).ToList(),
            Timeout = TimeSpan.FromSeconds(seconds),
            Tolerance = ParseTolerance(result.GetValue(tolerance)),
            Strict = result.GetValue(strict),
            Progress = new ConsoleProgress(output, outputIsTerminal()),
        };
        ConformanceCheck.SelectedOps(options);
        return options;
    }

    private static Tolerance ParseTolerance(string? text) => text switch
    {
        "auto" => Tolerance.Auto,
        "direct" => Tolerance.Direct,
        "fft" => Tolerance.Fft,
        "exact" => Tolerance.Exact,
        _ => throw Invalid("--tolerance", $"must be one of auto, direct, fft, exact (got {text})"),
    };

    /// <summary>"OPTION: RULE", the option also the exception's parameter name.</summary>
    private static ArgumentException Invalid(string option, string rule) => new($"{option}: {rule}", option);

    private static List<string>? List(string? text) =>
        text?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>On a terminal, one line rewritten in place per case; otherwise one plain line per finished operation.</summary>
    internal sealed class ConsoleProgress(TextWriter output, bool terminal) : IProgress<CheckProgress>
    {
        public void Report(CheckProgress p)
        {
            if (p.Finished && p.Summary is { } s)
            {
                var line = string.Create(CultureInfo.InvariantCulture,
                    $"{p.Op}: {s.Cases} cases, {s.Passed} passed, {s.NotCovered} not covered, {s.Failed} failed");
                output.WriteLine(terminal ? "\r" + line.PadRight(70) : line);
            }
            else if (terminal)
            {
                output.Write(string.Create(CultureInfo.InvariantCulture, $"\r{p.Op}: case {p.Done}/{p.Total}").PadRight(70));
                output.Flush();
            }
        }
    }
}
