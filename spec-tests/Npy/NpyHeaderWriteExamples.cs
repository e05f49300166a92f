using System.Buffers.Binary;
using System.Text;
using ConvSpec.Npy;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Npy;

/// <summary>
/// The header NumPy 1.24 writes (numpy/lib/format.py): the dict, then 21 − digits spaces for the growth axis
/// (the first in C order, the last in Fortran order, none for a scalar), then padding to 64; format 1.0 while
/// the length fits its 16-bit field (at most 65526 bytes, so that 10 + length = 65536), else 2.0; the dict is
/// Latin-1 in 1.0 and 2.0, UTF-8 in 3.0.
/// </summary>
public class NpyHeaderWriteExamples
{
    private static readonly NpyDescr F8 = new(NpyByteOrder.Little, 'f', 8);

    private static string Spaces(int n) => new(' ', n);

    [Theory]
    [InlineData(false, new[] { 2, 345 }, "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 345), }", 20)]
    [InlineData(true, new[] { 2, 345 }, "{'descr': '<f8', 'fortran_order': True, 'shape': (2, 345), }", 18)]
    [InlineData(false, new[] { 12345 }, "{'descr': '<f8', 'fortran_order': False, 'shape': (12345,), }", 16)]
    [InlineData(true, new int[0], "{'descr': '<f8', 'fortran_order': True, 'shape': (), }", 0)]
    public void The_dict_ends_with_21_minus_the_growth_axis_digits_spaces(bool fortran, int[] shape, string dict, int spaces) =>
        Assert.Equal(dict + Spaces(spaces), new NpyHeader(F8, fortran, shape).DictText());

    /// <summary>A C-order '&lt;f8' header of axes 1, …, 1, 10^j whose dict is exactly <paramref name="length"/> characters.</summary>
    private static NpyHeader WithDictLength(int length)
    {
        var two = new NpyHeader(F8, false, [1, 1]).DictText().Length; // each further ", 1" adds 3
        var shape = Enumerable.Repeat(1, 2 + (length - two) / 3).ToArray();
        shape[^1] = ((length - two) % 3) switch { 0 => 1, 1 => 10, _ => 100 };
        var header = new NpyHeader(F8, false, shape);
        Assert.Equal(length, header.DictText().Length);
        return header;
    }

    /// <summary>10 + 65524 + 1 = 65535 pads by 1 to 65536: the length 65526 is format 1.0's longest.</summary>
    [Fact]
    public void A_65524_character_dict_is_written_as_format_1_in_65536_bytes()
    {
        var header = WithDictLength(65524);
        foreach (var bytes in new[] { header.Encode(), header.Encode(1) })
        {
            Assert.Equal(1, bytes[6]);
            Assert.Equal(65536, bytes.Length);
            Assert.Equal(65526, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8)));
        }
    }

    /// <summary>10 + 65525 + 1 = 65536 pads by a full 64: 65590 bytes exceed 16 bits, so format 2.0 (12 + 65588 = 65600).</summary>
    [Fact]
    public void A_65525_character_dict_is_written_as_format_2_with_a_32_bit_length_of_65588()
    {
        var header = WithDictLength(65525);
        var bytes = header.Encode();
        Assert.Equal(2, bytes[6]);
        Assert.Equal(65600, bytes.Length);
        Assert.Equal(65588u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8)));
        ArgumentCase.Rule(() => header.Encode(1), "version", "a 65590-byte header does not fit format 1.0 (use 2)").Refuses();
    }

    [Fact]
    public void Format_version_4_is_refused_by_name() =>
        ArgumentCase.Range(() => new NpyHeader(F8, false, [1]).Encode(4), "version", "must be 1, 2 or 3 (got 4)").Refuses();

    /// <summary>'é' (U+00E9) is one byte 0xE9 in Latin-1 and two, 0xC3 0xA9, in UTF-8.</summary>
    [Theory]
    [InlineData(1, 10, "latin1")]
    [InlineData(2, 12, "latin1")]
    [InlineData(3, 12, "utf-8")]
    public void The_dict_is_Latin_1_in_formats_1_and_2_and_UTF_8_in_format_3(int version, int prefix, string encoding)
    {
        var bytes = new NpyHeader(new NpyDescr(NpyByteOrder.Little, 'é', 8), false, [1]).Encode(version);
        Assert.StartsWith("{'descr': '<é8',", Encoding.GetEncoding(encoding).GetString(bytes, prefix, bytes.Length - prefix));
    }
}
