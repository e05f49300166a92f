using System.Numerics;
using ConvSpec.Arithmetic;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Arithmetic;

/// <summary>
/// Laws of the exact dyadic type. IEEE 754 defines x + y and x · y as the exact result correctly rounded (ties
/// to even), so the exact dyadic operation rounded once by ToDouble must equal the hardware's double operation;
/// for floats, the double sum or product rounded to float is the correctly rounded float result, because
/// 53 ≥ 2·24 + 2 makes the double rounding innocuous (Figueroa, "When is double rounding innocuous?", 1995).
/// </summary>
public class DyadicIeeeLaws
{
    /// <summary>Finite doubles of every kind: small integers, fractions, normal values of any exponent, subnormals.</summary>
    private static Gen<double> AnyFinite =>
        Gen.Frequency(
            (2, Gen.Choose(-9, 9).Select(x => (double)x)),
            (3, Gen.Zip(Gen.Choose(int.MinValue, int.MaxValue), Gen.Choose(int.MinValue, int.MaxValue))
                .Select(t => BitConverter.Int64BitsToDouble(((long)t.Item1 << 32) | (uint)t.Item2))
                .Where(double.IsFinite)),
            (1, Gen.Choose(-1_000_000, 1_000_000).Select(m => m * double.Epsilon)),
            (1, Gen.Elements(double.MaxValue, -double.MaxValue, double.Epsilon, 1.0 + Math.BitIncrement(1.0), 0.5, -0.0)));

    private static Gen<float> AnyFiniteFloat =>
        Gen.Frequency(
            (2, Gen.Choose(-9, 9).Select(x => (float)x)),
            (3, Gen.Choose(int.MinValue, int.MaxValue).Select(BitConverter.Int32BitsToSingle).Where(float.IsFinite)),
            (1, Gen.Choose(-100_000, 100_000).Select(m => m * float.Epsilon)),
            (1, Gen.Elements(float.MaxValue, -float.MaxValue, float.Epsilon, 1.5f)));

    private static bool SameDouble(double x, double y) => BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y);

    private static bool SameFloat(float x, float y) => BitConverter.SingleToInt32Bits(x) == BitConverter.SingleToInt32Bits(y) || (x == 0 && y == 0);

    [Property]
    public Property Every_finite_double_round_trips_exactly_through_FromDouble_and_ToDouble() =>
        Prop.ForAll(AnyFinite.ToArbitrary(), x => x == 0 ? Dyadic.FromDouble(x).ToDouble() == 0 : SameDouble(x, Dyadic.FromDouble(x).ToDouble()));

    [Property]
    public Property Exact_sum_rounded_once_is_the_IEEE_double_sum() =>
        Prop.ForAll(AnyFinite.ToArbitrary(), AnyFinite.ToArbitrary(), (x, y) =>
            (Dyadic.FromDouble(x) + Dyadic.FromDouble(y)).ToDouble() == x + y);

    [Property]
    public Property Exact_product_rounded_once_is_the_IEEE_double_product() =>
        Prop.ForAll(AnyFinite.ToArbitrary(), AnyFinite.ToArbitrary(), (x, y) =>
            (Dyadic.FromDouble(x) * Dyadic.FromDouble(y)).ToDouble() == x * y);

    [Property]
    public Property Exact_float_sum_and_product_rounded_once_are_the_IEEE_float_results() =>
        Prop.ForAll(AnyFiniteFloat.ToArbitrary(), AnyFiniteFloat.ToArbitrary(), (x, y) =>
            SameFloat((Dyadic.FromDouble(x) + Dyadic.FromDouble(y)).ToSingle(), x + y)
            && SameFloat((Dyadic.FromDouble(x) * Dyadic.FromDouble(y)).ToSingle(), x * y));

    [Property]
    public Property Order_agrees_with_the_order_of_doubles() =>
        Prop.ForAll(AnyFinite.ToArbitrary(), AnyFinite.ToArbitrary(), (x, y) =>
        {
            var (a, b) = (Dyadic.FromDouble(x), Dyadic.FromDouble(y));
            return (a < b) == (x < y) && (a > b) == (x > y) && (a <= b) == (x <= y) && (a >= b) == (x >= y)
                && (a == b) == (x == y) && (a != b) == (x != y) && a.CompareTo(b) == Math.Sign(x.CompareTo(y));
        });

    [Property]
    public Property Difference_is_sum_with_the_negation() =>
        Prop.ForAll(AnyFinite.ToArbitrary(), AnyFinite.ToArbitrary(), (x, y) =>
            (Dyadic.FromDouble(x) - Dyadic.FromDouble(y)).ToDouble() == x - y
            && (-Dyadic.FromDouble(x)).ToDouble() == -x);
}
