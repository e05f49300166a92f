using System.Text.Json.Nodes;
using ConvSpec.Cli.Commands;
using ConvSpec.Npy;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Npy;

/// <summary>The {"npy": path} tensor form and <c>convspec eval --op ... --out</c> on .npy files.</summary>
public sealed class EvalOnFiles : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("convspec-npy-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Save(string name, TensorValue t)
    {
        var path = Path.Combine(dir, name);
        NpyFile.WriteFile(path, t);
        return path;
    }

    private static TensorValue Ints(int[] shape, params long[] data) => TensorValue.Int64(shape, data);

    /// <summary>Notes' doubly block Toeplitz example, scipy.signal.convolve2d(a, b) = [[2,9,13,6],[7,29,38,14],[3,16,19,4]].</summary>
    [Fact]
    public void A_protocol_request_reads_npy_tensors()
    {
        var a = Save("a.npy", Ints([2, 3], 2, 5, 3, 1, 4, 1));
        var b = Save("b.npy", Ints([2, 2], 1, 2, 3, 4));
        var request = new JsonObject
        {
            ["id"] = 7, ["op"] = "convolve2d",
            ["args"] = new JsonObject { ["in1"] = new JsonObject { ["npy"] = a }, ["in2"] = new JsonObject { ["npy"] = b } },
        };
        Assert.Equal("{\"id\":7,\"result\":{\"dtype\":\"int64\",\"shape\":[3,4],\"data\":[2,9,13,6,7,29,38,14,3,16,19,4]}}",
            EvalServer.Respond(request.ToJsonString()));
    }

    [Theory]
    [InlineData("{\"npy\": \"missing.npy\"}", "invalid_argument")]
    [InlineData("{\"npy\": 3}", "invalid_argument")]
    [InlineData("{\"npy\": \"a.npy\", \"dtype\": \"int64\"}", "invalid_argument")]
    public void A_bad_npy_reference_is_an_error_naming_the_argument(string tensor, string type)
    {
        var response = JsonNode.Parse(EvalServer.Respond($"{{\"id\":1,\"op\":\"convolve\",\"args\":{{\"in1\":{tensor},\"in2\":[1]}}}}"))!;
        Assert.Equal(type, (string)response["error"]!["type"]!);
        Assert.StartsWith("in1", (string)response["error"]!["message"]!);
    }

    /// <summary>The same example through files; scipy.signal.convolve2d(a, b, 'same') = [[2,9,13],[7,29,38]] (SciPy 1.10).</summary>
    [Fact]
    public void Eval_on_files_writes_the_result_as_npy()
    {
        var a = Save("a.npy", Ints([2, 3], 2, 5, 3, 1, 4, 1));
        var b = Save("b.npy", Ints([2, 2], 1, 2, 3, 4));
        var c = Path.Combine(dir, "c.npy");
        var status = EvalFiles.Run("convolve2d", c, ["--in1", a, "--in2", b, "--mode", "same"], TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, status);
        var result = NpyFile.ReadFile(c);
        Assert.Equal([2, 3], result.Shape);
        Assert.Equal([2L, 9, 13, 7, 29, 38], (long[])result.Data);
    }

    [Fact]
    public void Eval_on_files_reports_a_bad_argument_with_status_1_and_a_missing_value_with_status_2()
    {
        var a = Save("a.npy", Ints([2], 1, 2));
        var errors = new StringWriter();
        Assert.Equal(1, EvalFiles.Run("convolve", null, ["--in1", a, "--in2", a, "--mdoe", "same"], TextWriter.Null, errors));
        Assert.Contains("invalid_argument: args: unknown argument 'mdoe'", errors.ToString());
        Assert.Equal(2, EvalFiles.Run("convolve", null, ["--in1", a, "--in2"], TextWriter.Null, TextWriter.Null));
    }

    [Theory]
    [InlineData("same", "\"same\"")]
    [InlineData("x.npy", "{\"npy\":\"x.npy\"}")]
    [InlineData("2", "2")]
    [InlineData("-1.5", "-1.5")]
    [InlineData("[0,1]", "[0,1]")]
    [InlineData("true", "true")]
    [InlineData("{\"dtype\":\"float32\",\"shape\":[],\"data\":[1]}", "{\"dtype\":\"float32\",\"shape\":[],\"data\":[1]}")]
    [InlineData("NaN", "\"NaN\"")]
    [InlineData("[unclosed", "\"[unclosed\"")]
    [InlineData("", "\"\"")]
    [InlineData("0", "0")]
    [InlineData("9", "9")]
    [InlineData("1e3", "1e3")]
    [InlineData("false", "false")]
    [InlineData("null", "null")]
    [InlineData("\"same\"", "\"same\"")]
    [InlineData(".5", "\".5\"")]
    [InlineData(" 1", "\" 1\"")]
    [InlineData("-x", "\"-x\"")]
    [InlineData("1e", "\"1e\"")]
    [InlineData("Infinity", "\"Infinity\"")]
    [InlineData("a.NPY", "{\"npy\":\"a.NPY\"}")]
    public void Option_values_become_json_arguments(string text, string json) =>
        Assert.Equal(json, EvalFiles.Value(text)?.ToJsonString() ?? "null");

    [Fact]
    public void Extra_outputs_go_next_to_the_result() =>
        Assert.Equal(Path.Combine("o", "y.indices.npy"), EvalFiles.ExtraPath(Path.Combine("o", "y.npy"), "indices"));

    [Fact]
    public void Extra_tensors_of_a_response_go_to_their_out_option_or_beside_the_result()
    {
        var y = Path.Combine(dir, "y.npy");
        var result = new EvalResult(Ints([1], 5), [new("indices", Ints([1], 3)), new("argmax", Ints([1], 4))]);
        var outs = new Dictionary<string, string> { ["argmax"] = Path.Combine(dir, "a.npy") };
        Assert.Equal(0, EvalFiles.Write(result, y, outs, TextWriter.Null, TextWriter.Null));
        Assert.Equal([5L], (long[])NpyFile.ReadFile(y).Data);
        Assert.Equal([3L], (long[])NpyFile.ReadFile(Path.Combine(dir, "y.indices.npy")).Data);
        Assert.Equal([4L], (long[])NpyFile.ReadFile(Path.Combine(dir, "a.npy")).Data);
    }
}
