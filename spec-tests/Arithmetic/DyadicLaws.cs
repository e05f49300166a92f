using System.Numerics;
using ConvSpec.Arithmetic;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Arithmetic;

/// <summary>Laws of the exact dyadic type: exact round trips, exact ring arithmetic, correctly rounded conversions.</summary>
public class DyadicLaws
{
    /// <summary>Every finite double, by bit pattern: normal, subnormal, huge, tiny, both signs.</summary>
    private static Gen<double> AnyFiniteDouble =>
        Gen.Frequency(
            (4, Gen.Zip(Gen.Choose(int.MinValue, int.MaxValue), Gen.Choose(int.MinValue, int.MaxValue))
                .Select(t => BitConverter.Int64BitsToDouble(((long)t.Item1 << 32) | (uint)t.Item2))),
            (1, Gen.Choose(0, int.MaxValue).Select(v => BitConverter.Int64BitsToDouble(v) * (v % 2 == 0 ? 1 : -1))),
            (1, TensorGenReal))
            .Where(double.IsFinite);

    private static Gen<double> TensorGenReal => Generators.TensorGen.Real;

    /// <summary>m · 2^e with m of up to 124 bits and e from −1250 to 1050: reaches subnormals and overflow of double.</summary>
    private static Gen<Dyadic> AnyDyadic => DyadicAround(-1250, 1050);

    /// <summary>m · 2^(e − bits), m of 1..124 significant bits, e in [minExponent, maxExponent].</summary>
    private static Gen<Dyadic> DyadicAround(int minExponent, int maxExponent) =>
        from hi in Gen.Choose(int.MinValue, int.MaxValue)
        from mid in Gen.Choose(int.MinValue, int.MaxValue)
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        from bits in Gen.Choose(1, 124)
        from e in Gen.Choose(minExponent, maxExponent)
        let raw = ((BigInteger)hi << 64) + ((BigInteger)(uint)mid << 32) + (uint)lo
        select Dyadic.Create(raw >> Math.Max(0, 96 - bits) , e - bits);

    private static Gen<Dyadic> SmallDyadic => TensorGenReal.Select(Dyadic.FromDouble);

    [Property(MaxTest = 300 / CaseCount.Divisor)]
    public Property Every_finite_double_round_trips_exactly() =>
        Prop.ForAll(AnyFiniteDouble.ToArbitrary(), x =>
        {
            var back = Dyadic.FromDouble(x).ToDouble();
            // Dyadic has one zero, so −0 comes back as +0; every other double keeps its bits
            return x == 0 ? back == 0 : BitConverter.DoubleToInt64Bits(back) == BitConverter.DoubleToInt64Bits(x);
        });

    [Property(MaxTest = 300 / CaseCount.Divisor)]
    public Property Every_finite_float_round_trips_exactly_through_ToSingle() =>
        Prop.ForAll(Gen.Choose(int.MinValue, int.MaxValue).Select(BitConverter.Int32BitsToSingle).Where(float.IsFinite).ToArbitrary(), f =>
        {
            var back = Dyadic.FromDouble(f).ToSingle();
            return f == 0 ? back == 0 : BitConverter.SingleToInt32Bits(back) == BitConverter.SingleToInt32Bits(f);
        });

    /// <summary>
    /// ToDouble(d) is a double nearest to d, and of two equally near the one with an even significand; beyond
    /// the midpoint between double.MaxValue and 2^1024 it is ±∞. Checked with exact dyadic distances to the
    /// result's neighbours.
    /// </summary>
    [Property(MaxTest = 400 / CaseCount.Divisor)]
    public Property ToDouble_is_correctly_rounded_with_ties_to_even() =>
        Prop.ForAll(AnyDyadic.ToArbitrary(), d => NearestWithTiesToEven(d, d.ToDouble(), double.MaxValue, Math.BitIncrement, Math.BitDecrement,
            x => (BitConverter.DoubleToInt64Bits(x) & 1) == 0, 970));

    [Property(MaxTest = 400 / CaseCount.Divisor)]
    public Property ToSingle_is_correctly_rounded_with_ties_to_even() =>
        Prop.ForAll(DyadicAround(-200, 160).ToArbitrary(), d =>
            NearestWithTiesToEven(d, d.ToSingle(), float.MaxValue, x => MathF.BitIncrement((float)x), x => MathF.BitDecrement((float)x),
                x => (BitConverter.SingleToInt32Bits((float)x) & 1) == 0, 104));

    /// <summary>The exact midpoint of two adjacent doubles rounds to the one whose significand is even.</summary>
    [Property(MaxTest = 300 / CaseCount.Divisor)]
    public Property Midpoints_round_to_the_even_neighbour() =>
        Prop.ForAll(AnyFiniteDouble.Where(x => Math.Abs(x) < double.MaxValue).ToArbitrary(), x =>
        {
            var next = Math.BitIncrement(x);
            var midpoint = (Dyadic.FromDouble(x) + Dyadic.FromDouble(next)) * Dyadic.Create(1, -1);
            var even = (BitConverter.DoubleToInt64Bits(x) & 1) == 0 ? x : next;
            var r = midpoint.ToDouble();
            return r == even || (even == 0 && r == 0);
        });

