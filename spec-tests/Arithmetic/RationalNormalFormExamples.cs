using System.Numerics;
using ConvSpec.Arithmetic;

namespace ConvSpec.SpecTests.Arithmetic;

/// <summary>Canonical form p/q with q &gt; 0 and gcd(p, q) = 1, the exact values of integers and dyadics, and the text.</summary>
public class RationalNormalFormExamples
{
    private static void Is(BigInteger p, BigInteger q, Rational r)
    {
        Assert.Equal(p, r.Numerator);
        Assert.Equal(q, r.Denominator);
    }

    [Fact]
    public void Create_divides_by_the_gcd_and_moves_the_sign_to_the_numerator()
    {
        Is(-2, 3, Rational.Create(4, -6));
        Is(2, 3, Rational.Create(-4, -6));
        Is(0, 1, Rational.Create(0, -7));
        Is(5, 1, Rational.Create(35, 7));
        Is(1, 1, Rational.MultiplicativeIdentity);
        Is(0, 1, Rational.AdditiveIdentity);
    }

    [Fact] // 0.75 = 3·2^−2, 6 = 3·2^1, 1 = 1·2^0, −2^−1074 = the least subnormal, negated
    public void FromDyadic_is_the_exact_value_m_times_2_to_the_e()
    {
        Is(3, 4, Rational.FromDouble(0.75));
        Is(6, 1, Rational.FromDouble(6.0));
        Is(1, 1, Rational.FromDouble(1.0));
        Is(-1, BigInteger.One << 1074, Rational.FromDouble(-double.Epsilon));
        Is(BigInteger.Parse("1267650600228229401496703205376"), 1, Rational.FromDyadic(Dyadic.Create(1, 100)));
    }

    [Fact]
    public void Negation_and_absolute_value_keep_the_denominator()
    {
        Is(-3, 4, -Rational.Create(3, 4));
        Is(3, 4, Rational.Create(-3, 4).Abs());
        Is(3, 4, Rational.Create(3, 4).Abs());
        Is(0, 1, Rational.AdditiveIdentity.Abs());
    }

    [Fact]
    public void Text_is_p_over_q_or_p_alone_for_integers()
    {
        Assert.Equal("5", Rational.FromInteger(5).ToString());
        Assert.Equal("-2", Rational.Create(-6, 3).ToString());
        Assert.Equal("0", Rational.AdditiveIdentity.ToString());
        Assert.Equal("-1/3", Rational.Create(2, -6).ToString());
    }
}
