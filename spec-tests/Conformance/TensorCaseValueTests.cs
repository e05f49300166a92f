using ConvSpec.Conformance;
using static ConvSpec.SpecTests.Conformance.LayerCaseSamples;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The element values of generated tensors reach the edges they promise: every small integer and its negation
/// equally often, mid-sized values of both signs, int64 values at ±2^62 and the limits; reals n/997, −0, 1/3,
/// magnitudes below 2^-100 and above 2^100 in float64, and float32 magnitudes held within [2^-60, 2^30).
/// </summary>
public class TensorCaseValueTests
{
    [Fact]
    public void Integers_reach_every_small_value_mid_sized_values_of_both_signs_and_the_int64_edges()
    {
        var values = Sample(TensorCases.Integer, 3000);
        Assert.All(Enumerable.Range(-9, 19), v => Assert.Contains((long)v, values));
        Assert.Contains(values, v => v is < -9 and >= -100_000);
        Assert.Contains(values, v => v is > 9 and <= 100_000);
        foreach (var edge in new[] { long.MaxValue, long.MinValue, 4_611_686_018_427_387_904L, -4_611_686_018_427_387_904L, 3_037_000_500L })
            Assert.Contains(edge, values);
    }

    [Fact]
    public void Reals_draw_1_and_minus_1_equally_often()
    {
        var values = Sample(TensorCases.Real(false), 20_000);
        var (plus, minus) = (values.Count(v => v == 1.0), values.Count(v => v == -1.0));
        // Each is drawn with probability 4/11 · 1/19 + 1/11 · 1/6 ≈ 0.034, about 690 times; a spread of 25% is over 6σ.
        Assert.InRange(minus, plus * 0.75, plus * 1.25);
    }

    [Fact]
    public void Reals_reach_small_integers_fractions_n_over_997_of_both_signs_minus_zero_and_one_third()
    {
        var values = Sample(TensorCases.Real(false), 3000);
        Assert.All(Enumerable.Range(-9, 19), v => Assert.Contains((double)v, values));
        // n/997 with 1 ≤ |n| ≤ 10^6 not a multiple of 997: within [1/997, 1004), not an integer, and 997·v an integer.
        static bool Over997(double v) =>
            Math.Abs(v) is >= 1.0 / 997 and < 1004 && v != Math.Floor(v) && Math.Abs(v * 997 - Math.Round(v * 997)) < 1e-9;
        Assert.Contains(values, v => v < 0 && Over997(v));
        Assert.Contains(values, v => v > 0 && Over997(v));
        Assert.Contains(values, v => v == 0 && double.IsNegative(v));
        Assert.Contains(1.0 / 3, values);
        Assert.Contains(0.1, values);
    }

    [Fact]
    public void Float64_reals_reach_magnitudes_below_2_to_the_minus_100_and_above_2_to_the_100_of_both_signs()
    {
        var values = Sample(TensorCases.Real(false), 3000);
        foreach (var sign in new[] { -1, 1 })
        {
            Assert.Contains(values, v => Math.Sign(v) == sign && Math.Abs(v) < Math.ScaleB(1, -100));
            Assert.Contains(values, v => Math.Sign(v) == sign && Math.Abs(v) > Math.ScaleB(1, 100));
        }
    }

    [Fact]
    public void Float32_reals_stay_within_2_to_the_minus_60_and_2_to_the_30_and_reach_beyond_2_to_the_minus_20_and_2_to_the_20()
    {
        var magnitudes = Sample(TensorCases.Real(true), 3000).Select(Math.Abs).Where(m => m != 0).ToList();
        Assert.All(magnitudes, m => Assert.InRange(m, Math.ScaleB(1, -60), Math.ScaleB(1, 30) * (1 - 1e-16)));
        Assert.Contains(magnitudes, m => m < Math.ScaleB(1, -20));
        Assert.Contains(magnitudes, m => m > Math.ScaleB(1, 20));
    }
}
