using System.CommandLine;
using ConvSpec.Cli.Commands;

namespace ConvSpec.SpecTests.Cli;

/// <summary>
/// A <c>convspec</c> command line run in this process, its standard output and error captured through System.CommandLine's
/// <see cref="InvocationConfiguration"/> (commands write to <c>parse.InvocationConfiguration.Output</c> and <c>.Error</c>,
/// never to <see cref="Console"/>), so that a mutant of the command is reached by the test.
/// </summary>
internal static class CliRun
{
    /// <summary>The exit status and the text written to standard output and error ("\n" line ends).</summary>
    public sealed record Outcome(int ExitCode, string Output, string Error);

    /// <summary>Runs <paramref name="args"/> against the whole <c>convspec</c> root command.</summary>
    public static Outcome Invoke(params string[] args) => Invoke(CommandCatalog.Root(), args);

    /// <summary>Runs <paramref name="args"/> against <paramref name="root"/> (a root built with a test's own command).</summary>
    public static Outcome Invoke(RootCommand root, params string[] args)
    {
        var (output, error) = (new StringWriter { NewLine = "\n" }, new StringWriter { NewLine = "\n" });
        var exitCode = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new Outcome(exitCode, output.ToString(), error.ToString());
    }
}
