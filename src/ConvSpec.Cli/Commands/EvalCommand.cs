using System.CommandLine;
using System.Text;
using ConvSpec.Protocol;

namespace ConvSpec.Cli.Commands;

/// <summary>
/// <c>convspec eval</c>: with no options, the JSON Lines oracle on standard input and output
/// (docs/protocol.md); with <c>--op</c>, one request on .npy files (<see cref="EvalFiles"/>).
/// </summary>
public sealed class EvalCommand : ICliCommand
{
    private readonly Func<Stream> standardInput;
    private readonly Func<Stream> standardOutput;

    /// <summary>The command as <c>convspec</c> runs it: with no options it serves the process's standard input and output.</summary>
    public EvalCommand() : this(Console.OpenStandardInput, Console.OpenStandardOutput) { }

    /// <summary>A command that serves the given byte streams when run with no options (tests).</summary>
    internal EvalCommand(Func<Stream> standardInput, Func<Stream> standardOutput)
    {
        this.standardInput = standardInput;
        this.standardOutput = standardOutput;
    }

    public Command Build()
    {
        var op = new Option<string?>("--op") { Description = "Evaluate one operation on files instead of serving stdin" };
        var output = new Option<string?>("--out") { Description = "Write the result tensor to this .npy file" };
        var command = new Command("eval",
            "Answer JSON Lines requests on stdin, one response line each on stdout (docs/protocol.md); "
            + "or, with --op NAME --ARG VALUE ... --out FILE.npy, evaluate one request on .npy files")
        {
            op, output,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parse =>
        {
            var (name, path, tokens) = (parse.GetValue(op), parse.GetValue(output), parse.UnmatchedTokens);
            if (name is not null || path is not null || tokens.Count > 0)
                return EvalFiles.Run(name, path, tokens, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            return Serve(standardInput(), standardOutput());
        });
        return command;
    }

    /// <summary>
    /// The JSON Lines oracle between two byte streams: UTF-8 both ways (a byte-order mark on input is skipped, none is
    /// written), one response line per request line, each flushed by <see cref="EvalServer"/> as it is written; returns 0.
    /// </summary>
    public static int Serve(Stream input, Stream output)
    {
        var reader = new StreamReader(input, Encoding.UTF8);
        var writer = new StreamWriter(output, new UTF8Encoding(false));
        EvalServer.Serve(reader, writer);
        return 0;
    }
}
