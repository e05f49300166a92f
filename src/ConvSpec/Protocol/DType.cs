namespace ConvSpec.Protocol;

/// <summary>The five element types of the wire protocol, with NumPy's names.</summary>
public enum DType
{
    /// <summary>64-bit signed integer; arithmetic on it is exact, overflow is an error.</summary>
    Int64,
    /// <summary>IEEE binary32.</summary>
    Float32,
    /// <summary>IEEE binary64.</summary>
    Float64,
    /// <summary>A pair of binary32.</summary>
    Complex64,
    /// <summary>A pair of binary64.</summary>
    Complex128,
}

/// <summary>Names and promotion of <see cref="DType"/>.</summary>
public static class DTypes
{
    /// <summary>"int64", "float32", ... to the dtype; anything else is an error naming <paramref name="name"/>.</summary>
    public static DType Parse(string? text, string name = "dtype") => text switch
    {
        "int64" => DType.Int64,
        "float32" => DType.Float32,
        "float64" => DType.Float64,
        "complex64" => DType.Complex64,
        "complex128" => DType.Complex128,
        _ => throw new ArgumentException(
            $"{name}: must be one of int64, float32, float64, complex64, complex128 (got {text ?? "null"})", name),
    };

    /// <summary>The NumPy name.</summary>
    public static string Name(this DType dtype) => dtype.ToString().ToLowerInvariant();

    /// <summary>True for complex64 and complex128.</summary>
    public static bool IsComplex(this DType dtype) => dtype is DType.Complex64 or DType.Complex128;

    /// <summary>
    /// NumPy's promotion restricted to these types: int64 with int64 is int64; float32 with float32 is float32;
    /// any other real mix is float64; complex64 with complex64 or float32 is complex64; any other complex mix is
    /// complex128.
    /// </summary>
    public static DType Promote(DType a, DType b)
    {
        if (a == b) return a;
        if (a.IsComplex() || b.IsComplex())
        {
            // a != b here, so complex64 meets float32, int64, float64 or complex128.
            var other = a.IsComplex() ? b : a;
            var complex = a.IsComplex() ? a : b;
            return complex == DType.Complex64 && other == DType.Float32
                ? DType.Complex64 : DType.Complex128;
        }
        return DType.Float64;
    }

    /// <summary>The promotion of every dtype in <paramref name="dtypes"/>.</summary>
    public static DType Promote(params DType[] dtypes) => dtypes.Aggregate(Promote);
}
