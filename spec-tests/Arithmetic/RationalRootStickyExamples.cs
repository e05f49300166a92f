using System.Numerics;
using ConvSpec.Arithmetic;

namespace ConvSpec.SpecTests.Arithmetic;

/// <summary>
/// Worked values of the sticky root s = (R + ½·[inexact])·2^−k, R = ⌊r^(1/p)·2^k⌋, k = 62 − ⌊(bitlength(num) −
/// bitlength(den))/p⌋. Expected values from Python's exact integers: R by integer root of ⌊r·2^(p·k)⌋ (math.isqrt for p = 2).
/// </summary>
public class RationalRootStickyExamples
{
    private static readonly BigInteger Two63 = BigInteger.One << 63;

    [Fact] // p = 1: the root is r itself, exactly
    public void The_first_root_is_the_value_itself()
    {
        Assert.Equal(Rational.Create(1, 3), RationalRoot.Sticky(Rational.Create(1, 3), 1));
        Assert.Equal(Rational.AdditiveIdentity, RationalRoot.Sticky(Rational.AdditiveIdentity, 3));
    }

    [Fact] // √(9/4) = 3/2 and ∛(27/8·2^−300) = 3/2·2^−100 are dyadic with few bits: returned exactly
    public void An_exact_dyadic_root_is_returned_exactly()
    {
        Assert.Equal(Rational.Create(3, 2), RationalRoot.Sticky(Rational.Create(9, 4), 2));
        Assert.Equal(Rational.Create(3, BigInteger.One << 101), RationalRoot.Sticky(Rational.Create(27, BigInteger.One << 303), 3));
    }

    /// <summary>
    /// √2: k = 62, R = isqrt(2^125) = 6521908912666391106, s = (2R + 1)/2^63. ∛2: k = 62, s = 11620720580245083921/2^63.
    /// ∛(1/1000): k = 65, s = 7378697629483820647/2^66 (1/10 is not dyadic, so inexact).
    /// </summary>
    [Fact]
    public void An_inexact_root_is_R_plus_a_half_ulp()
    {
        Assert.Equal(Rational.Create(BigInteger.Parse("13043817825332782213"), Two63), RationalRoot.Sticky(Rational.FromInteger(2), 2));
        Assert.Equal(Rational.Create(BigInteger.Parse("11620720580245083921"), Two63), RationalRoot.Sticky(Rational.FromInteger(2), 3));
        Assert.Equal(Rational.Create(BigInteger.Parse("7378697629483820647"), Two63 << 3), RationalRoot.Sticky(Rational.Create(1, 1000), 3));
    }

    /// <summary>
    /// Large r make k negative. √(2^200 + 1): k = −38, y = ⌊r·2^−76⌋ = 2^124 exactly with remainder 1, so R = 2^62
    /// is inexact and s = (2^63 + 1)·2^37. ∛(3·2^400): k = −71, s = 19786691081910379861327917647994216775680.
    /// </summary>
    [Fact]
    public void Roots_of_large_values_scale_down_before_the_integer_root()
    {
        Assert.Equal(Rational.FromInteger((Two63 + 1) << 37), RationalRoot.Sticky(Rational.FromInteger((BigInteger.One << 200) + 1), 2));
        Assert.Equal(Rational.FromInteger(BigInteger.Parse("19786691081910379861327917647994216775680")),
            RationalRoot.Sticky(Rational.FromInteger(3 * (BigInteger.One << 400)), 3));
    }

    [Fact] // ⌊√2⌋ = ⌊∛2⌋ = 1, ⌊√3⌋ = 1, ⌊√4⌋ = 2
    public void Integer_roots_of_small_values()
    {
        Assert.Equal(1, RationalRoot.IntegerRoot(2, 2));
        Assert.Equal(1, RationalRoot.IntegerRoot(2, 3));
        Assert.Equal(1, RationalRoot.IntegerRoot(3, 2));
        Assert.Equal(2, RationalRoot.IntegerRoot(4, 2));
    }
}
