using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Arithmetic;

/// <summary>Worked values of the dyadic type: canonical form, rounding ties, the edges of the double and float ranges.</summary>
public class DyadicExamples
{
    private static Dyadic D(long m, int e) => Dyadic.Create(m, e);

    [Fact]
    public void Canonical_form_has_an_odd_mantissa_or_is_zero()
    {
        var twelve = D(12, 0);
        Assert.Equal(new BigInteger(3), twelve.Mantissa);
        Assert.Equal(2, twelve.Exponent);
        Assert.Equal(D(3, 2), twelve);
        Assert.Equal(0, D(0, 17).Exponent);
        Assert.Equal(default(Dyadic), D(0, 17));
        Assert.Equal(Dyadic.AdditiveIdentity, D(0, -3));
        Assert.Equal(D(1, 0), Dyadic.MultiplicativeIdentity);
        Assert.Equal(D(-5, 0), Dyadic.FromInteger(-5));
        Assert.Equal(D(1, -1), Dyadic.FromDouble(0.5));
        Assert.Equal(D(-3, -2), Dyadic.FromDouble(-0.75));
        Assert.Equal(D(1, -1074), Dyadic.FromDouble(double.Epsilon));
        Assert.Equal(D((1L << 53) - 1, 971), Dyadic.FromDouble(double.MaxValue));
        Assert.Equal(D(1, -1022), Dyadic.FromDouble(2.2250738585072014E-308));
        Assert.Equal(D((1L << 52) - 1, -1074), Dyadic.FromDouble(2.2250738585072009E-308));
    }

    [Fact]
    public void Non_finite_doubles_have_no_dyadic_value()
    {
        Reject.Named<ArgumentException>("x", () => Dyadic.FromDouble(double.NaN));
        Assert.Throws<ArgumentException>(() => Dyadic.FromDouble(double.PositiveInfinity));
        Assert.Throws<ArgumentException>(() => Dyadic.FromDouble(double.NegativeInfinity));
    }

    [Fact]
    public void Sums_and_products_are_exact()
    {
        Assert.Equal(D(5, -2), D(1, 0) + D(1, -2));
        Assert.Equal(D(5, -2), D(1, -2) + D(1, 0));
        Assert.Equal(D(7, 0), D(0, 0) + D(7, 0));
        Assert.Equal(D(7, 0), D(7, 0) + D(0, 0));
        Assert.Equal(D(0, 0), D(3, 5) + D(-3, 5));
        Assert.Equal(D(3, -3), D(1, -1) * D(3, -2));
        Assert.Equal(D(-1, 100) + D(1, 0), D(1, 0) - D(1, 100));
        Assert.Equal(D(1, 100), -D(-1, 100));
        Assert.Equal(1, D(3, -5).Sign);
        Assert.Equal(-1, D(-3, -5).Sign);
        Assert.Equal(0, default(Dyadic).Sign);
    }

    [Fact]
    public void Exponent_overflow_is_an_error()
    {
        Assert.Throws<OverflowException>(() => D(1, int.MaxValue) * D(1, 1));
        Assert.Throws<OverflowException>(() => D(2, int.MaxValue));
        Assert.Equal(int.MaxValue, D(1, int.MaxValue).Exponent);
    }

    /// <summary>Ties go to the even neighbour: 2^53 + 1 → 2^53, 2^53 + 3 → 2^53 + 4; just above a tie rounds up.</summary>
    [Fact]
    public void Rounding_to_double_is_to_nearest_ties_to_even()
    {
        const double two53 = 9007199254740992.0;
        Assert.Equal(two53, D((1L << 53) + 1, 0).ToDouble());
        Assert.Equal(two53 + 4, D((1L << 53) + 3, 0).ToDouble());
        Assert.Equal(two53 + 2, Dyadic.Create((BigInteger.One << 54) + 5, -1).ToDouble());
        Assert.Equal(two53, Dyadic.Create((BigInteger.One << 54) + 1, -1).ToDouble());
        Assert.Equal(two53 + 2, Dyadic.Create((BigInteger.One << 55) + 7, -2).ToDouble());
        Assert.Equal(-two53, D(-((1L << 53) + 1), 0).ToDouble());
        Assert.Equal(3.0, D(3, 0).ToDouble());
        Assert.Equal(1536.0, D(3, 9).ToDouble());
    }

