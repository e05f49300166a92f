namespace ConvSpec.SpecTests.Cli;

/// <summary><c>convspec check</c> with a bad option: one line on standard error naming the option and its rule, exit 2, nothing run.</summary>
public class CheckArgumentExamples
{
    [Theory]
    [InlineData("--count", "0", "--count: must be at least 1 (got 0)")]
    [InlineData("--count", "-3", "--count: must be at least 1 (got -3)")]
    [InlineData("--max-size", "0", "--max-size: must be at least 1 (got 0)")]
    [InlineData("--timeout", "0", "--timeout: must be a positive number of seconds (got 0)")]
    [InlineData("--timeout", "-1", "--timeout: must be a positive number of seconds (got -1)")]
    [InlineData("--timeout", "NaN", "--timeout: must be a positive number of seconds (got NaN)")]
    [InlineData("--tolerance", "loose", "--tolerance: must be one of auto, direct, fft, exact (got loose)")]
    [InlineData("--tolerance", "", "--tolerance: must be one of auto, direct, fft, exact (got )")]
    [InlineData("--dtypes", "int64,int8", "--dtypes: must be one of int64, float32, float64, complex64, complex128 (got int8)")]
    public void A_bad_option_is_reported_on_standard_error_with_exit_2(string option, string value, string message)
    {
        var run = CliRun.Invoke("check", "--ops", "convolve", "--seed", "1", option, value);
        Assert.Equal((2, "", $"convspec check: {message}\n"), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public void An_unknown_operation_in_ops_is_reported_with_the_known_ones_and_exit_2()
    {
        var run = CliRun.Invoke("check", "--ops", "convolve,nope", "--count", "1");
        Assert.Equal((2, ""), (run.ExitCode, run.Output));
        Assert.StartsWith("convspec check: ops: no case generator for 'nope' (known: ", run.Error);
        Assert.Contains(" convolve, ", run.Error);
        Assert.EndsWith(")\n", run.Error);
    }
}
