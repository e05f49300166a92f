using System.Text.Json;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>
/// <c>method</c> picks the algorithm of convolve, correlate, convolve2d and correlate2d: <c>spec</c> rounds the exact
/// sum once, <c>direct</c> (and convolve2d's default <c>auto</c>) sums in double. Taps [1, 1, 1] over [1, 2⁵³, 1]:
/// the exact sum 2⁵³ + 2 is a double, but any running sum meets 2⁵³ + 1 first, a tie that rounds to even, 2⁵³.
/// </summary>
public class MethodChoiceExamples
{
    private static double[] Data(string op, string args) =>
        JsonDocument.Parse(EvalServer.Respond($$"""{"id": 1, "op": "{{op}}", "args": {{args}}}""")).RootElement
            .GetProperty("result").GetProperty("data").EnumerateArray().Select(e => e.GetDouble()).ToArray();

    private const string Tie = """{"dtype": "float64", "shape": [3], "data": [1, 9007199254740992, 1]}""";
    private const string Ones = """{"dtype": "float64", "shape": [3], "data": [1, 1, 1]}""";
    private const string Tie2D = """{"dtype": "float64", "shape": [1, 3], "data": [1, 9007199254740992, 1]}""";
    private const string Ones2D = """{"dtype": "float64", "shape": [1, 3], "data": [1, 1, 1]}""";

    [Theory]
    [InlineData("convolve", "spec", 9007199254740994.0)]
    [InlineData("convolve", "direct", 9007199254740992.0)]
    [InlineData("correlate", "spec", 9007199254740994.0)]
    [InlineData("correlate", "direct", 9007199254740992.0)]
    public void Spec_rounds_the_exact_sum_once_and_direct_sums_in_double(string op, string method, double expected) =>
        Assert.Equal([expected], Data(op, $$"""{"in1": {{Tie}}, "in2": {{Ones}}, "mode": "valid", "method": "{{method}}"}"""));

    [Theory]
    [InlineData("convolve2d", null, 9007199254740992.0)]
    [InlineData("convolve2d", "auto", 9007199254740992.0)]
    [InlineData("convolve2d", "direct", 9007199254740992.0)]
    [InlineData("convolve2d", "spec", 9007199254740994.0)]
    [InlineData("correlate2d", null, 9007199254740992.0)]
    [InlineData("correlate2d", "spec", 9007199254740994.0)]
    public void TwoD_sums_in_double_unless_method_is_spec(string op, string? method, double expected)
    {
        var m = method is null ? "" : $", \"method\": \"{method}\"";
        Assert.Equal([expected], Data(op, $$"""{"in1": {{Tie2D}}, "in2": {{Ones2D}}, "mode": "valid"{{m}}}"""));
    }

    [Theory] // scipy.signal.correlate2d([[1, 2, 3]], [[1, 2]]) = [[2, 5, 8, 3]]; convolve2d gives [[1, 4, 7, 6]]
    [InlineData("correlate2d", "spec", new[] { 2.0, 5, 8, 3 })]
    [InlineData("correlate2d", "direct", new[] { 2.0, 5, 8, 3 })]
    [InlineData("convolve2d", "spec", new[] { 1.0, 4, 7, 6 })]
    [InlineData("convolve2d", "direct", new[] { 1.0, 4, 7, 6 })]
    public void TwoD_correlation_slides_the_kernel_unflipped_for_every_method(string op, string method, double[] expected) =>
        Assert.Equal(expected, Data(op, $$"""{"in1": [[1.0, 2.0, 3.0]], "in2": [[1.0, 2.0]], "method": "{{method}}"}"""));
}
