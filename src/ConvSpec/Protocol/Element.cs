using System.Numerics;
using ConvSpec.Arithmetic;

namespace ConvSpec.Protocol;

/// <summary>The element types the protocol computes in, and conversions of a wire scalar into each.</summary>
public static class Element
{
    /// <summary>
    /// The value <paramref name="value"/> (a long, double or Complex) as a <typeparamref name="T"/>, one of
    /// Int128, Dyadic, double or Complex. Non-integral values into Int128 and complex into a real type are errors
    /// naming <paramref name="name"/>.
    /// </summary>
    public static T From<T>(object value, string name)
    {
        object converted = (typeof(T).Name, value) switch
        {
            (nameof(Int128), long l) => (Int128)l,
            (nameof(Int128), double d) when Math.Floor(d) == d && d >= -9223372036854775808.0 && d < 9223372036854775808.0 => (Int128)(long)d,
            (nameof(Dyadic), long l) => Dyadic.FromInteger(l),
            (nameof(Dyadic), double d) when double.IsFinite(d) => Dyadic.FromDouble(d),
            (nameof(Double), long l) => (double)l,
            (nameof(Double), double d) => d,
            (nameof(Complex), long l) => new Complex(l, 0),
            (nameof(Complex), double d) => new Complex(d, 0),
            (nameof(Complex), Complex z) => z,
            _ => throw new ArgumentException($"{name}: {value} cannot be used with {typeof(T).Name} elements", name),
        };
        return (T)converted;
    }
}
