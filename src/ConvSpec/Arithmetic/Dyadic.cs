using System.Numerics;

namespace ConvSpec.Arithmetic;

/// <summary>
/// An exact dyadic rational m · 2^e (m a BigInteger, e an int). Every finite double and float is one,
/// and sums, differences and products of dyadics are dyadic, so convolution of floating-point inputs
/// computed in this type is exact; <see cref="ToDouble"/> and <see cref="ToSingle"/> then round once,
/// to nearest with ties to even. Canonical form: m odd, or m = 0 with e = 0, so equality is structural.
/// </summary>
public readonly struct Dyadic :
    IAdditionOperators<Dyadic, Dyadic, Dyadic>,
    ISubtractionOperators<Dyadic, Dyadic, Dyadic>,
    IMultiplyOperators<Dyadic, Dyadic, Dyadic>,
    IUnaryNegationOperators<Dyadic, Dyadic>,
    IAdditiveIdentity<Dyadic, Dyadic>,
    IMultiplicativeIdentity<Dyadic, Dyadic>,
    IComparisonOperators<Dyadic, Dyadic, bool>,
    IEquatable<Dyadic>,
    IComparable<Dyadic>
{
    private Dyadic(BigInteger mantissa, int exponent)
    {
        if (mantissa.IsZero) { Mantissa = BigInteger.Zero; Exponent = 0; return; }
        var zeros = (int)BigInteger.TrailingZeroCount(mantissa);
        Mantissa = mantissa >> zeros;
        Exponent = checked(exponent + zeros);
    }

    /// <summary>m, odd unless the value is zero.</summary>
    public BigInteger Mantissa { get; }

    /// <summary>e in m · 2^e.</summary>
    public int Exponent { get; }

    public static Dyadic AdditiveIdentity => default;
    public static Dyadic MultiplicativeIdentity => new(BigInteger.One, 0);

    /// <summary>m · 2^e, normalised.</summary>
    public static Dyadic Create(BigInteger mantissa, int exponent) => new(mantissa, exponent);

    /// <summary>The exact value of a finite double; NaN and ±∞ are errors.</summary>
    public static Dyadic FromDouble(double x)
    {
        if (!double.IsFinite(x)) throw new ArgumentException($"x: {x} is not finite, so it has no exact dyadic value", nameof(x));
        if (x == 0) return default;
        // e = ⌊log2 |x|⌋ (subnormals included); |x| · 2^(52 − e) lies in [2^52, 2^53) and is exact, so x = m · 2^(e − 52).
        var e = Math.ILogB(x);
        var m = (long)Math.ScaleB(x, 52 - e);
        return new Dyadic(m, e - 52);
    }

    /// <summary>The exact value of an integer.</summary>
    public static Dyadic FromInteger(BigInteger n) => new(n, 0);

    public static Dyadic operator +(Dyadic a, Dyadic b)
    {
        if (a.Mantissa.IsZero) return b;
        if (b.Mantissa.IsZero) return a;
        var e = Math.Min(a.Exponent, b.Exponent);
        return new Dyadic((a.Mantissa << (a.Exponent - e)) + (b.Mantissa << (b.Exponent - e)), e);
    }

    public static Dyadic operator -(Dyadic a, Dyadic b) => a + -b;
    public static Dyadic operator -(Dyadic a) => new(-a.Mantissa, a.Exponent);
    public static Dyadic operator *(Dyadic a, Dyadic b) =>
        new(a.Mantissa * b.Mantissa, checked(a.Exponent + b.Exponent));

    public int Sign => Mantissa.Sign;

    public int CompareTo(Dyadic other) => (this - other).Sign;
    public bool Equals(Dyadic other) => Mantissa == other.Mantissa && Exponent == other.Exponent;
    public override bool Equals(object? obj) => obj is Dyadic d && Equals(d);
    public override int GetHashCode() => HashCode.Combine(Mantissa, Exponent);
    public static bool operator ==(Dyadic a, Dyadic b) => a.Equals(b);
    public static bool operator !=(Dyadic a, Dyadic b) => !a.Equals(b);
    public static bool operator <(Dyadic a, Dyadic b) => a.CompareTo(b) < 0;
    public static bool operator >(Dyadic a, Dyadic b) => a.CompareTo(b) > 0;
    public static bool operator <=(Dyadic a, Dyadic b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Dyadic a, Dyadic b) => a.CompareTo(b) >= 0;

    /// <summary>The nearest double (ties to even); ±∞ beyond the largest finite double.</summary>
    public double ToDouble() => Round(53, -1074);

    /// <summary>The nearest float (ties to even), rounded once from the exact value; ±∞ beyond float's range.</summary>
    public float ToSingle() => (float)Round(24, -149);

    /// <summary>
    /// Rounds |m|·2^e to <paramref name="precision"/> significant bits with quantum at least
    /// 2^<paramref name="minQuantumExponent"/> (the subnormal spacing), ties to even, and returns it as a
    /// double (exact: the rounded value has at most 54 bits before scaling).
    /// </summary>
    private double Round(int precision, int minQuantumExponent)
    {
        if (Mantissa.IsZero) return 0.0;
        var magnitude = BigInteger.Abs(Mantissa);
        var leadingExponent = (long)Exponent + (long)magnitude.GetBitLength() - 1;
        // |value| ≥ 2^1024 overflows both formats; below 2^(q−1), half the smallest quantum q, it rounds to zero.
        // (The tight thresholds also keep the quantum below within int range.)
        if (leadingExponent > 1023) return Mantissa.Sign * double.PositiveInfinity;
        if (leadingExponent < minQuantumExponent - 1) return Mantissa.Sign * 0.0;
        var quantum = (int)Math.Max(leadingExponent - precision + 1, minQuantumExponent);
        BigInteger kept;
        if (quantum <= Exponent)
        {
            kept = magnitude << (Exponent - quantum);
        }
        else
        {
            var shift = quantum - Exponent;
            var unit = BigInteger.One << shift;
            kept = BigInteger.DivRem(magnitude, unit, out var remainder);
            var half = BigInteger.One << (shift - 1);
            if (remainder > half || (remainder == half && !kept.IsEven)) kept += 1;
        }
        return Mantissa.Sign * Math.ScaleB((double)kept, quantum);
    }

    /// <summary>The exact value in decimal when short, else m·2^e.</summary>
    public override string ToString() =>
        Exponent >= 0 && Exponent < 64 ? (Mantissa << Exponent).ToString() : $"{Mantissa}*2^{Exponent}";
}
