using ConvSpec.Cli.Commands;

namespace ConvSpec.SpecTests.Cli;

/// <summary>The convspec command: its subcommands and the demo's printed worked examples.</summary>
public class CliExamples
{
    [Fact]
    public void Demo_prints_the_notes_worked_examples_through_the_spec()
    {
        var output = new StringWriter { NewLine = "\n" };
        DemoCommand.Run(output);
        Assert.Equal(
            """
            Notes, 2-D convolution (doubly block Toeplitz example; scipy.signal.convolve2d(a, b)):
              a     = 2x3 [[2, 5, 3], [1, 4, 1]]
              b     = 2x2 [[1, 2], [3, 4]]
              a * b = 3x4 [[2, 9, 13, 6], [7, 29, 38, 14], [3, 16, 19, 4]]
            Notes, discrete case c_k = sum_i a_i b_(k-i):
              [1, 2, 3] * [0, 1, 2] = [0, 1, 4, 7, 6]
            Notes, cross-correlation (convolution without flipping the kernel), valid:
              I = 3x4 [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
              K = 2x2 [[1, 0], [0, -1]]
              S(i,j) = sum_m sum_n I(i+m, j+n) K(m,n) = 2x3 [[-5, -5, -5], [-5, -5, -5]]
            Notes, edge detection by a two-element kernel: a 320-wide row gives 319 outputs:
              valid length of 320 with 2 = 319

            """, output.ToString());
    }

    [Fact]
    public void Subcommands_are_found_by_reflection_in_name_order()
    {
        var names = CommandCatalog.All().Select(c => c.Name).ToList();
        Assert.Contains("demo", names);
        Assert.Contains("eval", names);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal("eval", new EvalCommand().Build().Name);
        Assert.Equal("demo", new DemoCommand().Build().Name);
        Assert.False(string.IsNullOrWhiteSpace(new EvalCommand().Build().Description));
        Assert.False(string.IsNullOrWhiteSpace(new DemoCommand().Build().Description));
        Assert.NotNull(new EvalCommand().Build().Action);
        Assert.NotNull(new DemoCommand().Build().Action);
    }

    [Fact]
    public void Demo_command_writes_to_the_invocations_output_and_exits_zero()
    {
        var run = CliRun.Invoke("demo");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Notes, 2-D convolution", run.Output);
        Assert.EndsWith("valid length of 320 with 2 = 319\n", run.Output);
        Assert.Equal("", run.Error);
    }
}
