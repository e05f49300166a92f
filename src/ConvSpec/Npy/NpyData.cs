using System.Buffers.Binary;
using System.Numerics;
using ConvSpec.Protocol;
using ConvSpec.Shapes;

namespace ConvSpec.Npy;

/// <summary>
/// The data block of an .npy file: count × item size bytes in the header's byte order, row-major
/// (C order: last axis fastest) or column-major (Fortran order: first axis fastest).
/// </summary>
internal static class NpyData
{
    /// <summary>Decodes the elements into a protocol tensor (row-major).</summary>
    public static TensorValue Decode(byte[] bytes, NpyHeader header, int count, string name)
    {
        var d = header.Descr;
        var big = d.Order == NpyByteOrder.Big;
        var order = header.FortranOrder ? FortranToC(header.Shape, count) : null;
        var shape = header.Shape;
        switch (d.DType)
        {
            case DType.Int64:
                return TensorValue.Int64(shape, Fill(count, order, d.ItemSize, at => Integer(bytes.AsSpan(at, d.ItemSize), d, big, name)));
            case DType.Float32 when d.ItemSize == 2:
                return TensorValue.Real(DType.Float32, shape, Fill(count, order, d.ItemSize, at => (double)Half16(bytes.AsSpan(at), big)));
            case DType.Float32:
                return TensorValue.Real(DType.Float32, shape, Fill(count, order, d.ItemSize, at => (double)Single(bytes.AsSpan(at), big)));
            case DType.Float64:
                return TensorValue.Real(DType.Float64, shape, Fill(count, order, d.ItemSize, at => Double(bytes.AsSpan(at), big)));
            case DType.Complex64:
                return TensorValue.Complex(DType.Complex64, shape,
                    Fill(count, order, d.ItemSize, at => new Complex(Single(bytes.AsSpan(at), big), Single(bytes.AsSpan(at + 4), big))));
            default:
                return TensorValue.Complex(DType.Complex128, shape,
                    Fill(count, order, d.ItemSize, at => new Complex(Double(bytes.AsSpan(at), big), Double(bytes.AsSpan(at + 8), big))));
        }
    }

    /// <summary>The data bytes of <paramref name="tensor"/> laid out as <paramref name="header"/> says.</summary>
    public static byte[] Encode(TensorValue tensor, NpyHeader header)
    {
        var d = header.Descr;
        var big = d.Order == NpyByteOrder.Big;
        var bytes = new byte[(long)tensor.Length * d.ItemSize];
        var order = header.FortranOrder ? FortranToC(header.Shape, tensor.Length) : null;
        for (var i = 0; i < tensor.Length; i++)
        {
            var at = bytes.AsSpan(i * d.ItemSize);
            var source = order is null ? i : order[i];
            switch (tensor.Data)
            {
                case long[] l: Put(at, l[source], big); break;
                case double[] r when d.ItemSize == 4: Put(at, (float)r[source], big); break;
                case double[] r: Put(at, r[source], big); break;
                case Complex[] c when d.ItemSize == 8:
                    Put(at, (float)c[source].Real, big);
                    Put(at[4..], (float)c[source].Imaginary, big);
                    break;
                case Complex[] c:
                    Put(at, c[source].Real, big);
                    Put(at[8..], c[source].Imaginary, big);
                    break;
            }
        }
        return bytes;
    }

    /// <summary>
    /// For each position p of the Fortran-order data, the row-major index of the element stored there:
    /// p = Σ_d i_d · Π_{e&lt;d} n_e and row-major index = Σ_d i_d · Π_{e&gt;d} n_e; <paramref name="count"/> = Π_d n_d,
    /// already validated by the caller.
    /// </summary>
    private static int[] FortranToC(int[] shape, int count)
    {
        var map = new int[count];
        var strides = IndexSpace.RowMajorStrides(shape);
        var index = new int[shape.Length];
        for (var p = 0; p < count; p++)
        {
            map[p] = IndexSpace.Offset(index, strides);
            for (var d = 0; d < shape.Length && ++index[d] == shape[d]; d++) index[d] = 0;
        }
        return map;
    }

    /// <summary>
    /// The row-major elements: the element stored at byte offset p · itemSize goes to index p (C order) or to
    /// <paramref name="order"/>[p] (Fortran order).
    /// </summary>
    private static T[] Fill<T>(int count, int[]? order, int itemSize, Func<int, T> elementAt)
    {
        var data = new T[count];
        for (var p = 0; p < count; p++) data[order is null ? p : order[p]] = elementAt(p * itemSize);
        return data;
    }

    private static long Integer(ReadOnlySpan<byte> b, NpyDescr d, bool big, string name) => (d.Kind, d.ItemSize) switch
    {
        ('b', _) => b[0] switch { 0 => 0, 1 => 1, _ => throw new ArgumentException($"{name}: bool elements must be 0 or 1 (got {b[0]})", name) },
        ('i', 1) => (sbyte)b[0],
        ('u', 1) => b[0],
        ('i', 2) => big ? BinaryPrimitives.ReadInt16BigEndian(b) : BinaryPrimitives.ReadInt16LittleEndian(b),
        ('u', 2) => big ? BinaryPrimitives.ReadUInt16BigEndian(b) : BinaryPrimitives.ReadUInt16LittleEndian(b),
        ('i', 4) => big ? BinaryPrimitives.ReadInt32BigEndian(b) : BinaryPrimitives.ReadInt32LittleEndian(b),
        ('u', 4) => big ? BinaryPrimitives.ReadUInt32BigEndian(b) : BinaryPrimitives.ReadUInt32LittleEndian(b),
        ('i', _) => big ? BinaryPrimitives.ReadInt64BigEndian(b) : BinaryPrimitives.ReadInt64LittleEndian(b),
        _ => UInt64(big ? BinaryPrimitives.ReadUInt64BigEndian(b) : BinaryPrimitives.ReadUInt64LittleEndian(b), name),
    };

    private static long UInt64(ulong v, string name) =>
        v <= long.MaxValue ? (long)v : throw new OverflowException($"{name}: uint64 element {v} does not fit in int64");

    private static Half Half16(ReadOnlySpan<byte> b, bool big) =>
        big ? BinaryPrimitives.ReadHalfBigEndian(b) : BinaryPrimitives.ReadHalfLittleEndian(b);

    private static float Single(ReadOnlySpan<byte> b, bool big) =>
        big ? BinaryPrimitives.ReadSingleBigEndian(b) : BinaryPrimitives.ReadSingleLittleEndian(b);

    private static double Double(ReadOnlySpan<byte> b, bool big) =>
        big ? BinaryPrimitives.ReadDoubleBigEndian(b) : BinaryPrimitives.ReadDoubleLittleEndian(b);

    private static void Put(Span<byte> at, long v, bool big)
    {
        if (big) BinaryPrimitives.WriteInt64BigEndian(at, v); else BinaryPrimitives.WriteInt64LittleEndian(at, v);
    }

    private static void Put(Span<byte> at, float v, bool big)
    {
        if (big) BinaryPrimitives.WriteSingleBigEndian(at, v); else BinaryPrimitives.WriteSingleLittleEndian(at, v);
    }

    private static void Put(Span<byte> at, double v, bool big)
    {
        if (big) BinaryPrimitives.WriteDoubleBigEndian(at, v); else BinaryPrimitives.WriteDoubleLittleEndian(at, v);
    }
}
