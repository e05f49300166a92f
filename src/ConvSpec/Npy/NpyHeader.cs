using System.Text;

namespace ConvSpec.Npy;

/// <summary>
/// The header of an .npy file (NumPy's format.py, versions 1.0, 2.0 and 3.0):
/// <code>
/// "\x93NUMPY" major minor | header length (uint16 LE in v1, uint32 LE in v2/v3) | header | data
/// </code>
/// The header is a Python dict literal {'descr': '&lt;f8', 'fortran_order': False, 'shape': (2, 3), }
/// (latin-1 in v1/v2, UTF-8 in v3), padded with spaces and ended by '\n' so that the data starts at a
/// multiple of 64 bytes.
/// </summary>
public sealed record NpyHeader(NpyDescr Descr, bool FortranOrder, int[] Shape)
{
    /// <summary>The six magic bytes every .npy file starts with.</summary>
    public static ReadOnlySpan<byte> Magic => [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    /// <summary>Data alignment NumPy writes (format.ARRAY_ALIGN).</summary>
    public const int Alignment = 64;

    /// <summary>The longest header accepted; NumPy writes a few hundred bytes for any real array.</summary>
    public const int MaxHeaderLength = 1 << 16;

    /// <summary>
    /// The dict literal NumPy 1.24 writes: keys sorted, then spare spaces for the growth axis
    /// (21 − digits of its extent) so the file can grow in place.
    /// </summary>
    public string DictText()
    {
        var shape = Shape.Length switch
        {
            0 => "()",
            1 => $"({Shape[0]},)",
            _ => "(" + string.Join(", ", Shape) + ")",
        };
        var text = $"{{'descr': '{Descr}', 'fortran_order': {(FortranOrder ? "True" : "False")}, 'shape': {shape}, }}";
        var growthAxis = Shape.Length == 0 ? -1 : FortranOrder ? Shape.Length - 1 : 0;
        return growthAxis < 0 ? text : text + new string(' ', 21 - Shape[growthAxis].ToString().Length);
    }

    /// <summary>
    /// The longest header format 1.0 carries: its length field is 16 bits (≤ 65535) and 10 + length is a
    /// multiple of 64, so the largest file prefix is 65536 = 1024·64 and the length 65536 − 10 = 65526.
    /// </summary>
    public const int MaxVersion1Length = ushort.MaxValue + 1 - 10;

    /// <summary>
    /// Header bytes after a <paramref name="prefix"/>-byte prefix: the dict, spaces, '\n', padded so that
    /// prefix + length is the next multiple of 64 above prefix + body + 1 (NumPy pads a full 64 when aligned).
    /// </summary>
    private static int PaddedLength(int prefix, int body) => body + 1 + Alignment - (prefix + body + 1) % Alignment;

    /// <summary>
    /// The complete header bytes (magic, version, length, padded dict) in format <paramref name="version"/>
    /// (1, 2 or 3); version 0 picks 1 when the header fits its 16-bit length (<see cref="MaxVersion1Length"/>), else 2.
    /// </summary>
    public byte[] Encode(int version = 0)
    {
        var dict = DictText();
        if (version == 0) version = PaddedLength(10, Encoding.Latin1.GetByteCount(dict)) <= MaxVersion1Length ? 1 : 2;
        if (version is < 1 or > 3)
            throw new ArgumentOutOfRangeException(nameof(version), version, $"version: must be 1, 2 or 3 (got {version})");
        var prefix = version == 1 ? 10 : 12;
        var encoding = version == 3 ? Encoding.UTF8 : Encoding.Latin1;
        var body = encoding.GetBytes(dict);
        var length = PaddedLength(prefix, body.Length);
        if (version == 1 && length > MaxVersion1Length)
            throw new ArgumentException($"version: a {length}-byte header does not fit format 1.0 (use 2)", nameof(version));
        var bytes = new byte[prefix + length];
        Magic.CopyTo(bytes);
        bytes[6] = (byte)version;
        bytes[7] = 0;
        if (version == 1) System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), (ushort)length);
        else System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8), (uint)length);
        body.CopyTo(bytes, prefix);
        bytes.AsSpan(prefix + body.Length, length - body.Length - 1).Fill((byte)' ');
        bytes[^1] = (byte)'\n';
        return bytes;
    }
}
