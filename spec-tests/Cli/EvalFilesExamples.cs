using System.CommandLine;
using ConvSpec.Cli.Commands;
using ConvSpec.Npy;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Cli;

/// <summary>
/// <c>convspec eval --op NAME --ARG VALUE ... [--out FILE.npy] [--out-FIELD FILE.npy]</c> run in process: tensors from and
/// to .npy files in a temporary directory, the response on standard output without --out, errors with exit 1 or 2.
/// </summary>
public sealed class EvalFilesExamples : IDisposable
{
    private readonly ScratchDirectory dir = new("convspec-eval-files-");

    public void Dispose() => dir.Dispose();

    private string PathOf(string name) => dir[name];

    private string Save(string name, params long[] data)
    {
        NpyFile.WriteFile(PathOf(name), TensorValue.Int64([data.Length], data));
        return PathOf(name);
    }

    /// <summary>Runs <c>eval</c> with <paramref name="args"/>; the no-option server, should it be reached, sees empty streams.</summary>
    private static CliRun.Outcome Eval(params string[] args) =>
        CliRun.Invoke(new RootCommand { new EvalCommand(() => Stream.Null, () => Stream.Null).Build() }, ["eval", .. args]);

    private static long[] Read(string path) => (long[])NpyFile.ReadFile(path).Data;

    [Fact]
    public void Without_out_the_response_is_printed_as_one_JSON_line()
    {
        var run = Eval("--op", "convolve", "--in1", "[1,2,3]", "--in2", "[0,1,0.5]");
        Assert.Equal((0, "{\"result\":{\"dtype\":\"float64\",\"shape\":[5],\"data\":[0.0,1.0,2.5,4.0,1.5]}}\n", ""), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public void Without_out_extra_fields_follow_the_result_and_plain_values_print_as_JSON()
    {
        var pool = Eval("--op", "MaxPool", "--X", "[[[1,3,2,5]]]", "--kernel_shape", "[2]", "--strides", "[2]");
        Assert.Equal(
            """{"result":{"dtype":"int64","shape":[1,1,2],"data":[3,5]},"indices":{"dtype":"int64","shape":[1,1,2],"data":[1,3]}}""" + "\n",
            pool.Output);
        var cost = Eval("--op", "cost", "--input_shape", "[8]", "--kernel_shape", "[3]");
        Assert.Equal(
            """{"result":{"output_shape":[1,1,6],"parameters":3,"flops":30,"dense_entries":48,"dense_flops":96,"entries_per_parameter":16,"flop_ratio":3.2}}""" + "\n",
            cost.Output);
    }

    [Fact]
    public void With_out_the_result_is_written_to_that_npy_file_and_nothing_is_printed()
    {
        var (a, b, c) = (Save("a.npy", 1, 2, 3), Save("b.npy", 0, 1, 2), PathOf("c.npy"));
        var run = Eval("--op", "convolve", "--in1", a, "--in2", b, "--mode", "same", "--out", c);
        Assert.Equal((0, "", ""), (run.ExitCode, run.Output, run.Error));
        Assert.Equal([1L, 4, 7], Read(c));
    }

    [Fact]
    public void An_extra_tensor_goes_to_its_out_field_option_or_else_beside_the_result()
    {
        string[] pool = ["--op", "MaxPool", "--X", "[[[1,3,2,5]]]", "--kernel_shape", "[2]", "--strides", "[2]"];
        var beside = Eval([.. pool, "--out", PathOf("y.npy")]);
        Assert.Equal((0, "", ""), (beside.ExitCode, beside.Output, beside.Error));
        Assert.Equal([3L, 5], Read(PathOf("y.npy")));
        Assert.Equal([1L, 3], Read(PathOf("y.indices.npy")));
        var named = Eval([.. pool, "--out-indices", PathOf("i.npy"), "--out", PathOf("z.npy")]);
        Assert.Equal((0, "", ""), (named.ExitCode, named.Output, named.Error));
        Assert.Equal([3L, 5], Read(PathOf("z.npy")));
        Assert.Equal([1L, 3], Read(PathOf("i.npy")));
        Assert.False(File.Exists(PathOf("z.indices.npy")));
    }

    [Fact]
    public void Out_with_a_result_that_is_not_a_tensor_is_a_usage_error_with_exit_2()
    {
        var run = Eval("--op", "cost", "--input_shape", "[8]", "--kernel_shape", "[3]", "--out", PathOf("x.npy"));
        Assert.Equal((2, "", "convspec eval: --out: the result is not a tensor; omit --out to print it\n"), (run.ExitCode, run.Output, run.Error));
        Assert.False(File.Exists(PathOf("x.npy")));
    }

    [Fact]
    public void A_plain_extra_value_is_printed_as_name_and_JSON_when_writing_to_files()
    {
        var output = new StringWriter { NewLine = "\n" };
        var result = new EvalResult(TensorValue.Int64([1], [5]), [new("note", System.Text.Json.Nodes.JsonValue.Create("ok")!)]);
        Assert.Equal(0, EvalFiles.Write(result, PathOf("r.npy"), [], output, TextWriter.Null));
        Assert.Equal("note: \"ok\"\n", output.ToString());
        Assert.Equal([5L], Read(PathOf("r.npy")));
    }

    [Theory]
    [InlineData("--in1")]
    [InlineData("--out")]
    public void Arguments_without_op_are_a_usage_error_with_exit_2(string option)
    {
        var run = Eval(option, "[1]");
        Assert.Equal((2, "", "convspec eval: --op: required when arguments are given as options\n"), (run.ExitCode, run.Output, run.Error));
    }

    [Theory]
    [InlineData(new[] { "x" }, "expected an option --NAME, got 'x'")]
    [InlineData(new[] { "--in1", "[1]", "--in2" }, "--in2: needs a value")]
    [InlineData(new[] { "--in1", "[1]", "--in1", "[2]" }, "--in1: given twice")]
    public void A_malformed_argument_list_is_a_usage_error_with_exit_2(string[] tokens, string message)
    {
        var run = Eval(["--op", "convolve", .. tokens]);
        Assert.Equal((2, "", $"convspec eval: {message}\n"), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public void An_error_response_is_printed_with_its_type_and_exit_1()
    {
        var run = Eval("--op", "convolve", "--in1", "[1]", "--in2", "[1]", "--mdoe", "same");
        Assert.Equal((1, "", "convspec eval: invalid_argument: args: unknown argument 'mdoe' for convolve (known: in1, in2, method, mode)\n"), (run.ExitCode, run.Output, run.Error));
        var missing = Eval("--op", "convolve");
        Assert.Equal((1, "", "convspec eval: invalid_argument: in1: required argument of convolve is missing\n"), (missing.ExitCode, missing.Output, missing.Error));
    }
}
