namespace ConvSpec.SpecTests.Protocol;

/// <summary>
/// LpPool's spec sums the powers exactly and rounds the root once, for every p from 1 to 1024; the fast route
/// (method fast) sums in the result dtype and can overflow where the spec cannot.
/// </summary>
public class LpPoolExactnessExamples
{
    [Fact] // p = 1, the smallest p: |3| + |−4| = 7
    public void LpPool_with_p_1_sums_the_absolute_values() =>
        Assert.Equal([7.0], PoolWire.Data("LpPool", """{"X": [[[3, -4]]], "kernel_shape": [2], "p": 1}"""));

    [Fact] // p = 1024, the largest p: (|−2|^1024 + 0^1024)^(1/1024) = 2, though 2^1024 is past the largest double
    public void LpPool_with_p_1024_of_minus_2_and_0_is_2() =>
        Assert.Equal([2.0], PoolWire.Data("LpPool", """{"X": [[[-2, 0]]], "kernel_shape": [2], "p": 1024}"""));

    [Theory] // √2 · 1e200 = 1.414213562373095e200 rounded once; in double (1e200)² is already +∞
    [InlineData("LpPool", """, "kernel_shape": [2]""", "spec", 1.414213562373095e200)]
    [InlineData("LpPool", """, "kernel_shape": [2]""", "fast", double.PositiveInfinity)]
    [InlineData("GlobalLpPool", "", "spec", 1.414213562373095e200)]
    public void The_L2_norm_of_two_1e200_is_1_414213562373095e200_by_the_spec_and_infinite_by_fast(string op, string kernel, string method, double expected) =>
        Assert.Equal([expected], PoolWire.Data(op, $$"""{"X": [[[1e200, 1e200]]]{{kernel}}, "method": "{{method}}"}"""));

    [Theory]
    [InlineData("LpPool", """, "kernel_shape": [2]""")]
    [InlineData("GlobalLpPool", "")]
    public void A_float32_LpPool_answers_float32_3_4_giving_5(string op, string kernel)
    {
        var r = PoolWire.Result(op, $$"""{"X": {"dtype": "float32", "shape": [1, 1, 2], "data": [3, 4]}{{kernel}}}""");
        Assert.Equal("float32", r.GetProperty("dtype").GetString());
        Assert.Equal([5.0], PoolWire.Numbers(r.GetProperty("data")));
    }
}
