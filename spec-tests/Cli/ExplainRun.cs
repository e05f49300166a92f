namespace ConvSpec.SpecTests.Cli;

/// <summary><c>convspec explain ...</c> run in this process: the text it prints when it accepts its arguments.</summary>
internal static class ExplainRun
{
    /// <summary>Standard output of <c>convspec explain</c> <paramref name="args"/>, which must exit 0 with nothing on standard error.</summary>
    public static string Text(params string[] args)
    {
        var run = CliRun.Invoke(["explain", .. args]);
        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        return run.Output;
    }
}
