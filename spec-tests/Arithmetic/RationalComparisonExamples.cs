using ConvSpec.Arithmetic;

namespace ConvSpec.SpecTests.Arithmetic;

/// <summary>Rational's equality, hashing and order operators on small worked values.</summary>
public class RationalComparisonExamples
{
    private static readonly Rational Half = Rational.Create(1, 2), TwoQuarters = Rational.Create(2, 4), Third = Rational.Create(1, 3);

    [Fact]
    public void Equal_rationals_are_equal_as_objects_and_hash_alike()
    {
        Assert.True(Half.Equals((object)TwoQuarters));
        Assert.False(Half.Equals((object)0.5));
        Assert.Equal(Half.GetHashCode(), TwoQuarters.GetHashCode());
        Assert.True(Half != Third);
    }

    [Fact]
    public void Order_operators_agree_with_the_order_of_the_fractions()
    {
        Assert.True(Third <= Half);
        Assert.True(Half <= TwoQuarters);
        Assert.False(Half <= Third);
        Assert.True(Half >= Third);
        Assert.True(Half >= TwoQuarters);
        Assert.False(Third >= Half);
        Assert.True(Third < Half && Half > Third);
    }
}

/// <summary>Rationals beyond double's range round to ±∞ or ±0, as IEEE round-to-nearest does.</summary>
public class RationalRangeExamples
{
    private static readonly System.Numerics.BigInteger Huge = System.Numerics.BigInteger.One << 1200;

    [Fact]
    public void Magnitudes_above_2_to_the_1100_round_to_infinity_with_their_sign()
    {
        Assert.Equal(double.PositiveInfinity, Rational.FromInteger(Huge).ToDouble());
        Assert.Equal(double.NegativeInfinity, Rational.FromInteger(-Huge).ToDouble());
    }

    [Fact]
    public void Magnitudes_below_half_the_least_subnormal_round_to_zero_with_their_sign()
    {
        Assert.Equal(0.0, Rational.Create(1, Huge).ToDouble());
        Assert.True(double.IsNegative(Rational.Create(-1, Huge).ToDouble()));
    }
}
