using System.Text.Json;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>
/// MaxPool with <c>method = fast</c> runs MaxPool.Fast in X's dtype and answers what the spec answers (a maximum is
/// exact): ONNX MaxPool of [1, 3, 2] with kernel 2 = values [3, 3], indices [1, 1]; int64 falls back to the spec.
/// </summary>
public class MaxPoolFastTwinExamples
{
    [Theory]
    [InlineData("float32")]
    [InlineData("float64")]
    [InlineData("int64")]
    public void Fast_max_pool_keeps_the_dtype_and_the_onnx_indices(string dtype)
    {
        using var doc = JsonDocument.Parse(EvalServer.Respond(
            $$$"""{"id": 1, "op": "MaxPool", "args": {"X": {"dtype": "{{{dtype}}}", "shape": [1, 1, 3], "data": [1, 3, 2]}, "kernel_shape": [2], "method": "fast"}}"""));
        var r = doc.RootElement;
        Assert.Equal(dtype, r.GetProperty("result").GetProperty("dtype").GetString());
        Assert.Equal([3.0, 3.0], r.GetProperty("result").GetProperty("data").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal([1L, 1L], r.GetProperty("indices").GetProperty("data").EnumerateArray().Select(e => e.GetInt64()));
    }
}
