using System.CommandLine;
using System.CommandLine.Help;
using ConvSpec.Cli.Commands;

namespace ConvSpec.SpecTests.Cli;

/// <summary>
/// <c>convspec NAME --help</c> for check, eval and vectors: every option with its description, default and whether it is
/// required, as a user reads them (unwrapped; the executable's name written as convspec).
/// </summary>
public class CommandHelpExamples
{
    private static string Help(ICliCommand command)
    {
        var built = command.Build();
        return Help(new RootCommand { built }, built.Name);
    }

    /// <summary>The help text of <paramref name="root"/>'s command <paramref name="path"/>, unwrapped.</summary>
    private static string Help(RootCommand root, params string[] path)
    {
        ((HelpAction)root.Options.OfType<HelpOption>().Single().Action!).MaxWidth = int.MaxValue;
        var run = CliRun.Invoke(root, [.. path, "--help"]);
        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        return run.Output.Replace(RootCommand.ExecutableName + " ", "convspec ");
    }

    [Fact]
    public void Check_help_lists_every_option_with_its_description_and_default() =>
        Assert.Equal(
            """
            Description:
              Check an implementation (or ConvSpec's own optimized variants) against the spec on generated cases

            Usage:
              convspec check [options]

            Options:
              --candidate <candidate>  Command line of a candidate that answers eval requests on stdin/stdout (default: ConvSpec's own optimized variants)
              --ops <ops>              Comma-separated operations to check (default: every operation with a case generator)
              --count <count>          Cases per operation [default: 100]
              --seed <seed>            Seed; the same seed replays the same cases (default: random, printed)
              --max-size <max-size>    Largest extent of a generated tensor axis [default: 12]
              --dtypes <dtypes>        Comma-separated input dtypes (default: int64,float32,float64,complex64,complex128)
              --timeout <timeout>      Seconds a candidate may take for one answer [default: 10]
              --tolerance <tolerance>  Float allowance: auto (each request's algorithm class), direct, fft or exact [default: auto]
              --strict                 Count unsupported answers as failures
              --report <report>        Directory to write report.html and report.json into
              -?, -h, --help           Show help and usage information


            """, Help(new CheckCommand()));

    [Fact]
    public void Eval_help_describes_both_forms_and_lists_op_and_out() =>
        Assert.Equal(
            """
            Description:
              Answer JSON Lines requests on stdin, one response line each on stdout (docs/protocol.md); or, with --op NAME --ARG VALUE ... --out FILE.npy, evaluate one request on .npy files

            Usage:
              convspec eval [options] [[--] <additional arguments>...]]

            Options:
              --op <op>       Evaluate one operation on files instead of serving stdin
              --out <out>     Write the result tensor to this .npy file
              -?, -h, --help  Show help and usage information

            Additional Arguments:
              Arguments passed to the application that is being run.


            """, Help(new EvalCommand()));

    [Fact]
    public void Vectors_help_marks_out_required_and_gives_the_seed_and_count_defaults() =>
        Assert.Equal(
            """
            Description:
              Write the golden-vector corpus (vectors.jsonl, .npy files, README with the tolerance policy)

            Usage:
              convspec vectors [options]

            Options:
              --out <out> (REQUIRED)  Directory to write the corpus into
              --seed <seed>           Seed of the random cases [default: 20260101]
              --count <count>         Random cases per operation [default: 40]
              -?, -h, --help          Show help and usage information


            """, Help(new VectorsCommand()));

    [Fact]
    public void Root_help_opens_with_what_convspec_is() =>
        Assert.StartsWith(
            """
            Description:
              convspec: the verified reference implementation of convolution, correlation and pooling

            Usage:

            """, Help(CommandCatalog.Root()));
}
