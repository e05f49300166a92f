using System.Buffers.Binary;
using System.Numerics;
using ConvSpec.Protocol;
using ConvSpec.Shapes;

namespace ConvSpec.Npy;

/// <summary>How <see cref="NpyFile.Write(Stream, TensorValue, NpyWriteOptions?)"/> lays out a file.</summary>
/// <param name="Version">Format version 1, 2 or 3; 0 picks 1 unless the header needs 2.</param>
/// <param name="ByteOrder">Element byte order.</param>
/// <param name="FortranOrder">Column-major data (first axis fastest) instead of row-major.</param>
public sealed record NpyWriteOptions(int Version = 0, NpyByteOrder ByteOrder = NpyByteOrder.Little, bool FortranOrder = false);

/// <summary>
/// NumPy's .npy files to and from protocol tensors. Reading never allocates more than the bytes actually
/// present: the header is bounded (<see cref="NpyHeader.MaxHeaderLength"/>), the element count must fit an
/// array, and the data must be exactly shape × item size bytes — a file that is shorter or longer is an error
/// before the elements are decoded. Errors: <see cref="ArgumentException"/> for a malformed file,
/// <see cref="NotSupportedException"/> for a well-formed element type with no exact protocol dtype.
/// </summary>
public static class NpyFile
{
    /// <summary>Reads the .npy file at <paramref name="path"/>; every error names the path (message and ParamName).</summary>
    public static TensorValue ReadFile(string path)
    {
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ArgumentException($"{path}: cannot open ({e.Message})", path, e);
        }
        using (stream) return Read(stream, path);
    }

    /// <summary>Reads and validates only the header of an .npy stream, leaving the stream at the data.</summary>
    public static NpyHeader ReadHeader(Stream stream, string name = "npy") => NpyHeaderParser.Read(stream, name);

    /// <summary>Reads one .npy array from <paramref name="stream"/>; <paramref name="name"/> names it in errors.</summary>
    public static TensorValue Read(Stream stream, string name = "npy")
    {
        var header = NpyHeaderParser.Read(stream, name);
        var count = IndexSpace.ElementCount(header.Shape, name); // never refuses: the parser checked this count
        var size = (long)count * header.Descr.ItemSize;
        if (stream.CanSeek && stream.Length - stream.Position != size)
            throw new ArgumentException(
                $"{name}: data must be {size} bytes for shape {ShapeText.Of(header.Shape)} of '{header.Descr}' (got {stream.Length - stream.Position})", name);
        if (size > Array.MaxLength)
            throw new ArgumentException($"{name}: data of {size} bytes is too large to read", name);
        var bytes = ReadData(stream, (int)size, name);
        if (!stream.CanSeek && stream.ReadByte() >= 0)
            throw new ArgumentException($"{name}: data is longer than the {size} bytes shape {ShapeText.Of(header.Shape)} needs", name);
        return NpyData.Decode(bytes, header, count, name);
    }

    /// <summary>Reads <paramref name="size"/> bytes in chunks, so a lying length never allocates more than is present.</summary>
    private static byte[] ReadData(Stream stream, int size, string name)
    {
        const int chunk = 1 << 20;
        if (size <= chunk || stream.CanSeek)
        {
            var whole = new byte[size];
            NpyHeaderParser.ReadExactly(stream, whole, name, "the data");
            return whole;
        }
        using var buffer = new MemoryStream();
        var piece = new byte[chunk];
        while (buffer.Length < size)
        {
            var n = stream.Read(piece, 0, (int)Math.Min(chunk, size - buffer.Length));
            if (n == 0)
                throw new ArgumentException($"{name}: file ends inside the data (read {buffer.Length} of {size} bytes)", name);
            buffer.Write(piece, 0, n);
        }
        return buffer.ToArray();
    }

    /// <summary>Writes <paramref name="tensor"/> as an .npy file at <paramref name="path"/>.</summary>
    public static void WriteFile(string path, TensorValue tensor, NpyWriteOptions? options = null)
    {
        using var stream = File.Create(path);
        Write(stream, tensor, options);
    }

    /// <summary>Writes <paramref name="tensor"/> in the .npy format.</summary>
    public static void Write(Stream stream, TensorValue tensor, NpyWriteOptions? options = null)
    {
        options ??= new NpyWriteOptions();
        var header = new NpyHeader(NpyDescr.Of(tensor.DType, options.ByteOrder), options.FortranOrder, tensor.Shape);
        stream.Write(header.Encode(options.Version));
        stream.Write(NpyData.Encode(tensor, header));
    }

    /// <summary>The bytes of <paramref name="tensor"/> as an .npy file.</summary>
    public static byte[] ToBytes(TensorValue tensor, NpyWriteOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(stream, tensor, options);
        return stream.ToArray();
    }
}
