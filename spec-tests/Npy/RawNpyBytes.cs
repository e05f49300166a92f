using System.Buffers.Binary;
using System.Text;
using ConvSpec.Npy;

namespace ConvSpec.SpecTests.Npy;

/// <summary>
/// Hand-built .npy prefixes: magic | major 0 | header length (uint16 LE in v1, uint32 LE in v2/v3) | the bytes
/// that follow, with the length field free to disagree with them.
/// </summary>
internal static class RawNpyBytes
{
    /// <summary>The file: prefix of version <paramref name="major"/> claiming <paramref name="length"/>, then <paramref name="rest"/>.</summary>
    public static byte[] File(int major, long length, byte[] rest)
    {
        var prefix = major == 1 ? 10 : 12;
        var bytes = new byte[prefix + rest.Length];
        NpyHeader.Magic.CopyTo(bytes);
        bytes[6] = (byte)major;
        if (major == 1) BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), (ushort)length);
        else BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8), (uint)length);
        rest.CopyTo(bytes, prefix);
        return bytes;
    }

    /// <summary>A file whose header is exactly <paramref name="header"/> and whose length field says so.</summary>
    public static byte[] File(int major, byte[] header) => File(major, header.Length, header);

    /// <summary>
    /// A well-framed file as NumPy pads it: the header text, spaces and '\n' up to the next multiple of 64 after the
    /// prefix (a full 64 when already aligned), the length field saying so, then <paramref name="data"/>.
    /// </summary>
    public static byte[] Framed(string header, byte[]? data = null, int major = 1)
    {
        var prefix = major == 1 ? 10 : 12;
        var body = Encoding.Latin1.GetBytes(header);
        var length = body.Length + (64 - (prefix + body.Length + 1) % 64) + 1;
        var rest = new byte[length + (data?.Length ?? 0)];
        body.CopyTo(rest, 0);
        rest.AsSpan(body.Length, length - body.Length - 1).Fill((byte)' ');
        rest[length - 1] = (byte)'\n';
        data?.CopyTo(rest, length);
        return File(major, length, rest);
    }
}
