using System.Text.Json;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>The Conv, output_shape and cost eval operations on documented examples and bad requests.</summary>
public class ConvOperationTests
{
    private static JsonElement Ask(string op, string args) =>
        JsonDocument.Parse(EvalServer.Respond($$"""{"id": 1, "op": "{{op}}", "args": {{args}}}""")).RootElement;

    private static string Error(JsonElement response) => response.GetProperty("error").GetProperty("type").GetString()!;

    private const string Square5 = "[[[[0,1,2,3,4],[5,6,7,8,9],[10,11,12,13,14],[15,16,17,18,19],[20,21,22,23,24]]]]";
    private const string Ones3x3 = "[[[[1,1,1],[1,1,1],[1,1,1]]]]";

    [Fact] // ONNX Conv docs: conv_with_autopad_same (SAME_LOWER, strides 2), float32 in and out
    public void Conv_answers_the_onnx_autopad_same_example()
    {
        var x = $$"""{"dtype": "float32", "shape": [1,1,5,5], "data": [{{string.Join(",", Enumerable.Range(0, 25))}}]}""";
        var r = Ask("Conv", $$"""{"X": {{x}}, "W": {"dtype": "float32", "shape": [1,1,3,3], "data": [1,1,1,1,1,1,1,1,1]}, "auto_pad": "SAME_LOWER", "kernel_shape": [3,3], "strides": [2,2]}""");
        var result = r.GetProperty("result");
        Assert.Equal("float32", result.GetProperty("dtype").GetString());
        Assert.Equal([12.0, 27, 24, 63, 108, 81, 72, 117, 84], result.GetProperty("data").EnumerateArray().Select(e => e.GetDouble()));
    }

    [Fact] // ONNX Conv docs: basic_conv_with_padding, int64 exact, with a bias of 1
    public void Conv_adds_the_bias_and_stays_exact_in_int64()
    {
        var r = Ask("Conv", $$"""{"X": {{Square5}}, "W": {{Ones3x3}}, "B": [1], "pads": [1,1,1,1]}""").GetProperty("result");
        Assert.Equal("int64", r.GetProperty("dtype").GetString());
        Assert.Equal([13L, 22, 28, 34, 25], r.GetProperty("data").EnumerateArray().Take(5).Select(e => e.GetInt64()));
    }

    [Fact] // the float64 result is the exact sum rounded once: 0.1 + 0.2 as doubles sums exactly to 0.3000000000000000166..., which rounds to 0.30000000000000004
    public void Conv_rounds_the_exact_result_once()
    {
        var r = Ask("Conv", """{"X": [[[0.1, 0.2]]], "W": [[[1.0, 1.0]]]}""").GetProperty("result");
        Assert.Equal(0.1 + 0.2, r.GetProperty("data")[0].GetDouble());
    }

    [Fact] // torch.nn.functional.conv1d([[[1, 2]]], [[[inf, 1]]], padding=1) = [[[nan, inf, inf]]] (PyTorch 1.13): ∞ times a zero pad is NaN
    public void Conv_forms_the_products_with_zero_padding_as_the_libraries_do()
    {
        var data = Ask("Conv", """{"X": [[[1.0, 2.0]]], "W": [[["Infinity", 1.0]]], "pads": [1, 1]}""").GetProperty("result").GetProperty("data");
        Assert.Equal(["NaN", "Infinity", "Infinity"], data.EnumerateArray().Select(e => e.GetString()));
    }

    [Fact] // torch.nn.functional.conv1d([[[1, nan, 3, 4]]], [[[1, 1]]]) = [[[nan, nan, 7]]] (PyTorch 1.13)
    public void Conv_propagates_nan_only_to_the_windows_that_read_it()
    {
        var data = Ask("Conv", """{"X": [[[1.0, "NaN", 3.0, 4.0]]], "W": [[[1.0, 1.0]]]}""").GetProperty("result").GetProperty("data");
        Assert.Equal("NaN", data[0].GetString());
        Assert.Equal("NaN", data[1].GetString());
        Assert.Equal(7.0, data[2].GetDouble());
    }

