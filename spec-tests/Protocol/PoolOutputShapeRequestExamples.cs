namespace ConvSpec.SpecTests.Protocol;

/// <summary>
/// output_shape for each pooling op, asked by the op's name on the wire: it accepts exactly the op's own arguments
/// and values (those that do not change the shape included) and refuses the rest as the op does.
/// </summary>
public class PoolOutputShapeRequestExamples
{
    private static int[] Shape(string args) =>
        PoolWire.Result("output_shape", args).EnumerateArray().Select(e => e.GetInt32()).ToArray();

    [Theory] // N x C x D = 2 x 3 x 7, K = 3, s = 2: ⌊(7 − 3)/2⌋ + 1 = 3
    [InlineData("MaxPool", """, "storage_order": 1, "nan": "ignore" """)]
    [InlineData("AveragePool", """, "count_include_pad": 1, "overhang": "full_kernel" """)]
    [InlineData("LpPool", """, "p": 3, "convention": "pytorch" """)]
    [InlineData("WeightedAveragePool", """, "W": [1, 2, 1]""")]
    public void A_windowed_pool_of_7_by_3_with_stride_2_has_3_outputs_whatever_its_other_arguments(string op, string extras) =>
        Assert.Equal([2, 3, 3], Shape($$"""{"op": "{{op}}", "input_shape": [2, 3, 7], "kernel_shape": [3], "strides": [2]{{extras}}}"""));

    [Theory]
    [InlineData("GlobalMaxPool", """, "nan": "ignore" """)]
    [InlineData("GlobalAveragePool", "")]
    [InlineData("GlobalLpPool", """, "p": 3""")]
    public void A_global_pool_of_2_by_3_by_4_by_5_has_shape_2_by_3_by_1_by_1(string op, string extras) =>
        Assert.Equal([2, 3, 1, 1], Shape($$"""{"op": "{{op}}", "input_shape": [2, 3, 4, 5]{{extras}}}"""));

    [Theory]
    [InlineData("MaxPool", """, "kernel_shape": [3], "storage_order": 2""", "storage_order: must be 0 or 1 (got 2)")]
    [InlineData("MaxPool", """, "kernel_shape": [3], "nan": "drop" """, "nan: must be one of propagate, ignore (got drop)")]
    [InlineData("AveragePool", """, "kernel_shape": [3], "count_include_pad": 2""", "count_include_pad: must be true, false, 0 or 1 (got 2)")]
    [InlineData("AveragePool", """, "kernel_shape": [3], "overhang": "none" """, "overhang: must be one of padded_window, full_kernel (got none)")]
    [InlineData("LpPool", """, "kernel_shape": [3], "p": 0""", "p: must be an integer from 1 to 1024 (got 0)")]
    [InlineData("LpPool", """, "kernel_shape": [3], "convention": "scipy" """, "convention: must be one of onnx, pytorch (got scipy)")]
    [InlineData("GlobalLpPool", """, "p": 1025""", "p: must be an integer from 1 to 1024 (got 1025)")]
    [InlineData("GlobalMaxPool", """, "nan": "drop" """, "nan: must be one of propagate, ignore (got drop)")]
    [InlineData("GlobalAveragePool", """, "p": 2""", "args: unknown argument 'p' for output_shape")]
    [InlineData("GlobalMaxPool", """, "p": 2""", "args: unknown argument 'p' for output_shape")]
    [InlineData("GlobalLpPool", """, "nan": "ignore" """, "args: unknown argument 'nan' for output_shape")]
    public void A_value_the_op_refuses_is_refused_by_its_output_shape_too(string op, string extras, string message)
    {
        var (type, text) = PoolWire.Error("output_shape", $$"""{"op": "{{op}}", "input_shape": [2, 3, 7]{{extras}}}""");
        Assert.Equal("invalid_argument", type);
        Assert.StartsWith(message, text);
    }

    [Theory]
    [InlineData("MaxPool")]
    [InlineData("GlobalAveragePool")]
    public void A_missing_input_shape_is_named_with_the_op_asked_about(string op)
    {
        var (type, message) = PoolWire.Error("output_shape", $$"""{"op": "{{op}}", "kernel_shape": [2]}""");
        Assert.Equal("invalid_argument", type);
        Assert.Equal($"input_shape: required argument of output_shape for {op} is missing", message);
    }
}
