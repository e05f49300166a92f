using System.Text.Json;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>Argument rules of toeplitz, the pools, cost and fftconvolve, each answered invalid_argument naming the argument.</summary>
public class OperationArgumentErrorExamples
{
    private static JsonElement Ask(string op, string args) =>
        JsonDocument.Parse(EvalServer.Respond($$"""{"id": 1, "op": "{{op}}", "args": {{args}}}""")).RootElement;

    [Theory]
    [InlineData("toeplitz", """{"r": [1, 2]}""", "c: required when r is given")]
    [InlineData("toeplitz", """{"kernel": {"dtype": "int64", "shape": [0], "data": []}, "n": 3}""", "kernel: must not be empty")]
    [InlineData("toeplitz", """{"kernel": {"dtype": "int64", "shape": [0], "data": []}, "n": 100000}""", "kernel: must not be empty")]
    [InlineData("WeightedAveragePool", """{"X": [[[1, 2, 3]]], "W": {"dtype": "complex128", "shape": [2], "data": [[1, 0], [1, 0]]}}""", "W: weights must be real")]
    [InlineData("WeightedAveragePool", """{"X": [[[1, 2, 3]]], "kernel_shape": [0]}""", "kernel_shape: entries must be at least 1")]
    [InlineData("WeightedAveragePool", """{"X": [[[1, 2, 3]]], "W": {"dtype": "float64", "shape": [2], "data": ["NaN", 1]}}""", "W: weights must be finite")]
    [InlineData("cost", """{"weight_shape": [1, 1, 3, 3]}""", "input_shape: required argument of cost is missing")]
    [InlineData("MaxPool", """{"X": [[[1, 2, 3]]]}""", "kernel_shape: required argument of MaxPool is missing")]
    [InlineData("LpPool", """{"X": [[[1, 2, 3]]], "p": 2}""", "kernel_shape: required argument of LpPool is missing")]
    [InlineData("cost", """{"input_shape": [1, 1, -5, 5], "weight_shape": [1, 1, 3, 3]}""", "input_shape: extents must be non-negative")]
    [InlineData("cost", """{"input_shape": [1, 1, 3], "weight_shape": [1, 1, 2], "stride": [1]}""", "args: unknown argument 'stride' for cost")]
    [InlineData("fftconvolve", """{"in1": [1.0], "in2": [1.0], "mdoe": "full"}""", "args: unknown argument 'mdoe' for fftconvolve")]
    [InlineData("oaconvolve", """{"in1": [1.0], "in2": [1.0], "axes": 4294967296}""", "axes: 4294967296 is outside the 32-bit range")]
    [InlineData("fftconvolve", """{"in1": [[1.0]], "in2": [[1.0]], "axes": [0, -4294967296]}""", "axes: -4294967296 is outside the 32-bit range")]
    public void Bad_arguments_are_invalid_and_named(string op, string args, string message)
    {
        var error = Ask(op, args).GetProperty("error");
        Assert.Equal("invalid_argument", error.GetProperty("type").GetString());
        Assert.StartsWith(message, error.GetProperty("message").GetString());
    }

    [Fact] // equal weights [1, 1] over windows of 2 of [1, 2, 3]: the plain averages [1.5, 2.5]
    public void Equal_weights_give_the_plain_average()
    {
        var result = Ask("WeightedAveragePool", """{"X": [[[1, 2, 3]]], "W": [1, 1]}""").GetProperty("result");
        Assert.Equal([1.5, 2.5], result.GetProperty("data").EnumerateArray().Select(e => e.GetDouble()));
    }
}
