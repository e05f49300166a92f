using System.Numerics;
using ConvSpec.Arithmetic;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Arithmetic;

/// <summary>
/// Laws of the p-th roots of rationals. The integer root they are built on: R = ⌊n^(1/p)⌋, so R^p ≤ n &lt; (R + 1)^p.
/// The sticky root s of r rounds to every precision up to 60 bits as r^(1/p) does: either s^p = r, or s and r^(1/p)
/// lie strictly inside the same gap (lo, hi) between consecutive numbers of 61 significant bits (the midpoints and
/// ends that rounding to 60 bits or fewer compares with). Checked in exact integers: lo^p &lt; r &lt; hi^p.
/// </summary>
public class RationalRootLaws
{
    private static readonly Gen<BigInteger> Naturals = Gen.Frequency(
        (1, Gen.Choose(0, 3).Select(n => (BigInteger)n)),
        (3, Gen.Choose(0, int.MaxValue).Select(n => (BigInteger)n)),
        (2, Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(0, int.MaxValue)).Select(t => (BigInteger)t.Item1 * t.Item2 * t.Item2)));

    [Property]
    public Property Integer_root_is_the_floor_of_the_real_root() =>
        Prop.ForAll(Naturals.ToArbitrary(), Gen.Choose(1, 6).ToArbitrary(), (n, p) =>
        {
            var r = RationalRoot.IntegerRoot(n, p);
            return BigInteger.Pow(r, p) <= n && n < BigInteger.Pow(r + 1, p);
        });

    [Fact] // the first power of n is n; 0 and 1 are their own roots of every order; ⌊1000^(1/3)⌋ = 10, ⌊999^(1/3)⌋ = 9
    public void Integer_root_examples()
    {
        Assert.Equal(12345, RationalRoot.IntegerRoot(12345, 1));
        Assert.Equal(0, RationalRoot.IntegerRoot(0, 5));
        Assert.Equal(1, RationalRoot.IntegerRoot(1, 5));
        Assert.Equal(10, RationalRoot.IntegerRoot(1000, 3));
        Assert.Equal(9, RationalRoot.IntegerRoot(999, 3));
        Assert.Equal("n", Assert.ThrowsAny<ArgumentException>(() => RationalRoot.IntegerRoot(-1, 2)).ParamName);
    }

    /// <summary>a/b·2^e with a, b of up to 31 bits and e from −600 to 600: k of both signs for p up to 7.</summary>
    private static readonly Gen<Rational> Positive =
        from a in Gen.Choose(1, int.MaxValue)
        from b in Gen.Choose(1, int.MaxValue)
        from e in Gen.Choose(-600, 600)
        select Rational.Create(e >= 0 ? (BigInteger)a << e : a, e >= 0 ? b : (BigInteger)b << -e);

    [Property(MaxTest = 200 / CaseCount.Divisor)]
    public Property Sticky_root_lies_in_the_same_61_bit_gap_as_the_root() =>
        Prop.ForAll(Positive.ToArbitrary(), Gen.Choose(2, 7).ToArbitrary(), (r, p) =>
        {
            var s = RationalRoot.Sticky(r, p);
            var (n, d) = (s.Numerator, s.Denominator);
            if (BigInteger.Pow(n, p) * r.Denominator == r.Numerator * BigInteger.Pow(d, p)) return true;
            // s·2^t with t = 60 − ⌊log2 s⌋ lies in [2^60, 2^61); L = its floor, lo = L·2^−t, hi = (L + 1)·2^−t
            var e = (long)n.GetBitLength() - (long)d.GetBitLength();
            if (Shifted(n, -e) < d) e--;
            var t = (int)(60 - e);
            var (num, den) = (Shifted(n, Math.Max(t, 0)), Shifted(d, Math.Max(-t, 0)));
            var low = BigInteger.DivRem(num, den, out var rest);
            return !rest.IsZero && PowerBelow(low, p, t, r) && !PowerBelow(low + 1, p, t, r) && !PowerEquals(low + 1, p, t, r);
        });

    /// <summary>x = m·2^e with m odd of up to 20 bits is dyadic: the sticky root of x^p is x, exactly.</summary>
    [Property(MaxTest = 200 / CaseCount.Divisor)]
    public Property Sticky_root_of_a_short_dyadic_power_is_exact() =>
        Prop.ForAll(Gen.Choose(0, (1 << 19) - 1).ToArbitrary(), Gen.Choose(-200, 200).ToArbitrary(), Gen.Choose(2, 7).ToArbitrary(), (m, e, p) =>
        {
            var x = Rational.Create(e >= 0 ? (BigInteger)(2 * m + 1) << e : 2 * m + 1, e >= 0 ? 1 : BigInteger.One << -e);
            var power = Rational.Create(BigInteger.Pow(x.Numerator, p), BigInteger.Pow(x.Denominator, p));
            return RationalRoot.Sticky(power, p) == x;
        });

    private static BigInteger Shifted(BigInteger x, long by) => by >= 0 ? x * BigInteger.Pow(2, (int)by) : x / BigInteger.Pow(2, (int)-by);

    /// <summary>(L·2^−t)^p &lt; r, i.e. L^p·den(r) &lt; num(r)·2^(t·p).</summary>
    private static bool PowerBelow(BigInteger l, int p, int t, Rational r) => Compare(l, p, t, r) < 0;

    private static bool PowerEquals(BigInteger l, int p, int t, Rational r) => Compare(l, p, t, r) == 0;

    private static int Compare(BigInteger l, int p, int t, Rational r)
    {
        var (left, right) = (BigInteger.Pow(l, p) * r.Denominator, r.Numerator);
        return t >= 0 ? left.CompareTo(Shifted(right, (long)t * p)) : Shifted(left, -(long)t * p).CompareTo(right);
    }
}
