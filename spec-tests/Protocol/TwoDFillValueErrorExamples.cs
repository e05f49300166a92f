using System.Text.Json;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>convolve2d's fillvalue rules (SciPy casts it to the inputs' dtype), each an invalid_argument naming fillvalue.</summary>
public class TwoDFillValueErrorExamples
{
    [Theory]
    [InlineData("""{"in1": [[1]], "in2": [[1]], "fillvalue": [1, 2]}""", "fillvalue: must be a scalar (got shape 2)")]
    [InlineData("""{"in1": [[1]], "in2": [[1]], "fillvalue": 1e19}""", "fillvalue: 1E+19 does not fit in int64, the inputs' dtype")]
    [InlineData("""{"in1": [[1.0]], "in2": [[1.0]], "fillvalue": {"dtype": "complex128", "shape": [], "data": [[1, 1]]}}""", "fillvalue: a complex fill value needs complex inputs")]
    [InlineData("""{"in1": [[1]], "in2": [[1]], "fillvalue": "NaN"}""", "fillvalue: NaN cannot be cast to the int64 output type")]
    public void A_bad_fill_value_is_invalid_and_named(string args, string message)
    {
        using var doc = JsonDocument.Parse(EvalServer.Respond($$"""{"id": 1, "op": "convolve2d", "args": {{args}}}"""));
        var error = doc.RootElement.GetProperty("error");
        Assert.Equal("invalid_argument", error.GetProperty("type").GetString());
        Assert.Equal(message, error.GetProperty("message").GetString());
    }
}