    [Fact]
    public void Rounding_at_the_subnormal_end_of_the_double_range()
    {
        Assert.Equal(double.Epsilon, D(1, -1074).ToDouble());
        Assert.Equal(0.0, D(1, -1075).ToDouble());
        Assert.Equal(2 * double.Epsilon, D(3, -1075).ToDouble());
        Assert.Equal(double.Epsilon, D(3, -1076).ToDouble());
        Assert.Equal(double.Epsilon, D(5, -1077).ToDouble());
        Assert.Equal(0.0, D(1, -1076).ToDouble());
        Assert.Equal(0.0, D(1, -1077).ToDouble());
        Assert.Equal(0.0, D(1, -5000).ToDouble());
        Assert.True(double.IsNegative(D(-1, -5000).ToDouble()));
        Assert.True(double.IsNegative(D(-1, -1076).ToDouble()));
        Assert.Equal(2 * double.Epsilon, D(5, -1075).ToDouble());
        Assert.Equal(2 * double.Epsilon, Dyadic.Create(3 * (BigInteger.One << 59) + 1, -1134).ToDouble());
        Assert.Equal(double.Epsilon, Dyadic.Create(3 * (BigInteger.One << 59) - 1, -1134).ToDouble());
    }

    [Fact]
    public void Rounding_at_the_top_of_the_double_range()
    {
        Assert.Equal(double.MaxValue, D((1L << 53) - 1, 971).ToDouble());
        Assert.Equal(double.PositiveInfinity, D(1, 1024).ToDouble());
        Assert.Equal(double.NegativeInfinity, D(-1, 1024).ToDouble());
        Assert.Equal(double.PositiveInfinity, D(1, 1101).ToDouble());
        Assert.Equal(double.PositiveInfinity, D(1, 5000).ToDouble());
        Assert.Equal(Math.BitDecrement(double.MaxValue), Dyadic.Create((BigInteger.One << 54) - 3, 970).ToDouble());
        Assert.Equal(double.PositiveInfinity, Dyadic.Create((BigInteger.One << 54) - 1, 970).ToDouble());
        Assert.Equal(Math.ScaleB(1.0, 1023), D(1, 1023).ToDouble());
    }

    [Fact]
    public void Rounding_to_float_is_once_from_the_exact_value()
    {
        // 1 + 2^-24 + 2^-60 is just above the float tie between 1 and 1 + 2^-23: it rounds up. Rounding to double
        // first would drop 2^-60 and then tie to even, down to 1: the single rounding matters.
        var above = Dyadic.Create((BigInteger.One << 60) + (BigInteger.One << 36) + 1, -60);
        Assert.Equal(MathF.BitIncrement(1.0f), above.ToSingle());
        Assert.Equal(1.0f, Dyadic.Create((BigInteger.One << 24) + 1, -24).ToSingle());
        Assert.Equal(float.Epsilon, D(1, -149).ToSingle());
        Assert.Equal(0.0f, D(1, -150).ToSingle());
        Assert.Equal(float.Epsilon, D(3, -151).ToSingle());
        Assert.Equal(float.MaxValue, D((1L << 24) - 1, 104).ToSingle());
        Assert.Equal(float.PositiveInfinity, D(1, 128).ToSingle());
        Assert.Equal(float.NegativeInfinity, D(-1, 128).ToSingle());
    }

    [Fact]
    public void Equality_hashing_comparison_and_text()
    {
        Assert.True(D(3, 1).Equals((object)D(6, 0)));
        Assert.False(D(3, 1).Equals((object)6.0));
        Assert.False(D(3, 1).Equals(D(3, 2)));
        Assert.False(D(3, 1).Equals(D(5, 1)));
        Assert.Equal(D(3, 1).GetHashCode(), D(6, 0).GetHashCode());
        Assert.True(D(1, 0) < D(3, 0));
        Assert.True(D(1, 0).CompareTo(D(1, -1)) > 0);
        Assert.Equal(0, D(1, 0).CompareTo(D(2, -1)));
        Assert.Equal("6", D(3, 1).ToString());
        Assert.Equal("0", default(Dyadic).ToString());
        Assert.Equal("3*2^-1", D(3, -1).ToString());
        Assert.Equal("1*2^64", D(1, 64).ToString());
        Assert.Equal("9223372036854775808", D(1, 63).ToString());
    }
}
