using ConvSpec.Conformance;
using ConvSpec.Conformance.Layers;
using ConvSpec.Protocol;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// LpPool's data: for p and a float dtype, elements ±(m/64)·2^t with |m| ≤ 4096 and |t| ≤ e, e = max(0,
/// (float32 ? 100 : 900)/p − 8), so that no |x|^p underflows and no window of up to 2^10 cells sums past the
/// dtype's largest value; small integers −9..9 (ties) and zero; NaN and ±∞ only when asked for. int64 data are
/// the integers −9..9.
/// </summary>
public class LpCaseDataLaws
{
    private static double[] Elements(DType dtype, int p, bool nonFinite) =>
        Gen.Sample(LpCases.Data(dtype, [1, 1, 1000], p, nonFinite), 1, new Rnd((ulong)(p + 100)), 10)
            .Select(t => { Assert.Equal(dtype, t.DType); return t.AsDouble().Data; })
            .Single(); // one tensor of 1000 elements (Sample's arguments: how many, the seed, the size)

    private static int ExponentLimit(DType dtype, int p) => Math.Max(0, (dtype == DType.Float32 ? 100 : 900) / p - 8);

    public static TheoryData<DType, int> FloatCases()
    {
        var cases = new TheoryData<DType, int>();
        foreach (var dtype in new[] { DType.Float32, DType.Float64 })
            for (var p = 1; p <= LpCases.MaxP; p++) cases.Add(dtype, p);
        return cases;
    }

    [Theory]
    [MemberData(nameof(FloatCases))]
    public void Lp_data_powers_neither_overflow_nor_underflow_and_span_the_exponent_range(DType dtype, int p)
    {
        var x = Elements(dtype, p, false);
        var e = ExponentLimit(dtype, p);
        var (maxExponent, minExponent) = dtype == DType.Float32 ? (128, -126) : (1024, -1022);
        Assert.All(x, v => Assert.True(double.IsFinite(v)));
        var magnitudes = x.Where(v => v != 0).Select(Math.Abs).ToArray();
        Assert.All(magnitudes, m => Assert.InRange(m, Math.ScaleB(1, -6 - e), Math.ScaleB(64, e)));
        Assert.True(p * Math.Log2(magnitudes.Max()) + 10 < maxExponent, "2^10 cells of |x|^p overflow");
        Assert.True(p * Math.Log2(magnitudes.Min()) >= minExponent, "|x|^p underflows");
        Assert.Contains(magnitudes, m => m >= Math.ScaleB(1, e / 2));
        Assert.Contains(magnitudes, m => m < 1);
    }

    [Theory]
    [MemberData(nameof(FloatCases))]
    public void Lp_data_hold_every_integer_from_minus_9_to_9_and_negative_values_beyond_them(DType dtype, int p)
    {
        var x = Elements(dtype, p, false);
        for (var i = -9; i <= 9; i++) Assert.Contains((double)i, x);
        Assert.Contains(x, v => v < 0 && (v < -9 || v != Math.Floor(v)));
    }

    [Theory]
    [InlineData(DType.Float32)]
    [InlineData(DType.Float64)]
    public void Lp_data_hold_nan_and_both_infinities_when_asked(DType dtype)
    {
        var x = Elements(dtype, 2, true);
        Assert.Contains(x, double.IsNaN);
        Assert.Contains(double.PositiveInfinity, x);
        Assert.Contains(double.NegativeInfinity, x);
    }

    [Fact]
    public void Lp_int64_data_are_the_integers_from_minus_9_to_9()
    {
        var x = Elements(DType.Int64, 2, true);
        Assert.All(x, v => Assert.InRange(v, -9, 9));
        for (var i = -9; i <= 9; i++) Assert.Contains((double)i, x);
    }
}
