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
