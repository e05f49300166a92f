using System.Text.Json;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>
/// Conv with <c>method = fast</c> sums in the result dtype's own arithmetic (float for float32, double for float64),
/// the result dtype being X, W and B promoted; <c>spec</c> rounds the exact sum once. With taps [1, 1, 1] over
/// [1, 2^p, 1] (p = 24 for float32, 53 for float64) the exact sum 2^p + 2 is representable, but any running sum
/// meets 2^p + 1 first, a tie that rounds to even, 2^p, and then 2^p + 1 again: the fast answer is 2^p.
/// </summary>
public class ConvFastMethodExamples
{
    private static JsonElement Result(string args) =>
        JsonDocument.Parse(EvalServer.Respond($$"""{"id": 1, "op": "Conv", "args": {{args}}}""")).RootElement.GetProperty("result");

    private static string Tensor(string dtype, string shape, string data) => $$"""{"dtype": "{{dtype}}", "shape": {{shape}}, "data": {{data}}}""";

    private static string Tie(string dtype, string big, string method) =>
        $$"""{"X": {{Tensor(dtype, "[1, 1, 3]", $"[1, {big}, 1]")}}, "W": {{Tensor(dtype, "[1, 1, 3]", "[1, 1, 1]")}}, "method": "{{method}}"}""";

    [Theory]
    [InlineData("spec", 16777218.0)]
    [InlineData("fast", 16777216.0)]
    public void Float32_fast_sums_in_float(string method, double expected)
    {
        var r = Result(Tie("float32", "16777216", method));
        Assert.Equal("float32", r.GetProperty("dtype").GetString());
        Assert.Equal(expected, r.GetProperty("data")[0].GetDouble());
    }

    [Theory]
    [InlineData("spec", 9007199254740994.0)]
    [InlineData("fast", 9007199254740992.0)]
    public void Float64_fast_sums_in_double(string method, double expected)
    {
        var r = Result(Tie("float64", "9007199254740992", method));
        Assert.Equal("float64", r.GetProperty("dtype").GetString());
        Assert.Equal(expected, r.GetProperty("data")[0].GetDouble());
    }

    [Fact] // float32 X = [1, 2], W = [1], B = [0.5]: [1.5, 2.5]
    public void Float32_fast_adds_the_bias()
    {
        var r = Result($$"""{"X": {{Tensor("float32", "[1, 1, 2]", "[1, 2]")}}, "W": {{Tensor("float32", "[1, 1, 1]", "[1]")}}, "B": {{Tensor("float32", "[1]", "[0.5]")}}, "method": "fast"}""");
        Assert.Equal([1.5, 2.5], r.GetProperty("data").EnumerateArray().Select(e => e.GetDouble()));
    }

    [Fact] // float32 X and W with a float64 bias promote to float64, fast or not: 1 · 1 + 2⁻³⁰ keeps the 2⁻³⁰ only in double (in float it rounds to 1)
    public void A_float64_bias_promotes_a_fast_float32_conv_to_float64()
    {
        var r = Result($$"""{"X": {{Tensor("float32", "[1, 1, 1]", "[1]")}}, "W": {{Tensor("float32", "[1, 1, 1]", "[1]")}}, "B": {{Tensor("float64", "[1]", "[9.313225746154785e-10]")}}, "method": "fast"}""");
        Assert.Equal("float64", r.GetProperty("dtype").GetString());
        Assert.Equal(1 + Math.Pow(2, -30), r.GetProperty("data")[0].GetDouble());
    }

    [Fact] // int64 has no fast twin: method fast still answers the exact int64 sum (2⁶² + 2⁶² − 1)
    public void Int64_fast_stays_exact()
    {
        var r = Result("""{"X": [[[4611686018427387904, 4611686018427387903]]], "W": [[[1, 1]]], "method": "fast"}""");
        Assert.Equal("int64", r.GetProperty("dtype").GetString());
        Assert.Equal(9223372036854775807L, r.GetProperty("data")[0].GetInt64());
    }
}
