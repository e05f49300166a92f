namespace ConvSpec.SpecTests.Protocol;

/// <summary>
/// WeightedAveragePool takes the window attributes of the ONNX pools (kernel_shape from W when absent); with
/// equal weights W = [1, 1] each output is the plain average of its window's input cells.
/// </summary>
public class WeightedAveragePoolAttributeExamples
{
    [Theory]
    [InlineData("", new[] { 1.5, 2.5, 3.5, 4.5 })]                                  // windows [1,2] [2,3] [3,4] [4,5]
    [InlineData(""", "dilations": [2]""", new[] { 2.0, 3, 4 })]                     // [1,3] [2,4] [3,5]
    [InlineData(""", "strides": [2]""", new[] { 1.5, 3.5 })]                        // floor: [1,2] [3,4]
    [InlineData(""", "strides": [2], "ceil_mode": 0""", new[] { 1.5, 3.5 })]
    [InlineData(""", "strides": [2], "ceil_mode": 1""", new[] { 1.5, 3.5, 5 })]     // ceil adds [5, past end]
    [InlineData(""", "auto_pad": "SAME_UPPER", "strides": [2]""", new[] { 1.5, 3.5, 5 })] // ⌈5/2⌉ = 3, pads (0, 1)
    [InlineData(""", "pads": [1, 0]""", new[] { 1, 1.5, 2.5, 3.5, 4.5 })]           // [pad,1] holds one input cell
    public void Equal_weights_average_each_window_of_1_to_5(string attributes, double[] expected) =>
        Assert.Equal(expected, PoolWire.Data("WeightedAveragePool", $$"""{"X": [[[1, 2, 3, 4, 5]]], "W": [1, 1]{{attributes}}}"""));

    [Fact] // kernel_shape must equal W's shape; W's 2 against kernel_shape 3 is refused
    public void A_kernel_shape_other_than_W_s_shape_is_refused()
    {
        var (type, message) = PoolWire.Error("WeightedAveragePool", """{"X": [[[1, 2, 3, 4, 5]]], "W": [1, 1], "kernel_shape": [3]}""");
        Assert.Equal("invalid_argument", type);
        Assert.Equal("W: must have the kernel's shape 3 (got 2)", message);
    }
}