    [Theory]
    [InlineData("""{"X": [[[1,2,3]]], "W": [[[1,1]]], "pads": [3,0], "padding_mode": "reflect"}""")]
    [InlineData("""{"X": [[[1,2,3]]], "W": [[[1,1]]], "pads": [4,0], "padding_mode": "circular"}""")]
    [InlineData("""{"X": [[[1,2,3]]], "W": [[[1,1]]], "group": 2}""")]
    [InlineData("""{"X": [[[1,2,3]]], "W": [[[1,1]]], "kernel_shape": [3]}""")]
    [InlineData("""{"X": [[[1,2,3]]], "W": [[[1,1,1,1]]]}""")]
    [InlineData("""{"X": [[[1,2,3]]], "W": [[[1,1]]], "B": [1, 2]}""")]
    [InlineData("""{"X": [[[1,2,3]]], "W": [[[1,1]]], "auto_pad": "SAME"}""")]
    [InlineData("""{"X": [[[1,2,3]]], "W": [[[1,1]]], "pads": [1,1], "auto_pad": "VALID"}""")]
    [InlineData("""{"X": [[[1,2,3]]], "W": [[[1,1]]], "strides": [0]}""")]
    [InlineData("""{"X": [[[1,2,3]]], "W": [[[1,1]]], "padding_mode": "mirror"}""")]
    [InlineData("""{"X": [1,2,3], "W": [1,1]}""")]
    [InlineData("""{"X": [[[1,2,3]]], "W": [[[1,1]]], "dilation": [1]}""")]
    public void Conv_rejects_bad_requests_as_invalid_argument(string args) =>
        Assert.Equal("invalid_argument", Error(Ask("Conv", args)));

    [Fact] // a zero pad of 10^9 cells would make 10^9 outputs: refused, not attempted
    public void Conv_refuses_work_beyond_the_oracles_limit() =>
        Assert.Equal("unsupported", Error(Ask("Conv", """{"X": [[[1, 2]]], "W": [[[1, 1]]], "pads": [1000000000, 0]}""")));

    [Fact]
    public void Conv_rejects_an_output_extent_beyond_int32() =>
        Assert.Equal("invalid_argument", Error(Ask("Conv", """{"X": [[[1, 2]]], "W": [[[1, 1]]], "pads": [2147483647, 0]}""")));

    [Fact]
    public void Cost_of_an_empty_batch_has_no_flop_ratio() =>
        Assert.Equal(JsonValueKind.Null, Ask("cost", """{"input_shape": [0, 1, 3], "weight_shape": [1, 1, 2]}""").GetProperty("result").GetProperty("flop_ratio").ValueKind);

    [Fact]
    public void Conv_reports_int64_overflow() =>
        Assert.Equal("overflow", Error(Ask("Conv", """{"X": [[[9223372036854775807, 9223372036854775807]]], "W": [[[1, 1]]]}""")));

    [Fact] // ONNX conv_with_strides_padding: 7 x 5 input, 3 x 3 kernel, pads 1, strides 2 -> 4 x 3
    public void Output_shape_of_conv_follows_the_size_law() =>
        Assert.Equal([1, 1, 4, 3], Ask("output_shape", """{"op": "Conv", "input_shape": [1,1,7,5], "weight_shape": [1,1,3,3], "pads": [1,1,1,1], "strides": [2,2]}""")
            .GetProperty("result").EnumerateArray().Select(e => e.GetInt32()));

    [Fact]
    public void Output_shape_rejects_an_unknown_operator_and_unknown_arguments()
    {
        Assert.Equal("invalid_argument", Error(Ask("output_shape", """{"op": "Convolution", "input_shape": [1,1,3]}""")));
        Assert.Equal("invalid_argument", Error(Ask("output_shape", """{"op": "Conv", "input_shape": [1,1,3], "weight_shape": [1,1,2], "stride": [1]}""")));
    }

    [Fact] // the notes' edge-detection example
    public void Cost_reproduces_the_notes_figures()
    {
        var r = Ask("cost", """{"input_shape": [280, 320], "kernel_shape": [1, 2]}""").GetProperty("result");
        Assert.Equal(2, r.GetProperty("parameters").GetInt64());
        Assert.Equal(267_960, r.GetProperty("flops").GetInt64());
        Assert.Equal(8_003_072_000, r.GetProperty("dense_entries").GetInt64());
        Assert.Equal(16_006_144_000, r.GetProperty("dense_flops").GetInt64());
        Assert.Equal(4_001_536_000.0, r.GetProperty("entries_per_parameter").GetDouble());
        Assert.Equal([1, 1, 280, 319], r.GetProperty("output_shape").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public void Cost_of_a_layer_with_weights_and_bias()
    {
        var r = Ask("cost", """{"input_shape": [2, 4, 8], "weight_shape": [6, 2, 3], "group": 2, "bias": true}""").GetProperty("result");
        Assert.Equal(6 * 2 * 3 + 6, r.GetProperty("parameters").GetInt64());
        Assert.Equal(2 * 6 * 6 * (2 * 6 - 1) + 2 * 6 * 6, r.GetProperty("flops").GetInt64());
        Assert.Equal(4 * 8 * 6 * 6, r.GetProperty("dense_entries").GetInt64());
    }
}
