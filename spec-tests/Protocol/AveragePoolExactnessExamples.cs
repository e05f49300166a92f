namespace ConvSpec.SpecTests.Protocol;

/// <summary>
/// AveragePool's spec averages int64 input exactly (not through double) and rounds once to float64; float input
/// with NaN or ±∞ is averaged in IEEE arithmetic, where the exact route has no value.
/// </summary>
public class AveragePoolExactnessExamples
{
    [Theory] // (2⁵³ + 1 + 2⁵³ + 2)/2 = 2⁵³ + 1.5 rounds to 2⁵³ + 2; through double, (2⁵³ + 2⁵³ + 2)/2 = 2⁵³ + 1 ties to 2⁵³
    [InlineData("AveragePool", """, "kernel_shape": [2]""")]
    [InlineData("GlobalAveragePool", "")]
    public void The_average_of_int64_2_to_53_plus_1_and_plus_2_is_2_to_53_plus_2(string op, string kernel)
    {
        var r = PoolWire.Result(op, $$"""{"X": [[[9007199254740993, 9007199254740994]]]{{kernel}}}""");
        Assert.Equal("float64", r.GetProperty("dtype").GetString());
        Assert.Equal([9007199254740994.0], PoolWire.Numbers(r.GetProperty("data")));
    }

    [Theory] // windows of 2 over [1, ∞, 3, NaN, −∞]: [1, ∞] → ∞, [∞, 3] → ∞, [3, NaN] → NaN, [NaN, −∞] → NaN
    [InlineData("float64")]
    [InlineData("float32")]
    public void One_infinite_or_NaN_element_makes_its_windows_infinite_or_NaN(string dtype)
    {
        var x = $$"""{"dtype": "{{dtype}}", "shape": [1, 1, 5], "data": [1, "Infinity", 3, "NaN", "-Infinity"]}""";
        var r = PoolWire.Result("AveragePool", $$"""{"X": {{x}}, "kernel_shape": [2]}""");
        Assert.Equal(dtype, r.GetProperty("dtype").GetString());
        Assert.Equal([double.PositiveInfinity, double.PositiveInfinity, double.NaN, double.NaN], PoolWire.Numbers(r.GetProperty("data")));
    }
}
