using System.Numerics;

namespace ConvSpec.Arithmetic;

/// <summary>An element type with a complex conjugate z̄ (exact complex types implement it).</summary>
public interface IConjugate<TSelf>
{
    /// <summary>z̄: the same real part, the imaginary part negated.</summary>
    TSelf Conjugate();
}

/// <summary>Complex conjugation over any element type: z̄ for complex types, x itself for real ones.</summary>
public static class Conjugation
{
    /// <summary>x̄ when <typeparamref name="T"/> is complex; x otherwise (a real number is its own conjugate).</summary>
    public static T Of<T>(T x)
    {
        if (typeof(T) == typeof(Complex)) return (T)(object)Complex.Conjugate((Complex)(object)x!);
        if (x is IConjugate<T> z) return z.Conjugate();
        return x;
    }
}
