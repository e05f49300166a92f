using System.CommandLine;
using System.Text;
using ConvSpec.Protocol;

namespace ConvSpec.Cli.Commands;

/// <summary><c>convspec eval</c>: the JSON Lines oracle on standard input and output (docs/protocol.md).</summary>
public sealed class EvalCommand : ICliCommand
{
    public Command Build()
    {
        var command = new Command("eval", "Answer JSON Lines requests on stdin, one response line each on stdout (docs/protocol.md)");
        command.SetAction(_ =>
        {
            var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
            var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
            EvalServer.Serve(input, output);
            output.Flush();
            return 0;
        });
        return command;
    }
}
