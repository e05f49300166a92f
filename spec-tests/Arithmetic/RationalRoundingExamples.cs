using System.Numerics;
using ConvSpec.Arithmetic;

namespace ConvSpec.SpecTests.Arithmetic;

/// <summary>
/// Worked roundings of rationals to double and float: ties to even, a value just above a tie, and the edges of the
/// ranges. Each expected value is the IEEE round-to-nearest-even of the exact value, worked by hand in powers of two.
/// </summary>
public class RationalRoundingExamples
{
    private static readonly BigInteger Two = 2;

    private static Rational Pow2(int e) => e >= 0 ? Rational.FromInteger(BigInteger.Pow(Two, e)) : Rational.Create(1, BigInteger.Pow(Two, -e));

    [Fact] // doubles near 2^53 are 2 apart: 2^53 + 1 ties to 2^53 (even), 2^53 + 3 ties to 2^53 + 4 (even)
    public void Integer_ties_round_to_the_even_double()
    {
        Assert.Equal(9007199254740992.0, Rational.FromInteger(9007199254740993).ToDouble());
        Assert.Equal(9007199254740996.0, Rational.FromInteger(9007199254740995).ToDouble());
        Assert.Equal(-9007199254740992.0, Rational.FromInteger(-9007199254740993).ToDouble());
    }

    /// <summary>
    /// Doubles near 2^60 are 2^8 apart. 2^60 + 2^7 + 1 is just above the tie 2^60 + 2^7, so it rounds up to
    /// 2^60 + 2^8 = 1152921504606847232; rounding first to 54 bits (steps of 2^7) would give the tie and then 2^60.
    /// 2^54 + 3 is above the tie 2^54 + 2 (doubles 4 apart there): up to 2^54 + 4.
    /// </summary>
    [Fact]
    public void Just_above_a_tie_rounds_up_once()
    {
        Assert.Equal(1152921504606847232.0, Rational.FromInteger((BigInteger.One << 60) + 129).ToDouble());
        Assert.Equal(18014398509481988.0, Rational.FromInteger((BigInteger.One << 54) + 3).ToDouble());
        Assert.Equal(1 + Math.ScaleB(1, -52), (Rational.FromInteger(1) + Pow2(-53) + Rational.Create(1, BigInteger.Pow(3, 50))).ToDouble());
    }

    [Fact] // 2^1023 is finite; 2^1024 − 2^970 (MaxValue + half its ulp) ties to ∞; a third of 2^1023 below it is MaxValue
    public void Top_of_the_double_range()
    {
        Assert.Equal(Math.ScaleB(1.0, 1023), Pow2(1023).ToDouble());
        Assert.Equal(double.PositiveInfinity, Pow2(1024).ToDouble());
        Assert.Equal(double.PositiveInfinity, (Pow2(1024) - Pow2(970)).ToDouble());
        Assert.Equal(double.MaxValue, (Pow2(1024) - Pow2(970) - Rational.Create(1, 3)).ToDouble());
        Assert.Equal(double.NegativeInfinity, (-Pow2(1024)).ToDouble());
        Assert.Equal(float.PositiveInfinity, Pow2(1023).ToSingle());
        Assert.Equal(float.MaxValue, (Pow2(128) - Pow2(103) - Rational.Create(1, 3)).ToSingle());
    }

    /// <summary>
    /// The least subnormal ε = 2^−1074: ε itself, 3ε/4 rounds up to ε, ε/2 ties to 0 (even), ε/2 + ε/3^40 rounds up
    /// to ε; 2^−1076 rounds to 0 with its sign. For float, ε = 2^−149 likewise.
    /// </summary>
    [Fact]
    public void Bottom_of_the_double_and_float_ranges()
    {
        Assert.Equal(double.Epsilon, Pow2(-1074).ToDouble());
        Assert.Equal(double.Epsilon, (Rational.FromInteger(3) * Pow2(-1076)).ToDouble());
        Assert.Equal(0.0, Pow2(-1075).ToDouble());
        Assert.Equal(double.Epsilon, (Pow2(-1075) + Pow2(-1074) / Rational.FromInteger(BigInteger.Pow(3, 40))).ToDouble());
        Assert.Equal(2 * double.Epsilon, (Rational.FromInteger(3) * Pow2(-1075)).ToDouble());
        Assert.Equal(0.0, Pow2(-1076).ToDouble());
        Assert.True(double.IsNegative((-Pow2(-1076)).ToDouble()));
        Assert.Equal(float.Epsilon, Pow2(-149).ToSingle());
        Assert.Equal(float.Epsilon, (Rational.FromInteger(3) * Pow2(-151)).ToSingle());
        Assert.Equal(0.0f, Pow2(-150).ToSingle());
    }
}
