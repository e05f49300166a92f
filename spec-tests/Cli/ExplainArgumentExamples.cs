using System.CommandLine;
using System.CommandLine.Help;
using ConvSpec.Cli.Commands;

namespace ConvSpec.SpecTests.Cli;

/// <summary>
/// What <c>convspec explain</c> refuses: each bad argument is named with the rule it breaks on standard error, as
/// "convspec explain: message", nothing is printed on standard output, and the exit status is 2. Also its help and
/// the values it completes.
/// </summary>
public class ExplainArgumentExamples
{
    [Theory]
    [InlineData("--kernel: not JSON: 'x' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 0.", "toeplitz", "--kernel", "x")]
    [InlineData("--input: not JSON: '2' is an invalid end of a number. Expected a delimiter. LineNumber: 0 | BytePositionInLine: 5.", "toeplitz", "--input", "[1, 2")]
    [InlineData("--kernel: explain shows real inputs (got complex128)", "toeplitz", "--kernel", """{"dtype": "complex128", "shape": [1], "data": [[1, 2]]}""")]
    [InlineData("--input: explain shows real inputs (got complex64)", "doubly-block-toeplitz", "--input", """{"dtype": "complex64", "shape": [1, 1], "data": [[1, 2]]}""")]
    [InlineData("--kernel: must not be empty", "toeplitz", "--kernel", "[]")]
    [InlineData("--input: must not be empty", "doubly-block-toeplitz", "--input", "[[]]")]
    [InlineData("--kernel: must be a 1-D array (got rank 2)", "toeplitz", "--kernel", "[[1, 2]]")]
    [InlineData("--input: must be a 1-D array (got rank 0)", "toeplitz", "--input", "3")]
    [InlineData("--input: must be a 2-D array (got rank 1; eval's doubly_block_toeplitz handles N-D)", "doubly-block-toeplitz", "--input", "[1, 2]")]
    [InlineData("--kernel: must be a 2-D array (got rank 3; eval's doubly_block_toeplitz handles N-D)", "doubly-block-toeplitz", "--kernel", "[[[1]]]")]
    [InlineData("--kernel: integer 9223372036854775808 does not fit in int64", "toeplitz", "--kernel", "[9223372036854775808]")]
    [InlineData("--kernel: ragged nested array (axis 1 should have length 2, got length 1)", "doubly-block-toeplitz", "--kernel", "[[1, 2], [3]]")]
    [InlineData("--mode: must be one of full, valid, same (got Full)", "toeplitz", "--mode", "Full")]
    [InlineData("--mode: must be one of full, valid, same (got circular)", "doubly-block-toeplitz", "--mode", "circular")]
    [InlineData("--kind: must be one of convolution, correlation (got convolve)", "toeplitz", "--kind", "convolve")]
    public void Explain_refuses_a_bad_argument_naming_it_and_the_rule_with_exit_status_2(string message, params string[] args) =>
        AssertRefused(message, args);

    /// <summary>(2^63 − 1)·2 overflows int64: the whole explanation is withheld, not cut off where the overflow happens.</summary>
    [Fact]
    public void Explain_toeplitz_refuses_an_int64_product_that_overflows_and_prints_none_of_the_explanation() =>
        AssertRefused(
            "matrix product: integer overflow: a sum or product does not fit in the element type (use a wider type such as Int128 or BigInteger for the exact result)",
            "toeplitz", "--kernel", "[9223372036854775807]", "--input", "[2]");

    /// <summary>h = [[2^62], [2^62]], f = [[1], [1]]: g[1, 0] = 2^62 + 2^62 = 2^63 overflows in a row sum of H vec(f).</summary>
    [Fact]
    public void Explain_doubly_block_toeplitz_refuses_an_int64_sum_that_overflows() =>
        AssertRefused(
            "matrix product: integer overflow: a sum or product does not fit in the element type (use a wider type such as Int128 or BigInteger for the exact result)",
            "doubly-block-toeplitz", "--kernel", "[[4611686018427387904], [4611686018427387904]]", "--input", "[[1], [1]]");

