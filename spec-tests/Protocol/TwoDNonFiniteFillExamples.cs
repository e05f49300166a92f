using System.Text.Json;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>
/// convolve2d / correlate2d with method spec and a non-finite fillvalue (computed in IEEE arithmetic), numbers from
/// SciPy 1.10 scipy.signal.convolve2d / correlate2d.
/// </summary>
public class TwoDNonFiniteFillExamples
{
    private static JsonElement Result(string op, string args) =>
        JsonDocument.Parse(EvalServer.Respond($$"""{"id": 1, "op": "{{op}}", "args": {{args}}}""")).RootElement.GetProperty("result");

    private static string[] Texts(JsonElement result) =>
        result.GetProperty("data").EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()).ToArray();

    [Fact] // convolve2d([[1., 2]], [[1., 1]], 'full', fillvalue=nan) = [[nan, 3, nan]]
    public void Real_inputs_with_a_nan_fill_give_nan_where_the_fill_enters()
    {
        var r = Result("convolve2d", """{"in1": {"dtype": "float64", "shape": [1, 2], "data": [1, 2]}, "in2": {"dtype": "float64", "shape": [1, 2], "data": [1, 1]}, "fillvalue": "NaN", "method": "spec"}""");
        Assert.Equal("float64", r.GetProperty("dtype").GetString());
        Assert.Equal(["NaN", "3", "NaN"], Texts(r).Select(t => t.Replace(".0", "")));
    }

    [Fact] // convolve2d([[1., 2], [3, 4]], [[1., 1]], 'same', fillvalue=inf) = [[inf, 3], [inf, 7]]
    public void Real_inputs_with_an_infinite_fill_give_infinity_at_the_border()
    {
        var r = Result("convolve2d", """{"in1": {"dtype": "float64", "shape": [2, 2], "data": [1, 2, 3, 4]}, "in2": {"dtype": "float64", "shape": [1, 2], "data": [1, 1]}, "mode": "same", "fillvalue": "Infinity", "method": "spec"}""");
        Assert.Equal(["Infinity", "3", "Infinity", "7"], Texts(r).Select(t => t.Replace(".0", "")));
    }

    [Fact] // correlate2d([[1+1j, 2]], [[1, 1]], 'full', fillvalue=nan) = [[nan+nanj, 3+1j, nan+nanj]]
    public void Complex_inputs_with_a_nan_fill_keep_the_finite_middle()
    {
        var r = Result("correlate2d", """{"in1": {"dtype": "complex128", "shape": [1, 2], "data": [[1, 1], [2, 0]]}, "in2": {"dtype": "float64", "shape": [1, 2], "data": [1, 1]}, "fillvalue": "NaN", "method": "spec"}""");
        Assert.Equal("complex128", r.GetProperty("dtype").GetString());
        var data = r.GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal("NaN", data[0][0].GetString());
        Assert.Equal(3.0, data[1][0].GetDouble());
        Assert.Equal(1.0, data[1][1].GetDouble());
        Assert.Equal("NaN", data[2][0].GetString());
    }
}
