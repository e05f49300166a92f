using System.CommandLine;
using System.Text;
using ConvSpec.Cli.Commands;

namespace ConvSpec.SpecTests.Cli;

/// <summary><c>convspec eval</c> with no options: the JSON Lines oracle on the command's standard input and output streams.</summary>
public class EvalServeExamples
{
    private static (CliRun.Outcome Run, string Served) Serve(string requests)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(requests));
        using var output = new MemoryStream();
        var run = CliRun.Invoke(new RootCommand { new EvalCommand(() => input, () => output).Build() }, "eval");
        return (run, Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public void With_no_options_eval_answers_each_request_line_on_its_output_stream()
    {
        var (run, served) = Serve("""
            {"id":1,"op":"convolve","args":{"in1":[1,2,3],"in2":[0,1,0.5]}}
            {"id":2,"op":"convolve"}

            """);
        Assert.Equal((0, "", ""), (run.ExitCode, run.Output, run.Error));
        Assert.Equal(
            """
            {"id":1,"result":{"dtype":"float64","shape":[5],"data":[0.0,1.0,2.5,4.0,1.5]}}
            {"id":2,"error":{"type":"invalid_argument","message":"in1: required argument of convolve is missing"}}

            """, served);
    }

    [Fact]
    public void Empty_input_gives_empty_output_without_a_byte_order_mark()
    {
        var (run, served) = Serve("");
        Assert.Equal((0, "", "", ""), (run.ExitCode, run.Output, run.Error, served));
    }
}
