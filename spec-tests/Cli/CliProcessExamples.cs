using System.Diagnostics;

namespace ConvSpec.SpecTests.Cli;

/// <summary>The built convspec command run as a process: standard input and output as a pipe sees them.</summary>
[Trait("Spawns", "process")]
public class CliProcessExamples
{
    private static (int ExitCode, string Output) Run(string arguments, string input)
    {
        var start = new ProcessStartInfo("dotnet", $"\"{Path.Combine(AppContext.BaseDirectory, "ConvSpec.Cli.dll")}\" {arguments}")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "convspec did not exit within a minute");
        return (process.ExitCode, output.Result + error.Result);
    }

    [Fact]
    public void Eval_answers_each_stdin_line_on_stdout()
    {
        var (code, output) = Run("eval", "{\"id\":1,\"op\":\"convolve\",\"args\":{\"in1\":[1,2,3],\"in2\":[0,1,0.5]}}\n{\"id\":2,\"op\":\"nope\"}\n");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("{\"id\":1,\"result\":{\"dtype\":\"float64\",\"shape\":[5],\"data\":[0.0,1.0,2.5,4.0,1.5]}}", lines[0]);
        Assert.StartsWith("{\"id\":2,\"error\":{\"type\":\"invalid_argument\"", lines[1]);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public void Help_lists_the_subcommands_under_the_description()
    {
        var (code, output) = Run("--help", "");
        Assert.Equal(0, code);
        Assert.Contains("convspec: the verified reference implementation of convolution, correlation and pooling", output);
        Assert.Contains("demo", output);
        Assert.Contains("eval", output);
    }
}
