namespace ConvSpec.SpecTests.Protocol;

/// <summary>
/// The choice arguments of the pooling ops, each value named explicitly beside the default it must equal:
/// nan (MaxPool, GlobalMaxPool), count_include_pad and overhang (AveragePool), pad_limit (every windowed op),
/// convention (LpPool).
/// </summary>
public class PoolChoiceArgumentExamples
{
    // Window [1, NaN, 3, NaN] (the NanRule example): propagate gives NaN at index 3, ignore gives 3 at index 2.
    private const string NanWindow = """{"X": [[[1, "NaN", 3, "NaN"]]], "kernel_shape": [4]""";

    [Theory]
    [InlineData("", double.NaN, 3)]
    [InlineData(""", "nan": "propagate" """, double.NaN, 3)]
    [InlineData(""", "nan": "ignore" """, 3.0, 2)]
    public void MaxPool_of_1_NaN_3_NaN_is_NaN_at_3_propagating_by_default_and_3_at_2_ignoring(string nan, double value, long index)
    {
        var r = PoolWire.Result("MaxPool", NanWindow + nan + "}");
        Assert.Equal([value], PoolWire.Numbers(r.GetProperty("data")));
        using var doc = Wire.Send(Wire.Line("MaxPool", NanWindow + nan + "}"));
        Assert.Equal([(double)index], PoolWire.Numbers(doc.RootElement.GetProperty("indices").GetProperty("data")));
    }

    [Theory]
    [InlineData("", double.NaN)]
    [InlineData(""", "nan": "propagate" """, double.NaN)]
    [InlineData(""", "nan": "ignore" """, 3.0)]
    public void GlobalMaxPool_of_1_NaN_3_is_NaN_propagating_by_default_and_3_ignoring(string nan, double value) =>
        Assert.Equal([value], PoolWire.Data("GlobalMaxPool", $$"""{"X": [[[1, "NaN", 3]]]{{nan}}}"""));

    [Theory] // [1, 2, 3], K = 2, pads (1, 1): windows [pad, 1], [1, 2], [2, 3], [3, pad]
    [InlineData("", new[] { 1, 1.5, 2.5, 3 })]
    [InlineData(""", "count_include_pad": 0""", new[] { 1, 1.5, 2.5, 3 })]
    [InlineData(""", "count_include_pad": 1""", new[] { 0.5, 1.5, 2.5, 1.5 })]
    public void AveragePool_leaves_pads_out_of_the_divisor_by_default(string include, double[] expected) =>
        Assert.Equal(expected, PoolWire.Data("AveragePool", $$"""{"X": [[[1, 2, 3]]], "kernel_shape": [2], "pads": [1, 1]{{include}}}"""));

    [Theory] // [1..5], K = 2, s = 2, ceil_mode, count_include_pad: the last window [5, past end] (AveragePoolTypes' example)
    [InlineData("", new[] { 1.5, 3.5, 5 })]
    [InlineData(""", "overhang": "padded_window" """, new[] { 1.5, 3.5, 5 })]
    [InlineData(""", "overhang": "full_kernel" """, new[] { 1.5, 3.5, 2.5 })]
    public void AveragePool_divides_the_overhanging_window_by_its_padded_cells_by_default(string overhang, double[] expected) =>
        Assert.Equal(expected, PoolWire.Data("AveragePool",
            $$"""{"X": [[[1, 2, 3, 4, 5]]], "kernel_shape": [2], "strides": [2], "ceil_mode": 1, "count_include_pad": 1{{overhang}}}"""));

    [Theory] // K = 3, pads (2, 0): ONNX allows pads < 3, PyTorch at most ⌊3/2⌋ = 1; the max of [1, 2, 3] over windows from −2
    [InlineData("")]
    [InlineData(""", "pad_limit": "onnx" """)]
    [InlineData(""", "pad_limit": "any" """)]
    public void Pads_of_2_under_a_kernel_of_3_pass_the_onnx_limit_the_default(string limit) =>
        Assert.Equal([1.0, 2, 3], PoolWire.Data("MaxPool", $$"""{"X": [[[1, 2, 3]]], "kernel_shape": [3], "pads": [2, 0]{{limit}}}"""));

    [Fact]
    public void Pads_of_2_under_a_kernel_of_3_break_the_pytorch_limit_of_1()
    {
        var (type, message) = PoolWire.Error("MaxPool", """{"X": [[[1, 2, 3]]], "kernel_shape": [3], "pads": [2, 0], "pad_limit": "pytorch"}""");
        Assert.Equal("invalid_argument", type);
        Assert.StartsWith("pads: must be at most half the kernel (1) on axis 0 (got 2 and 0)", message);
    }

    [Theory] // K = 2 dilated by 3, pads (2, 0): windows {−2, 1} and {−1, 2} each hold an input cell, but pads 2 ≮ K = 2
    [InlineData(""", "pad_limit": "any" """, "result")]
    [InlineData(""", "pad_limit": "onnx" """, "invalid_argument")]
    [InlineData("", "invalid_argument")]
    public void Pads_as_large_as_the_kernel_pass_only_the_any_limit(string limit, string outcome)
    {
        var args = $$"""{"X": [[[1, 2, 3]]], "kernel_shape": [2], "dilations": [3], "pads": [2, 0]{{limit}}}""";
        Assert.Equal(outcome, Wire.Outcome(Wire.Line("MaxPool", args)));
        if (outcome == "result") Assert.Equal([2.0, 3], PoolWire.Data("MaxPool", args));
    }

    [Theory] // float64 window [−2, 1], p = 3: ONNX (|−2|³ + 1)^(1/3) = ∛9 = 2.080083823051904; PyTorch (−8 + 1)^(1/3) = NaN
    [InlineData("", "spec", 2.080083823051904)]
    [InlineData(""", "convention": "onnx" """, "spec", 2.080083823051904)]
    [InlineData(""", "convention": "pytorch" """, "spec", double.NaN)]
    [InlineData(""", "convention": "pytorch" """, "fast", double.NaN)] // pytorch has no fast twin: the spec runs
    [InlineData(""", "convention": "onnx" """, "fast", 2.080083823051904)]
    public void LpPool_of_minus_2_and_1_with_p_3_is_the_cube_root_of_9_by_default_and_NaN_under_pytorch(string convention, string method, double expected) =>
        Assert.Equal([expected], PoolWire.Data("LpPool", $$"""{"X": [[[-2.0, 1.0]]], "kernel_shape": [2], "p": 3, "method": "{{method}}"{{convention}}}"""));
}
