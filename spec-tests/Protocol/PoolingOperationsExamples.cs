using System.Text.Json;
using ConvSpec.Protocol;
using ConvSpec.Protocol.Operations;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>The pooling eval ops on the ONNX operator examples, their errors, and their output-shape rules.</summary>
public class PoolingOperationsExamples
{
    private static JsonElement Ask(string request) => JsonDocument.Parse(EvalServer.Respond(request)).RootElement;

    private static double[] Data(JsonElement tensor) => tensor.GetProperty("data").EnumerateArray().Select(e => e.GetDouble()).ToArray();

    private const string Counting5 = "[[[[1,2,3,4,5],[6,7,8,9,10],[11,12,13,14,15],[16,17,18,19,20],[21,22,23,24,25]]]]";

    [Fact]
    public void MaxPool_returns_values_and_int64_indices_onnx_maxpool_with_argmax_2d_precomputed_strides()
    {
        var r = Ask($$$"""{"id":1,"op":"MaxPool","args":{"X":{"dtype":"float32","shape":[1,1,5,5],"data":{{{Counting5.Replace("[", "").Replace("]", "").Insert(0, "[")}}}]},"kernel_shape":[2,2],"strides":[2,2],"storage_order":1}}""");
        Assert.Equal(new double[] { 7, 9, 17, 19 }, Data(r.GetProperty("result")));
        Assert.Equal("float32", r.GetProperty("result").GetProperty("dtype").GetString());
        Assert.Equal("int64", r.GetProperty("indices").GetProperty("dtype").GetString());
        Assert.Equal(new double[] { 6, 16, 8, 18 }, Data(r.GetProperty("indices")));
    }

    [Fact]
    public void AveragePool_count_include_pad_onnx_averagepool_2d_precomputed_pads_count_include_pad()
    {
        var r = Ask($$$"""{"id":2,"op":"AveragePool","args":{"X":{{{Counting5}}},"kernel_shape":[5,5],"pads":[2,2,2,2],"count_include_pad":1}}""");
        var y = Data(r.GetProperty("result"));
        Assert.Equal("float64", r.GetProperty("result").GetProperty("dtype").GetString());
        Assert.Equal(2.52, y[0]);
        Assert.Equal(6.84, y[24]);
    }

    [Fact]
    public void AveragePool_of_float32_is_the_exact_average_rounded_once_to_float32()
    {
        // (1 + 2 + 2^-24·3)/3 is not a float; rounding the exact value once gives 1.0 (the double 1.0000000198… would too).
        var r = Ask("""{"id":3,"op":"AveragePool","args":{"X":{"dtype":"float32","shape":[1,1,3],"data":[1,1,1.0000001192092896]},"kernel_shape":[3]}}""");
        Assert.Equal(1.0, Data(r.GetProperty("result"))[0]);
    }

    [Fact]
    public void AveragePool_overhang_extension_selects_the_full_kernel_divisor()
    {
        var x = "[[[1,2,3,4,5]]]";
        var padded = Ask($$$"""{"id":4,"op":"AveragePool","args":{"X":{{{x}}},"kernel_shape":[2],"strides":[2],"ceil_mode":1,"count_include_pad":1}}""");
        var full = Ask($$$"""{"id":5,"op":"AveragePool","args":{"X":{{{x}}},"kernel_shape":[2],"strides":[2],"ceil_mode":1,"count_include_pad":1,"overhang":"full_kernel"}}""");
        Assert.Equal(new[] { 1.5, 3.5, 5 }, Data(padded.GetProperty("result")));
        Assert.Equal(new[] { 1.5, 3.5, 2.5 }, Data(full.GetProperty("result")));
    }

    [Fact]
    public void LpPool_and_global_ops()
    {
        var lp = Ask("""{"id":6,"op":"LpPool","args":{"X":[[[3,4,-12]]],"kernel_shape":[2],"p":2}}""");
        Assert.Equal(new[] { 5.0, Math.Sqrt(160) }, Data(lp.GetProperty("result")));
        var g = Ask("""{"id":7,"op":"GlobalLpPool","args":{"X":[[[3,4,-12]]]}}""");
        Assert.Equal(new[] { 13.0 }, Data(g.GetProperty("result")));
        var gm = Ask("""{"id":8,"op":"GlobalMaxPool","args":{"X":[[[3,4,-12]],[[7,-1,0]]]}}""");
        Assert.Equal(new[] { 4.0, 7 }, Data(gm.GetProperty("result")));
        Assert.Equal("int64", gm.GetProperty("result").GetProperty("dtype").GetString());
        var ga = Ask("""{"id":9,"op":"GlobalAveragePool","args":{"X":[[[[1,2],[3,5]]]]}}""");
        Assert.Equal(new[] { 2.75 }, Data(ga.GetProperty("result")));
    }

