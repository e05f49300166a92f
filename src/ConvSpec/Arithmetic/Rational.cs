using System.Numerics;

namespace ConvSpec.Arithmetic;

/// <summary>
/// An exact rational number p / q (BigInteger p and q). Every finite double is one, and sums, differences,
/// products and quotients (by non-zero) of rationals are rational, so an average pooled in this type is exact;
/// <see cref="ToDouble"/> and <see cref="ToSingle"/> then round once, to nearest with ties to even.
/// Canonical form: q &gt; 0 and gcd(p, q) = 1 (zero is 0/1), so equality is structural.
/// </summary>
public readonly struct Rational :
    IAdditionOperators<Rational, Rational, Rational>,
    ISubtractionOperators<Rational, Rational, Rational>,
    IMultiplyOperators<Rational, Rational, Rational>,
    IDivisionOperators<Rational, Rational, Rational>,
    IUnaryNegationOperators<Rational, Rational>,
    IAdditiveIdentity<Rational, Rational>,
    IMultiplicativeIdentity<Rational, Rational>,
    IComparisonOperators<Rational, Rational, bool>,
    IEquatable<Rational>,
    IComparable<Rational>
{
    private readonly BigInteger denominatorLessOne;

    /// <summary>p / q as given: callers pass q &gt; 0 and gcd(p, q) = 1 (zero as 0/1).</summary>
    private Rational(BigInteger numerator, BigInteger denominator)
    {
        Numerator = numerator;
        denominatorLessOne = denominator - 1;
    }

    /// <summary>p, carrying the sign.</summary>
    public BigInteger Numerator { get; }

    /// <summary>q &gt; 0, coprime to p (the default value is 0/1).</summary>
    public BigInteger Denominator => denominatorLessOne + 1;

    public static Rational AdditiveIdentity => default;
    public static Rational MultiplicativeIdentity => FromInteger(BigInteger.One);

    /// <summary>
    /// p / q normalised: divided by g = sign(q)·gcd(p, q), which makes q &gt; 0 and the pair coprime (gcd(0, q) = |q|,
    /// so zero becomes 0/1); q = 0 is an error.
    /// </summary>
    public static Rational Create(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException("rational: division by zero");
        var g = denominator.Sign * BigInteger.GreatestCommonDivisor(numerator, denominator);
        return new(numerator / g, denominator / g);
    }

    /// <summary>The exact value of an integer.</summary>
    public static Rational FromInteger(BigInteger n) => new(n, BigInteger.One);

    /// <summary>The exact value of a dyadic m·2^e: (m·2^max(e, 0)) / 2^max(−e, 0).</summary>
    public static Rational FromDyadic(Dyadic x) =>
        Create(x.Mantissa << Math.Max(x.Exponent, 0), BigInteger.One << Math.Max(-x.Exponent, 0));

    /// <summary>The exact value of a finite double; NaN and ±∞ are errors.</summary>
    public static Rational FromDouble(double x) => FromDyadic(Dyadic.FromDouble(x));

    /// <summary>a + b; when both denominators are powers of two (every double is such) no gcd is needed.</summary>
    public static Rational operator +(Rational a, Rational b)
    {
        if (a.Numerator.IsZero) return b;
        if (b.Numerator.IsZero) return a;
        var (qa, qb) = (a.Denominator, b.Denominator);
        if (!qa.IsPowerOfTwo || !qb.IsPowerOfTwo)
            return Create(a.Numerator * qb + b.Numerator * qa, qa * qb);
        var (ea, eb) = ((int)qa.GetBitLength() - 1, (int)qb.GetBitLength() - 1);
        var e = Math.Max(ea, eb);
        var sum = (a.Numerator << (e - ea)) + (b.Numerator << (e - eb));
        if (sum.IsZero) return default;
        var shift = (int)Math.Min((long)BigInteger.TrailingZeroCount(sum), e);
        return new Rational(sum >> shift, BigInteger.One << (e - shift));
    }

    public static Rational operator -(Rational a, Rational b) => a + -b;
    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator);

    public static Rational operator *(Rational a, Rational b) =>
        Create(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    /// <summary>a / b; b = 0 throws <see cref="DivideByZeroException"/>.</summary>
    public static Rational operator /(Rational a, Rational b) =>
        Create(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    /// <summary>The sign: −1, 0 or 1.</summary>
    public int Sign => Numerator.Sign;

    /// <summary>|x|.</summary>
    public Rational Abs() => new(BigInteger.Abs(Numerator), Denominator);

    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);
    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;
    public override bool Equals(object? obj) => obj is Rational r && Equals(r);
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);
    public static bool operator ==(Rational a, Rational b) => a.Equals(b);
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    /// <summary>The nearest double (ties to even); ±∞ beyond the largest finite double.</summary>
    public double ToDouble() => Round(53, -1074);

    /// <summary>The nearest float (ties to even), rounded once from the exact value; ±∞ beyond float's range.</summary>
    public float ToSingle() => (float)Round(24, -149);

    /// <summary>
    /// Rounds |p/q| to <paramref name="precision"/> significant bits with quantum at least
    /// 2^<paramref name="minQuantumExponent"/>, ties to even: with quantum 2^k, kept = ⌊|p|/(q·2^k)⌋ and the
    /// remainder decides the rounding against half a quantum.
    /// </summary>
    private double Round(int precision, int minQuantumExponent)
    {
        if (Numerator.IsZero) return 0.0;
        var p = BigInteger.Abs(Numerator);
        var q = Denominator;
        // 2^(lp − lq − 1) < p/q < 2^(lp − lq + 1), so the leading exponent is lp − lq or lp − lq − 1.
        var leading = (long)p.GetBitLength() - (long)q.GetBitLength();
        if (Below(p, q, leading)) leading--;
        // 2^1024 overflows both formats; below 2^(minQuantumExponent − 1), half the smallest quantum, is zero.
        if (leading > 1023) return Numerator.Sign * double.PositiveInfinity;
        if (leading < minQuantumExponent - 1) return Numerator.Sign * 0.0;
        var quantum = (int)Math.Max(leading - precision + 1, minQuantumExponent);
        // num / den = (p/q)·2^−quantum, both shifts left by a non-negative count
        var (num, den) = (p << Math.Max(-quantum, 0), q << Math.Max(quantum, 0));
        var kept = BigInteger.DivRem(num, den, out var remainder);
        var twice = remainder << 1;
        if (twice > den || (twice == den && !kept.IsEven)) kept += 1;
        return Numerator.Sign * Math.ScaleB((double)kept, quantum);
    }

    /// <summary>
    /// p &lt; q·2^e for p ≥ 0 and integer q, as ⌊p·2^−e⌋ &lt; q: a BigInteger shift by a negative count shifts the
    /// other way, so p &lt;&lt; −e is p·2^−e exactly for e ≤ 0 and ⌊p / 2^e⌋ for e &gt; 0, and ⌊x⌋ &lt; q ⇔ x &lt; q.
    /// </summary>
    private static bool Below(BigInteger p, BigInteger q, long e) => p << (int)-e < q;

    /// <summary>"p/q", or "p" when q = 1.</summary>
    public override string ToString() => Denominator.IsOne ? Numerator.ToString() : $"{Numerator}/{Denominator}";
}
