namespace ConvSpec.SpecTests.Protocol;

/// <summary>
/// Every pooling op refuses an argument it does not know, complex X, and an X of rank below 3, each as
/// invalid_argument "name: rule"; integer lists take every 32-bit value, int.MinValue and int.MaxValue included.
/// </summary>
public class PoolArgumentErrorExamples
{
    private const string X = "[[[1, 2, 3]]]";

    [Theory]
    [InlineData("MaxPool", """, "kernel_shape": [2]""")]
    [InlineData("AveragePool", """, "kernel_shape": [2]""")]
    [InlineData("LpPool", """, "kernel_shape": [2]""")]
    [InlineData("WeightedAveragePool", """, "kernel_shape": [2]""")]
    [InlineData("GlobalMaxPool", "")]
    [InlineData("GlobalAveragePool", "")]
    [InlineData("GlobalLpPool", "")]
    public void An_unknown_argument_is_refused_by_name(string op, string kernel)
    {
        Assert.Equal("result", Wire.Outcome(Wire.Line(op, $$"""{"X": {{X}}{{kernel}}}""")));
        var (type, message) = PoolWire.Error(op, $$"""{"X": {{X}}{{kernel}}, "bogus": 1}""");
        Assert.Equal("invalid_argument", type);
        Assert.StartsWith($"args: unknown argument 'bogus' for {op}", message);
    }

    [Theory]
    [InlineData("MaxPool", """, "kernel_shape": [1]""")]
    [InlineData("AveragePool", """, "kernel_shape": [1]""")]
    [InlineData("GlobalLpPool", "")]
    public void Complex_X_is_refused_as_pooling_needs_real_elements(string op, string kernel)
    {
        var (type, message) = PoolWire.Error(op, $$"""{"X": {"dtype": "complex128", "shape": [1, 1, 1], "data": [[1, 2]]}{{kernel}}}""");
        Assert.Equal("invalid_argument", type);
        Assert.Equal("X: pooling needs real elements (got complex128)", message);
    }

    [Theory]
    [InlineData("GlobalMaxPool")]
    [InlineData("GlobalAveragePool")]
    [InlineData("GlobalLpPool")]
    public void A_global_pool_of_a_rank_2_X_is_refused_naming_X(string op)
    {
        var (type, message) = PoolWire.Error(op, """{"X": [[1, 2]]}""");
        Assert.Equal("invalid_argument", type);
        Assert.Equal("X: must have shape N x C x D1 x ... x Dk with k >= 1 (got rank 2)", message);
    }

    [Fact]
    public void WeightedAveragePool_without_W_needs_kernel_shape()
    {
        var (type, message) = PoolWire.Error("WeightedAveragePool", $$"""{"X": {{X}}}""");
        Assert.Equal("invalid_argument", type);
        Assert.Equal("kernel_shape: required when W is not given", message);
    }

    [Fact] // stride 2147483647 = int.MaxValue: one window [1] on [1, 2, 3]
    public void A_stride_of_int_MaxValue_is_taken() =>
        Assert.Equal([1.0], PoolWire.Data("MaxPool", $$"""{"X": {{X}}, "kernel_shape": [1], "strides": [2147483647]}"""));

    [Fact] // −2147483648 = int.MinValue fits in 32 bits, so the refusal is the pads rule, not the 32-bit rule
    public void A_pad_of_int_MinValue_is_refused_by_the_pads_rule()
    {
        var (type, message) = PoolWire.Error("MaxPool", $$"""{"X": {{X}}, "kernel_shape": [1], "pads": [-2147483648, 0]}""");
        Assert.Equal("invalid_argument", type);
        Assert.Equal("pads: entries must be at least 0 (got -2147483648, 0)", message);
    }
}
