using ConvSpec.Arithmetic;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Arithmetic;

/// <summary>The order of rationals: a/b &lt; c/d ⇔ a·d &lt; c·b for b, d &gt; 0, checked on small fractions so that equal values are frequent.</summary>
public class RationalOrderLaws
{
    private static readonly Gen<(int P, int Q)> Fractions =
        from p in Gen.Choose(-6, 6)
        from q in Gen.Choose(1, 4)
        select (p, q);

    [Property(MaxTest = 200 / CaseCount.Divisor)]
    public Property Order_operators_agree_with_cross_multiplication() =>
        Prop.ForAll(Fractions.ToArbitrary(), Fractions.ToArbitrary(), (x, y) =>
        {
            var (a, b) = (Rational.Create(x.P, x.Q), Rational.Create(y.P, y.Q));
            var (left, right) = (x.P * y.Q, y.P * x.Q);
            return (a < b) == (left < right) && (a > b) == (left > right) && (a <= b) == (left <= right)
                && (a >= b) == (left >= right) && (a == b) == (left == right) && Math.Sign(a.CompareTo(b)) == Math.Sign(left - right);
        });

    [Fact] // 1/2 and 2/4 are one value: neither is below or above the other
    public void Equal_values_are_not_strictly_ordered()
    {
        Assert.False(Rational.Create(1, 2) < Rational.Create(2, 4));
        Assert.False(Rational.Create(1, 2) > Rational.Create(2, 4));
    }
}