    [Fact]
    public void WeightedAveragePool_with_given_and_default_weights()
    {
        var given = Ask("""{"id":10,"op":"WeightedAveragePool","args":{"X":[[[1,2,4]]],"W":[1,3]}}""");
        Assert.Equal(new[] { 1.75, 3.5 }, Data(given.GetProperty("result")));
        var fallback = Ask("""{"id":11,"op":"WeightedAveragePool","args":{"X":[[[[1,2,3],[4,5,6],[7,8,9]]]],"kernel_shape":[3,3],"pads":[1,1,1,1]}}""");
        Assert.Equal(17.0 / 7, Data(fallback.GetProperty("result"))[0]);
    }

    [Theory]
    [InlineData("""{"op":"MaxPool","args":{"X":[[[1,2,3]]],"kernel_shape":[2],"pads":[2,0]}}""", "pads")]
    [InlineData("""{"op":"MaxPool","args":{"X":[[[1,2,3]]]}}""", "kernel_shape")]
    [InlineData("""{"op":"MaxPool","args":{"X":[[[1,2,3]]],"kernel_shape":[2],"storage_order":2}}""", "storage_order")]
    [InlineData("""{"op":"AveragePool","args":{"X":[[[1,2,3]]],"kernel_shape":[2],"strides":[0]}}""", "strides")]
    [InlineData("""{"op":"LpPool","args":{"X":[[[1,2,3]]],"kernel_shape":[2],"p":0}}""", "p")]
    [InlineData("""{"op":"MaxPool","args":{"X":[1,2,3],"kernel_shape":[2]}}""", "X")]
    [InlineData("""{"op":"MaxPool","args":{"X":[[[1,2,3]]],"kernel_shape":[2],"dilation":[1]}}""", "args: unknown argument 'dilation'")]
    [InlineData("""{"op":"MaxPool","args":{"X":[[[1,2,3]]],"kernel_shape":[6]}}""", "kernel")]
    [InlineData("""{"op":"MaxPool","args":{"X":[[[1,2,3]]],"kernel_shape":[2],"pads":[1,0],"auto_pad":"SAME_UPPER"}}""", "pads")]
    [InlineData("""{"op":"AveragePool","args":{"X":[[[1,2,3]]],"kernel_shape":[2],"auto_pad":"SAME"}}""", "auto_pad")]
    [InlineData("""{"op":"MaxPool","args":{"X":[[[[1,2,3]]]],"kernel_shape":[2]}}""", "kernel_shape")]
    public void Bad_arguments_are_invalid_argument_naming_the_argument(string request, string name)
    {
        var error = Ask(request).GetProperty("error");
        Assert.Equal("invalid_argument", error.GetProperty("type").GetString());
        Assert.StartsWith(name, error.GetProperty("message").GetString());
    }

    [Fact]
    public void Hostile_windows_are_refused_quickly_instead_of_hanging()
    {
        var huge = Ask("""{"op":"MaxPool","args":{"X":[[[1]]],"kernel_shape":[1000000000],"pads":[999999999,999999999]}}""");
        Assert.Equal("unsupported", huge.GetProperty("error").GetProperty("type").GetString());
        var overflow = Ask("""{"op":"LpPool","args":{"X":[[[1,2]]],"kernel_shape":[2],"dilations":[2147483647]}}""");
        Assert.Equal("invalid_argument", overflow.GetProperty("error").GetProperty("type").GetString());
    }

    private static int[] Shape(IOutputShapeRule rule, string args)
    {
        using var doc = JsonDocument.Parse(args);
        return rule.Shape(new EvalArgs(rule.Name, doc.RootElement));
    }

    [Fact]
    public void Output_shape_rules_follow_the_size_laws()
    {
        Assert.Equal([1, 1, 2, 2], Shape(new MaxPoolOutputShapeRule(), """{"input_shape":[1,1,4,4],"kernel_shape":[3,3],"strides":[2,2],"ceil_mode":1}"""));
        Assert.Equal([1, 3, 1, 1], Shape(new AveragePoolOutputShapeRule(), """{"input_shape":[1,3,2,2],"kernel_shape":[3,3],"strides":[3,3],"pads":[1,1,1,1],"ceil_mode":1}"""));
        Assert.Equal([2, 3, 16, 11], Shape(new LpPoolOutputShapeRule(), """{"input_shape":[2,3,32,21],"kernel_shape":[3,3],"strides":[2,2],"auto_pad":"SAME_LOWER"}"""));
        Assert.Equal([1, 3, 10, 10], Shape(new MaxPoolOutputShapeRule(), """{"input_shape":[1,3,32,32],"kernel_shape":[5,5],"strides":[3,3]}"""));
        Assert.Equal([1, 3, 30, 30], Shape(new AveragePoolOutputShapeRule(), """{"input_shape":[1,3,28,28],"kernel_shape":[3,3],"pads":[2,2,2,2]}"""));
        Assert.Equal([4, 5, 1, 1, 1], Shape(new GlobalMaxPoolOutputShapeRule(), """{"input_shape":[4,5,6,7,8]}"""));
    }
}
