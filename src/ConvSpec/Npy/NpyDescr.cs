using ConvSpec.Protocol;

namespace ConvSpec.Npy;

/// <summary>The byte order of an .npy file's elements.</summary>
public enum NpyByteOrder
{
    /// <summary>'&lt;': least significant byte first.</summary>
    Little,
    /// <summary>'&gt;': most significant byte first.</summary>
    Big,
}

/// <summary>
/// An .npy element type: NumPy's <c>descr</c> string, e.g. <c>'&lt;f8'</c> = byte order, kind, item size.
/// Kinds read: b1 (bool), i1 i2 i4 i8, u1 u2 u4 u8, f2 f4 f8, c8 c16; each maps to one protocol dtype
/// (bools and integers to int64, f2 and f4 to float32, f8 to float64, c8 to complex64, c16 to complex128),
/// every conversion exact. Kinds written: only the five protocol dtypes.
/// </summary>
public readonly record struct NpyDescr(NpyByteOrder Order, char Kind, int ItemSize)
{
    /// <summary>'=': the host's order (Little is 0, Big is 1), read without a branch that only a big-endian host takes.</summary>
    private static NpyByteOrder NativeOrder => (NpyByteOrder)Convert.ToInt32(!BitConverter.IsLittleEndian);

    /// <summary>The protocol dtype this element type reads as.</summary>
    public DType DType => (Kind, ItemSize) switch
    {
        ('f', 2 or 4) => DType.Float32,
        ('f', 8) => DType.Float64,
        ('c', 8) => DType.Complex64,
        ('c', 16) => DType.Complex128,
        _ => DType.Int64,
    };

    /// <summary>The descr text NumPy writes: '|' for one-byte kinds, else '&lt;' or '&gt;'.</summary>
    public override string ToString() =>
        (ItemSize == 1 ? '|' : Order == NpyByteOrder.Little ? '<' : '>') + $"{Kind}{ItemSize}";

    /// <summary>The descr of a protocol dtype in the given byte order.</summary>
    public static NpyDescr Of(DType dtype, NpyByteOrder order) => dtype switch
    {
        DType.Int64 => new(order, 'i', 8),
        DType.Float32 => new(order, 'f', 4),
        DType.Float64 => new(order, 'f', 8),
        DType.Complex64 => new(order, 'c', 8),
        DType.Complex128 => new(order, 'c', 16),
        _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, $"dtype: {dtype} is not a protocol dtype"),
    };

    /// <summary>
    /// Parses a descr string. Malformed text is an <see cref="ArgumentException"/>; a well-formed element
    /// type that has no exact protocol dtype (strings, objects, f16, datetimes, ...) is a
    /// <see cref="NotSupportedException"/>.
    /// </summary>
    public static NpyDescr Parse(string text, string name)
    {
        if (text.Length < 2 || text[0] is not ('<' or '>' or '|' or '='))
            throw new ArgumentException($"{name}: descr must be a byte order, a kind and a size like '<f8' (got '{text}')", name);
        if (!int.TryParse(text.AsSpan(2), System.Globalization.NumberStyles.None, null, out var size))
            size = -1;
        var kind = text[1];
        var order = text[0] switch { '>' => NpyByteOrder.Big, '=' => NativeOrder, _ => NpyByteOrder.Little };
        var supported = (kind, size) switch
        {
            ('b', 1) or ('i', 1 or 2 or 4 or 8) or ('u', 1 or 2 or 4 or 8) => true,
            ('f', 2 or 4 or 8) or ('c', 8 or 16) => true,
            _ => false,
        };
        if (!supported)
            throw new NotSupportedException(
                $"{name}: element type '{text}' is not supported (supported: b1, i1-i8, u1-u8, f2, f4, f8, c8, c16)");
        if (size > 1 && text[0] == '|')
            throw new ArgumentException($"{name}: a {size}-byte element type needs byte order '<' or '>' (got '{text}')", name);
        return new NpyDescr(order, kind, size);
    }
}
