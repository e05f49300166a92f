using ConvSpec.Arithmetic;
using ConvSpec.SpecTests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Arithmetic;

/// <summary>Laws of the exact rational type that average pooling runs on.</summary>
public class RationalLaws
{
    private static readonly Gen<Rational> Rationals =
        from p in Gen.Choose(-100_000, 100_000)
        from q in Gen.Choose(1, 10_000)
        select Rational.Create(p, q);

    [Property]
    public Property Every_finite_double_round_trips() =>
        Prop.ForAll(TensorGen.Real.ToArbitrary(), x => Rational.FromDouble(x).ToDouble() == x);

    [Property]
    public Property Division_undoes_multiplication() =>
        Prop.ForAll(Rationals.ToArbitrary(), Rationals.ToArbitrary(), (a, b) => b.Sign == 0 || (a * b) / b == a);

    [Property]
    public Property Addition_is_exact_and_subtraction_undoes_it() =>
        Prop.ForAll(Rationals.ToArbitrary(), Rationals.ToArbitrary(), (a, b) => (a + b) - b == a && a + b == b + a);

    [Property]
    public Property ToDouble_is_the_nearest_double() =>
        Prop.ForAll(Rationals.ToArbitrary(), r =>
        {
            var y = r.ToDouble();
            var error = (Rational.FromDouble(y) - r).Abs();
            return error <= (Rational.FromDouble(Math.BitIncrement(y)) - r).Abs()
                && error <= (Rational.FromDouble(Math.BitDecrement(y)) - r).Abs();
        });

    [Property]
    public Property ToSingle_is_the_nearest_float_rounded_once() =>
        Prop.ForAll(Rationals.ToArbitrary(), r =>
        {
            var y = r.ToSingle();
            var error = (Rational.FromDouble(y) - r).Abs();
            return error <= (Rational.FromDouble(MathF.BitIncrement(y)) - r).Abs()
                && error <= (Rational.FromDouble(MathF.BitDecrement(y)) - r).Abs();
        });

    [Fact]
    public void Normal_form_and_examples()
    {
        Assert.Equal(Rational.Create(1, 2), Rational.Create(-2, -4));
        Assert.Equal("-1/3", Rational.Create(2, -6).ToString());
        Assert.Equal(0.1, Rational.Create(1, 10).ToDouble());
        Assert.Equal(0.1f, Rational.Create(1, 10).ToSingle());
        // 1 + 2^-24 + 2^-60 is just above the float midpoint 1 + 2^-24: rounding once gives 1 + 2^-23,
        // rounding through double first (to 1 + 2^-24, a tie) would give 1.
        var r = Rational.FromInteger(1) + Rational.Create(1, 1 << 24) + Rational.Create(1, (long)1 << 60);
        Assert.Equal(1 + MathF.Pow(2, -23), r.ToSingle());
        Assert.Throws<DivideByZeroException>(() => Rational.FromInteger(1) / Rational.AdditiveIdentity);
    }
}
