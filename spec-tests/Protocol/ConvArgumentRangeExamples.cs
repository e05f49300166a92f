using System.Text.Json;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>
/// Conv's integer attributes are 32-bit: a value outside [−2³¹, 2³¹ − 1] is an invalid_argument naming the attribute;
/// the end values themselves pass the range check and meet the attribute's own rule. Asked through output_shape.
/// </summary>
public class ConvArgumentRangeExamples
{
    private static JsonElement Shape(string extra) =>
        JsonDocument.Parse(EvalServer.Respond($$$"""{"id": 1, "op": "output_shape", "args": {"op": "Conv", "input_shape": [1, 1, 3], "weight_shape": [1, 1, 2]{{{extra}}}}}""")).RootElement;

    [Theory]
    [InlineData("\"kernel_shape\": [4294967296]", "kernel_shape: 4294967296 is outside the 32-bit range")]
    [InlineData("\"strides\": [2147483648]", "strides: 2147483648 is outside the 32-bit range")]
    [InlineData("\"pads\": [0, -2147483649]", "pads: -2147483649 is outside the 32-bit range")]
    [InlineData("\"dilations\": [9223372036854775807]", "dilations: 9223372036854775807 is outside the 32-bit range")]
    [InlineData("\"group\": -9223372036854775808", "group: -9223372036854775808 is outside the 32-bit range")]
    public void An_attribute_outside_int32_is_invalid_and_named(string attribute, string message)
    {
        var error = Shape(", " + attribute).GetProperty("error");
        Assert.Equal("invalid_argument", error.GetProperty("type").GetString());
        Assert.Equal(message, error.GetProperty("message").GetString());
    }

    [Fact] // stride 2³¹ − 1 over 3 − 2 + 1 = 2 positions: ⌊(3 − 2)/(2³¹ − 1)⌋ + 1 = 1 output
    public void A_stride_of_int_max_is_accepted() =>
        Assert.Equal([1, 1, 1], Shape(", \"strides\": [2147483647]").GetProperty("result").EnumerateArray().Select(e => e.GetInt32()));

    [Fact] // −2³¹ fits in 32 bits, so the error is the pads rule itself
    public void A_pad_of_int_min_is_refused_by_the_non_negative_rule_not_the_range() =>
        Assert.Equal("pads: must be non-negative (got -2147483648x0)",
            Shape(", \"pads\": [-2147483648, 0]").GetProperty("error").GetProperty("message").GetString());
}
