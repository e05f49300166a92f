using ConvSpec.Arithmetic;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Arithmetic;

/// <summary>
/// ToDouble and ToSingle round a rational to nearest, ties to even, and past the midpoint above the largest finite
/// value to ±∞: checked with exact rational distances to the result's neighbours, on values that reach the ties,
/// the points just beside them, and both ends of the ranges.
/// </summary>
public class RationalRoundingLaws
{
    /// <summary>A finite double of any exponent, by bit pattern.</summary>
    private static readonly Gen<double> AnyDouble =
        Gen.Zip(Gen.Choose(int.MinValue, int.MaxValue), Gen.Choose(int.MinValue, int.MaxValue))
            .Select(t => BitConverter.Int64BitsToDouble(((long)t.Item1 << 32) | (uint)t.Item2))
            .Where(x => double.IsFinite(x) && Math.Abs(x) < double.MaxValue);

    /// <summary>The midpoint of x and its upper neighbour, or that midpoint moved by ±(its gap)/3^20, not a dyadic.</summary>
    private static Gen<Rational> NearMidpoints(Gen<double> values, Func<double, double> up) =>
        from x in values
        from side in Gen.Choose(-1, 1)
        let a = Rational.FromDouble(x)
        let gap = Rational.FromDouble(up(x)) - a
        select a + gap / Rational.FromInteger(2) + Rational.FromInteger(side) * gap / Rational.FromInteger(3486784401L);

    /// <summary>a/b·2^e with a, b of up to 31 bits and e from −1200 to 1200: past both ends of the double range.</summary>
    private static readonly Gen<Rational> Scaled =
        from a in Gen.Choose(-int.MaxValue, int.MaxValue)
        from b in Gen.Choose(1, int.MaxValue)
        from e in Gen.Choose(-1200, 1200)
        select Rational.Create(a, b) * Rational.FromDyadic(Dyadic.Create(1, e));

    private static readonly Gen<float> AnyFloat =
        Gen.Choose(int.MinValue, int.MaxValue).Select(BitConverter.Int32BitsToSingle).Where(x => float.IsFinite(x) && Math.Abs(x) < float.MaxValue);

    [Property(MaxTest = 400 / CaseCount.Divisor)]
    public Property ToDouble_is_the_nearest_double_with_ties_to_even() =>
        Prop.ForAll(Gen.OneOf(NearMidpoints(AnyDouble, Math.BitIncrement), Scaled).ToArbitrary(), r =>
            Nearest(r, r.ToDouble(), double.MaxValue, Math.BitIncrement, Math.BitDecrement,
                y => (BitConverter.DoubleToInt64Bits(y) & 1) == 0, 970));

    [Property(MaxTest = 400 / CaseCount.Divisor)]
    public Property ToSingle_is_the_nearest_float_with_ties_to_even() =>
        Prop.ForAll(Gen.OneOf(NearMidpoints(AnyFloat.Select(f => (double)f), y => MathF.BitIncrement((float)y)), Scaled).ToArbitrary(), r =>
            Nearest(r, r.ToSingle(), float.MaxValue, y => MathF.BitIncrement((float)y), y => MathF.BitDecrement((float)y),
                y => (BitConverter.SingleToInt32Bits((float)y) & 1) == 0, 103));

    /// <summary>
    /// y is ±∞ exactly when |r| ≥ max + 2^(halfUlpExponent) (the midpoint above max); otherwise no neighbour of y is
    /// nearer to r, and a neighbour as near makes y the even one. A zero result carries r's sign.
    /// </summary>
    private static bool Nearest(Rational r, double y, double max, Func<double, double> up, Func<double, double> down,
        Func<double, bool> even, int halfUlpExponent)
    {
        var midpoint = Rational.FromDouble(max) + Rational.FromDyadic(Dyadic.Create(1, halfUlpExponent));
        if (r.Abs() >= midpoint) return double.IsInfinity(y) && Math.Sign(y) == r.Sign;
        if (!double.IsFinite(y)) return false;
        if (y == 0 && r.Sign != 0 && double.IsNegative(y) != (r.Sign < 0)) return false;
        var distance = (Rational.FromDouble(y) - r).Abs();
        foreach (var neighbour in new[] { up(y), down(y) })
        {
            if (!double.IsFinite(neighbour)) continue;
            var other = (Rational.FromDouble(neighbour) - r).Abs();
            if (other < distance || (other == distance && !even(y))) return false;
        }
        return true;
    }
}
