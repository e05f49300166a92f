using System.Text;
using System.Text.Json;
using ConvSpec.Cli.Commands;

namespace ConvSpec.SpecTests.Cli;

/// <summary><c>convspec eval</c> between byte streams: what the command does with standard input and output.</summary>
public class EvalCommandExamples
{
    [Fact]
    public void Serve_answers_each_request_line_with_one_response_line_in_UTF8_without_a_byte_order_mark()
    {
        var requests = """
            {"id": 1, "op": "output_shape", "args": {"op": "Conv", "input_shape": [1,1,7,5], "weight_shape": [1,1,3,3], "pads": [1,1,1,1], "strides": [2,2]}}
            {"id": 2, "op": "no_such_op", "args": {}}

            """;
        using var input = new MemoryStream(new UTF8Encoding(false).GetBytes(requests));
        using var output = new MemoryStream();

        Assert.Equal(0, EvalCommand.Serve(input, output));

        var bytes = output.ToArray();
        Assert.Equal((byte)'{', bytes[0]);
        var lines = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(1, first.RootElement.GetProperty("id").GetInt64());
        Assert.Equal("[1,1,4,3]", first.RootElement.GetProperty("result").GetRawText().Replace(" ", ""));
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(2, second.RootElement.GetProperty("id").GetInt64());
        Assert.True(second.RootElement.TryGetProperty("error", out _));
    }
}