    /// <summary>valid needs one of f, h at least as large as the other on both axes; 1 x 3 and 2 x 1 are neither.</summary>
    [Fact]
    public void Explain_doubly_block_toeplitz_valid_refuses_an_input_and_kernel_that_do_not_nest() =>
        AssertRefused(
            "inputShape: valid mode needs the input at least as large as the kernel on every axis, or the kernel at least as large on every axis (got input 1x3 and kernel 2x1)",
            "doubly-block-toeplitz", "--input", "[[1, 2, 3]]", "--kernel", "[[1], [2]]", "--mode", "valid");

    private static void AssertRefused(string message, params string[] args)
    {
        var run = CliRun.Invoke(["explain", .. args]);
        Assert.Equal($"convspec explain: {message}\n", run.Error);
        Assert.Equal("", run.Output);
        Assert.Equal(2, run.ExitCode);
    }

    [Theory]
    [InlineData("explain toeplitz --mode ", "full same valid")]
    [InlineData("explain doubly-block-toeplitz --mode ", "full same valid")]
    [InlineData("explain toeplitz --kind ", "convolution correlation")]
    public void Explain_completes_mode_and_kind_with_their_values(string line, string values) =>
        Assert.Equal(values, string.Join(" ", CommandCatalog.Root().Parse(line).GetCompletions().Select(c => c.Label)));

    [Fact]
    public void Explain_help_lists_its_two_constructions() =>
        Assert.Equal(
            """
            Description:
              Show, step by step, how a convolution becomes a matrix product (the lecture notes' constructions)

            Usage:
              convspec explain [command] [options]

            Options:
              -?, -h, --help  Show help and usage information

            Commands:
              toeplitz               The Toeplitz matrix T of a 1-D kernel and the product T x (default: the first row of the notes' example)
              doubly-block-toeplitz  The doubly block Toeplitz matrix H of a 2-D kernel and H vec(f) (default: the notes' example)


            """, Help("explain"));

    [Fact]
    public void Explain_toeplitz_help_names_each_option_its_values_and_default() =>
        Assert.Equal(
            """
            Description:
              The Toeplitz matrix T of a 1-D kernel and the product T x (default: the first row of the notes' example)

            Usage:
              convspec explain toeplitz [options]

            Options:
              --kernel <kernel>                 1-D kernel h as JSON [default: [1, 2]]
              --input <input>                   1-D input x as JSON [default: [2, 5, 3]]
              --mode <full|same|valid>          full, valid or same [default: full]
              --kind <convolution|correlation>  convolution or correlation [default: convolution]
              -?, -h, --help                    Show help and usage information


            """, Help("explain", "toeplitz"));

    [Fact]
    public void Explain_doubly_block_toeplitz_help_names_each_option_its_values_and_default() =>
        Assert.Equal(
            """
            Description:
              The doubly block Toeplitz matrix H of a 2-D kernel and H vec(f) (default: the notes' example)

            Usage:
              convspec explain doubly-block-toeplitz [options]

            Options:
              --kernel <kernel>         2-D kernel h as JSON [default: [[1, 2], [3, 4]]]
              --input <input>           2-D input f as JSON [default: [[2, 5, 3], [1, 4, 1]]]
              --mode <full|same|valid>  full, valid or same [default: full]
              -?, -h, --help            Show help and usage information


            """, Help("explain", "doubly-block-toeplitz"));

    /// <summary>--help's text, unwrapped, with the executable's name written "convspec".</summary>
    private static string Help(params string[] args)
    {
        var root = CommandCatalog.Root();
        ((HelpAction)root.Options.OfType<HelpOption>().Single().Action!).MaxWidth = int.MaxValue;
        var run = CliRun.Invoke(root, [.. args, "--help"]);
        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        return run.Output.Replace(RootCommand.ExecutableName, "convspec", StringComparison.Ordinal);
    }
}
