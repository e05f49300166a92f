using System.CommandLine;
using ConvSpec.Cli.Commands;
using ConvSpec.Conformance;

namespace ConvSpec.SpecTests.Cli;

/// <summary><c>convspec check</c> run in process with plain (redirected-output) progress lines.</summary>
internal static class CheckRuns
{
    /// <summary>Runs <c>check</c> with <paramref name="args"/>; without a candidate it checks <paramref name="selves"/> (default: the library's own).</summary>
    public static CliRun.Outcome Check(IReadOnlyList<ISelfCandidate>? selves, params string[] args) =>
        CliRun.Invoke(new RootCommand { new CheckCommand(() => selves ?? SelfCandidates.All(), () => false).Build() }, ["check", .. args]);

    /// <summary>Runs <c>check</c> on the library's own optimized variants.</summary>
    public static CliRun.Outcome Check(params string[] args) => Check(null, args);

    /// <summary>
    /// A /bin/sh candidate that answers every request line with <paramref name="body"/> (a JSON member list after the
    /// id, e.g. "result":...), echoing the request's id: the text between the first ':' and the next ','.
    /// </summary>
    public static string ShellCandidate(string body) =>
        $$"""while read -r l; do i=${l#*:}; i=${i%%,*}; echo "{\"id\":$i,{{body.Replace("\"", "\\\"")}}}"; done""";
}
