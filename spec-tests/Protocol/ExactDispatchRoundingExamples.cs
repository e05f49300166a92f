using System.Text.Json;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>
/// The exact dispatch rounds each float result once, to its own dtype (convolve, Conv, the averaging pools), and
/// promotes Conv's bias with X and W.
/// 1 + 2⁻²⁴ + 2⁻⁶⁰ lies just above the float32 midpoint 1 + 2⁻²⁴ between 1 and 1 + 2⁻²³: rounded once it is
/// 1 + 2⁻²³, but rounded to double first it is the midpoint itself, which ties to even, 1.
/// </summary>
public class ExactDispatchRoundingExamples
{
    private static JsonElement Result(string op, string args) =>
        JsonDocument.Parse(EvalServer.Respond($$"""{"id": 1, "op": "{{op}}", "args": {{args}}}""")).RootElement.GetProperty("result");

    // [1, 2⁻²⁴, 2⁻⁶⁰], each a float32.
    private const string AboveMidpoint = """{"dtype": "float32", "shape": [3], "data": [1, 5.9604644775390625e-08, 8.673617379884035e-19]}""";
    private static readonly float OnePlusUlp32 = MathF.BitIncrement(1f); // 1 + 2⁻²³

    [Fact]
    public void A_float32_spec_convolution_is_rounded_once_to_float32_not_through_double()
    {
        var r = Result("convolve", $$"""{"in1": {{AboveMidpoint}}, "in2": {"dtype": "float32", "shape": [3], "data": [1, 1, 1]}, "mode": "valid", "method": "spec" }""");
        Assert.Equal("float32", r.GetProperty("dtype").GetString());
        Assert.Equal(OnePlusUlp32, r.GetProperty("data")[0].GetSingle());
    }

    [Fact]
    public void A_float32_conv_is_rounded_once_to_float32_not_through_double()
    {
        var x = AboveMidpoint.Replace("[3]", "[1, 1, 3]");
        var r = Result("Conv", $$"""{"X": {{x}}, "W": {"dtype": "float32", "shape": [1, 1, 3], "data": [1, 1, 1]} }""");
        Assert.Equal("float32", r.GetProperty("dtype").GetString());
        Assert.Equal(OnePlusUlp32, r.GetProperty("data")[0].GetSingle());
    }

    [Theory] // (4 + 2⁻²² + 2⁻⁵⁸ + 0)/4 = 1 + 2⁻²⁴ + 2⁻⁶⁰, each of the four a float32
    [InlineData("AveragePool", ", \"kernel_shape\": [4]")]
    [InlineData("GlobalAveragePool", "")]
    public void A_float32_average_is_rounded_once_to_float32_not_through_double(string op, string kernel)
    {
        var x = """{"dtype": "float32", "shape": [1, 1, 4], "data": [4, 2.384185791015625e-07, 3.469446951953614e-18, 0]}""";
        var r = Result(op, $$"""{"X": {{x}}{{kernel}}}""");
        Assert.Equal("float32", r.GetProperty("dtype").GetString());
        Assert.Equal(OnePlusUlp32, r.GetProperty("data")[0].GetSingle());
    }

    [Fact] // int64 X and W with a float64 B promote to float64: 2·3 + 0.5
    public void A_float64_bias_promotes_an_int64_conv_to_float64()
    {
        var r = Result("Conv", """{"X": [[[2]]], "W": [[[3]]], "B": {"dtype": "float64", "shape": [1], "data": [0.5]}}""");
        Assert.Equal("float64", r.GetProperty("dtype").GetString());
        Assert.Equal(6.5, r.GetProperty("data")[0].GetDouble());
    }

    [Fact] // one infinite bias among finite ones sends the whole Conv to IEEE arithmetic: [1·1 + ∞, 1·2 + 1]
    public void A_bias_with_one_infinite_entry_is_added_in_IEEE_arithmetic()
    {
        var r = Result("Conv", """{"X": [[[1.0]]], "W": [[[1.0]], [[2.0]]], "B": ["Infinity", 1.0]}""");
        Assert.Equal("Infinity", r.GetProperty("data")[0].GetString());
        Assert.Equal(3.0, r.GetProperty("data")[1].GetDouble());
    }
}