    [Property]
    public Property Addition_and_multiplication_are_exact_ring_operations() =>
        Prop.ForAll(SmallDyadic.ToArbitrary(), SmallDyadic.ToArbitrary(), SmallDyadic.ToArbitrary(), (a, b, c) =>
            (a + b) + c == a + (b + c) && a + b == b + a && a * (b + c) == a * b + a * c && (a * b) * c == a * (b * c)
            && a - a == Dyadic.AdditiveIdentity && a * Dyadic.MultiplicativeIdentity == a && (a < b) == (b - a).Sign > 0);

    /// <summary>Sums of doubles are exact in Dyadic: x + y − x = y, which double arithmetic loses when the exponents differ.</summary>
    [Property]
    public Property Sums_of_doubles_lose_nothing() =>
        Prop.ForAll(AnyFiniteDouble.ToArbitrary(), AnyFiniteDouble.ToArbitrary(), (x, y) =>
            (Dyadic.FromDouble(x) + Dyadic.FromDouble(y) - Dyadic.FromDouble(x)).ToDouble() == y);

    [Fact]
    public void Worked_examples_of_rounding()
    {
        var one = Dyadic.FromInteger(1);
        Dyadic P(int e) => Dyadic.Create(1, e);
        // 1 + 2^−53 is halfway between 1 and 1 + 2^−52: ties to the even significand, 1
        Assert.Equal(1.0, (one + P(-53)).ToDouble());
        // 1 + 3·2^−53 is halfway between 1 + 2^−52 (odd) and 1 + 2^−51 (even)
        Assert.Equal(1 + Math.ScaleB(1, -51), (one + P(-53) + P(-52)).ToDouble());
        // just above the halfway point rounds up
        Assert.Equal(1 + Math.ScaleB(1, -52), (one + P(-53) + P(-200)).ToDouble());
        // subnormals: 2^−1074 is the least; half of it ties to 0 (even), three quarters rounds to it
        Assert.Equal(double.Epsilon, P(-1074).ToDouble());
        Assert.Equal(0.0, P(-1075).ToDouble());
        Assert.Equal(double.Epsilon, (P(-1075) + P(-1076)).ToDouble());
        Assert.Equal(2 * double.Epsilon, (P(-1074) + P(-1075)).ToDouble());
        // overflow: 2^1024 − 2^970 (the midpoint above MaxValue) ties away to ∞; just below it is MaxValue
        Assert.Equal(double.PositiveInfinity, (P(1024) - P(970)).ToDouble());
        Assert.Equal(double.MaxValue, (P(1024) - P(970) - P(900)).ToDouble());
        Assert.Equal(double.NegativeInfinity, (-P(1024)).ToDouble());
        Assert.True(double.IsNegative((-P(-1100)).ToDouble()), "a negative value below the subnormals rounds to −0");
    }

    /// <summary>1 + 2^−24 + 2^−60 is above the float midpoint 1 + 2^−24: rounding once gives 1 + 2^−23, rounding via double gives 1.</summary>
    [Fact]
    public void ToSingle_rounds_once_not_twice_through_double()
    {
        var d = Dyadic.FromInteger(1) + Dyadic.Create(1, -24) + Dyadic.Create(1, -60);
        Assert.Equal(1 + MathF.ScaleB(1, -23), d.ToSingle());
        Assert.Equal(1f, (float)d.ToDouble());
        Assert.Equal(float.Epsilon, Dyadic.Create(3, -151).ToSingle());
        Assert.Equal(0f, Dyadic.Create(1, -150).ToSingle());
        Assert.Equal(float.PositiveInfinity, (Dyadic.Create(1, 128) - Dyadic.Create(1, 103)).ToSingle());
        Assert.Equal(float.MaxValue, (Dyadic.Create(1, 128) - Dyadic.Create(1, 103) - Dyadic.Create(1, 50)).ToSingle());
    }

    [Fact]
    public void FromDouble_rejects_non_finite_values()
    {
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => Dyadic.FromDouble(double.NaN)).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => Dyadic.FromDouble(double.NegativeInfinity)).ParamName);
    }

    /// <summary>
    /// r is ±∞ exactly when |d| ≥ max + 2^(overflowUlpExponent − 1) (the midpoint above max); otherwise
    /// |d − r| ≤ |d − r⁺| and |d − r| ≤ |d − r⁻| for r's neighbours, with r even when it ties with one.
    /// </summary>
    private static bool NearestWithTiesToEven(Dyadic d, double r, double max, Func<double, double> up, Func<double, double> down,
        Func<double, bool> even, int overflowUlpExponent)
    {
        var midpoint = Dyadic.FromDouble(max) + Dyadic.Create(1, overflowUlpExponent - 1);
        var magnitude = d.Sign < 0 ? -d : d;
        if (magnitude >= midpoint) return double.IsInfinity(r) && Math.Sign(r) == d.Sign;
        if (!double.IsFinite(r)) return false;
        var distance = Distance(d, r);
        foreach (var neighbour in new[] { up(r), down(r) })
        {
            if (!double.IsFinite(neighbour)) continue;
            var other = Distance(d, neighbour);
            if (other < distance) return false;
            if (other == distance && !even(r)) return false;
        }
        return true;
    }

    private static Dyadic Distance(Dyadic d, double x)
    {
        var diff = d - Dyadic.FromDouble(x);
        return diff.Sign < 0 ? -diff : diff;
    }
}
