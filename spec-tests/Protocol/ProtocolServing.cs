using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>The server loop: one response line per request, in order, serving on after bad lines; and the real CLI process.</summary>
public class ProtocolServing
{
    private static string[] Serve(params string[] lines)
    {
        var output = new StringWriter();
        EvalServer.Serve(new StringReader(string.Join("\n", lines) + "\n"), output);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void Bad_lines_get_errors_and_the_server_keeps_serving_in_order()
    {
        var responses = Serve(
            "garbage",
            """{"id": 1, "op": "convolve", "args": {"in1": [1, 2], "in2": [1, 1]}}""",
            "",
            """{"id": 2, "op": "nope"}""",
            "{\"id\": 3, \"op\": \"convolve\", \"args\": {\"in1\": [1], ",
            """{"id": 4, "op": "convolve", "args": {"in1": [9223372036854775807], "in2": [2]}}""",
            "   ",
            """{"id": 5, "op": "correlate", "args": {"in1": [1, 2], "in2": [1, 1]}}""");
        Assert.Equal(6, responses.Length);
        var docs = responses.Select(r => JsonDocument.Parse(r).RootElement).ToArray();
        Assert.Equal(["parse_error", "result", "invalid_argument", "parse_error", "overflow", "result"],
            docs.Select(d => d.TryGetProperty("error", out var e) ? e.GetProperty("type").GetString() : "result"));
        Assert.Equal("[1,3,2]", docs[1].GetProperty("result").GetProperty("data").GetRawText());
        Assert.Equal("[1,3,2]", docs[5].GetProperty("result").GetProperty("data").GetRawText());
    }

    /// <summary>A long-lived run: thousands of mixed requests, each answered once, in order, with the right result.</summary>
    [Fact]
    public void Thousands_of_requests_are_answered_in_order()
    {
        const int count = 3000;
        var requests = Enumerable.Range(0, count).Select(i => (i % 7) switch
        {
            0 => $$$"""{"id": {{{i}}}, "op": "convolve", "args": {"in1": [{{{i}}}, 1], "in2": [1, {{{i}}}]}}""",
            1 => $$$"""{"id": {{{i}}}, "op": "bogus"}""",
            2 => $$$"""{"id": {{{i}}}, "op": "correlate2d", "args": {"in1": [[{{{i}}}]], "in2": [[2]], "boundary": "wrap"}}""",
            3 => "{\"id\": " + i + ", broken",
            4 => $$$"""{"id": {{{i}}}, "op": "fftconvolve", "args": {"in1": [[1.5, {{{i}}}]], "in2": [[2.0]], "axes": -1}}""",
            5 => $$$"""{"id": {{{i}}}, "op": "oaconvolve", "args": {"in1": [1], "in2": [2], "axes": [7]}}""",
            _ => $$$"""{"id": {{{i}}}, "op": "convolve2d", "args": {"in1": [[1, 2]], "in2": [[{{{i}}}]], "fillvalue": 3}}""",
        }).ToArray();
        var responses = Serve(requests);
        Assert.Equal(count, responses.Length);
        for (var i = 0; i < count; i++)
        {
            var r = JsonDocument.Parse(responses[i]).RootElement;
            if (i % 7 != 3) Assert.Equal(i, r.GetProperty("id").GetInt32());
            var expected = (i % 7) switch
            {
                0 => $"[{i},{(long)i * i + 1},{i}]",
                2 => $"[{2 * i}]",
                4 => $"[3.0,{2.0 * i:0.0###}]",
                6 => $"[{i},{2 * i}]",
                _ => null,
            };
            if (expected is null) Assert.True(r.TryGetProperty("error", out _), responses[i]);
            else Assert.Equal(expected, r.GetProperty("result").GetProperty("data").GetRawText());
        }
    }

    /// <summary>The built convspec CLI (next to this test assembly) as a child process: JSON Lines in, one flushed line out per request.</summary>
    [Fact]
    [Trait("Spawns", "process")]
    public void The_cli_eval_command_serves_a_pipe_line_by_line_and_exits_zero()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ConvSpec.Cli.dll");
        Assert.True(File.Exists(dll), $"{dll} is built beside the tests (spec-tests references the CLI project)");
        var start = new ProcessStartInfo("dotnet", [dll, "eval"])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false), StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        try
        {
            // one request at a time: the answer must arrive before the next request is sent (flushed per line)
            process.StandardInput.WriteLine("""{"id": "a", "op": "convolve", "args": {"in1": [[2, 5, 3], [1, 4, 1]], "in2": [[1, 2], [3, 4]]}}""");
            process.StandardInput.Flush();
            var first = ReadLine(process);
            Assert.Equal("""{"id":"a","result":{"dtype":"int64","shape":[3,4],"data":[2,9,13,6,7,29,38,14,3,16,19,4]}}""", first);
            process.StandardInput.WriteLine("this is not json");
            process.StandardInput.Flush();
            Assert.Contains("\"parse_error\"", ReadLine(process));
            process.StandardInput.WriteLine("""{"id": {"n": 3}, "op": "correlate", "args": {"in1": [1.5, "NaN"], "in2": [2.0]}}""");
            process.StandardInput.Close();
            Assert.Equal("""{"id":{"n": 3},"result":{"dtype":"float64","shape":[2],"data":[3.0,"NaN"]}}""", ReadLine(process));
            Assert.True(process.WaitForExit(30_000), "eval exits at end of input");
            Assert.Equal(0, process.ExitCode);
            Assert.Equal("", process.StandardOutput.ReadToEnd());
        }
        finally
        {
            if (!process.HasExited) { process.Kill(entireProcessTree: true); process.WaitForExit(10_000); }
        }
    }

    private static string ReadLine(Process process)
    {
        var read = process.StandardOutput.ReadLineAsync();
        Assert.True(read.Wait(TimeSpan.FromSeconds(60)), "no response line within 60 s");
        return read.Result ?? throw new InvalidOperationException("eval closed its output early");
    }
}
