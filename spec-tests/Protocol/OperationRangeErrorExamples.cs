using System.Text.Json;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>Integers beyond 32 bits, out-of-range p and fill values with no int64 image: invalid_argument naming the argument.</summary>
public class OperationRangeErrorExamples
{
    private static JsonElement Error(string op, string args) =>
        JsonDocument.Parse(EvalServer.Respond($$"""{"id": 1, "op": "{{op}}", "args": {{args}}}""")).RootElement.GetProperty("error");

    private const string X = """{"dtype": "float64", "shape": [1, 1, 3], "data": [1, 2, 3]}""";
    private const string Int2D = """{"dtype": "int64", "shape": [1, 2], "data": [1, 2]}""";

    [Theory]
    [InlineData("dft", """{"x": {"dtype": "float64", "shape": [2], "data": [1, 2]}, "axes": [3000000000]}""", "axes: axis 3000000000 is out of range")]
    [InlineData("dft", """{"x": {"dtype": "float64", "shape": [2], "data": [1, 2]}, "axes": [-3000000000]}""", "axes: axis -3000000000 is out of range")]
    [InlineData("doubly_block_toeplitz", """{"kernel": {"dtype": "int64", "shape": [1, 1], "data": [1]}, "input_shape": [0, 2]}""", "input_shape: extents must be positive integers (got 0)")]
    [InlineData("doubly_block_toeplitz", """{"kernel": {"dtype": "int64", "shape": [1, 1], "data": [1]}, "input_shape": [3000000000, 2]}""", "input_shape: extents must be positive integers (got 3000000000)")]
    [InlineData("LpPool", $$"""{"X": {{X}}, "kernel_shape": [2], "p": 0}""", "p: must be an integer from 1 to 1024 (got 0)")]
    [InlineData("LpPool", $$"""{"X": {{X}}, "kernel_shape": [2], "p": 1025}""", "p: must be an integer from 1 to 1024 (got 1025)")]
    [InlineData("MaxPool", $$"""{"X": {{X}}, "kernel_shape": [3000000000]}""", "kernel_shape: 3000000000 is outside the 32-bit range")]
    [InlineData("MaxPool", $$"""{"X": {{X}}, "kernel_shape": [-3000000000]}""", "kernel_shape: -3000000000 is outside the 32-bit range")]
    [InlineData("output_shape", """{"op": "MaxPool", "kernel_shape": [2]}""", "input_shape: required argument of output_shape for MaxPool is missing")]
    [InlineData("convolve2d", $$"""{"in1": {{Int2D}}, "in2": {{Int2D}}, "fillvalue": "NaN"}""", "fillvalue: NaN cannot be cast to the int64 output type")]
    [InlineData("convolve2d", $$"""{"in1": {{Int2D}}, "in2": {{Int2D}}, "fillvalue": "-Infinity"}""", "fillvalue: -Infinity cannot be cast to the int64 output type")]
    public void Out_of_range_arguments_are_invalid_and_named(string op, string args, string message)
    {
        var error = Error(op, args);
        Assert.Equal("invalid_argument", error.GetProperty("type").GetString());
        Assert.StartsWith(message, error.GetProperty("message").GetString());
    }
}
