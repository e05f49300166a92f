using System.Text;
using ConvSpec.Npy;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Npy;

/// <summary>
/// Big-endian and native-order element kinds decode to their values (bytes written out by hand from the
/// two's-complement and IEEE half encodings); pipes (streams that cannot seek) are read to the byte; header
/// versions are checked.
/// </summary>
public class NpyByteOrderAndStreamExamples
{
    private static byte[] File(string descr, string shape, byte[] data, string fortran = "False") =>
        RawNpyBytes.Framed($"{{'descr': '{descr}', 'fortran_order': {fortran}, 'shape': {shape}, }}", data);

    private static TensorValue Read(byte[] file, bool seekable = true) =>
        NpyFile.Read(seekable ? new MemoryStream(file) : new ForwardOnlyStream(file), "x.npy");

    [Theory]
    [InlineData(">i2", new byte[] { 0xFF, 0xFE }, -2L)]
    [InlineData(">u2", new byte[] { 0xFF, 0xFE }, 65534L)]
    [InlineData(">i4", new byte[] { 0xFF, 0xFF, 0xFF, 0xFE }, -2L)]
    [InlineData(">u4", new byte[] { 0xFF, 0xFF, 0xFF, 0xFE }, 4294967294L)]
    [InlineData(">i8", new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE }, -2L)]
    [InlineData(">u8", new byte[] { 0, 0, 0, 0, 0, 0, 0, 5 }, 5L)]
    [InlineData("<u8", new byte[] { 5, 0, 0, 0, 0, 0, 0, 0 }, 5L)]
    [InlineData("=i2", new byte[] { 0xFE, 0xFF }, -2L)]
    [InlineData("<i2", new byte[] { 0xFE, 0xFF }, -2L)]
    [InlineData("<u2", new byte[] { 0xFE, 0xFF }, 65534L)]
    [InlineData("<i4", new byte[] { 0xFE, 0xFF, 0xFF, 0xFF }, -2L)]
    [InlineData("<u4", new byte[] { 0xFE, 0xFF, 0xFF, 0xFF }, 4294967294L)]
    [InlineData("|u1", new byte[] { 0xFE }, 254L)]
    [InlineData("|i1", new byte[] { 0xFE }, -2L)]
    public void Integer_kinds_in_either_byte_order_decode_to_their_value(string descr, byte[] data, long value)
    {
        var t = Read(File(descr, "(1,)", data));
        Assert.Equal(DType.Int64, t.DType);
        Assert.Equal([value], (long[])t.Data);
    }

    [Fact] // IEEE half 1.0 is 0x3C00, -2.0 is 0xC000
    public void Big_endian_half_floats_decode_as_float32()
    {
        var t = Read(File(">f2", "(2,)", [0x3C, 0x00, 0xC0, 0x00]));
        Assert.Equal(DType.Float32, t.DType);
        Assert.Equal([1.0, -2.0], (double[])t.Data);
    }

    [Fact]
    public void Big_endian_descr_prints_with_a_greater_than_sign()
    {
        Assert.Equal(">f8", NpyDescr.Of(DType.Float64, NpyByteOrder.Big).ToString());
        Assert.Equal("<c8", NpyDescr.Of(DType.Complex64, NpyByteOrder.Little).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => NpyDescr.Of((DType)99, NpyByteOrder.Little));
        Assert.Equal("|u1", new NpyDescr(NpyByteOrder.Big, 'u', 1).ToString());
        Assert.Throws<ArgumentException>(() => NpyDescr.Parse("<", "descr"));
    }

    [Fact]
    public void A_pipe_with_a_byte_past_the_data_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => Read(File("<f8", "(1,)", new byte[9]), seekable: false));
        Assert.Contains("longer", e.Message);
    }

    [Fact]
    public void A_pipe_with_more_than_a_megabyte_of_data_reads_in_chunks()
    {
        var values = Enumerable.Range(0, 200_000).Select(i => (double)i).ToArray();
        var bytes = NpyFile.ToBytes(TensorValue.Real(DType.Float64, [values.Length], values));
        Assert.Equal(values, (double[])Read(bytes, seekable: false).Data);
        var cut = bytes[..^8];
        Assert.Contains("ends inside the data", Assert.Throws<ArgumentException>(() => Read(cut, seekable: false)).Message);
    }

    [Fact]
    public void Header_versions_outside_1_to_3_are_rejected_and_a_huge_header_needs_version_2()
    {
        var header = new NpyHeader(NpyDescr.Of(DType.Float64, NpyByteOrder.Little), false, [1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => header.Encode(4));
        Assert.Equal(1, header.Encode()[6]);
        Assert.Equal(3, header.Encode(3)[6]);
        var huge = new NpyHeader(NpyDescr.Of(DType.Float64, NpyByteOrder.Little), false, Enumerable.Repeat(1, 30_000).ToArray());
        Assert.Equal(2, huge.Encode()[6]);
        Assert.Equal("version", Assert.Throws<ArgumentException>(() => huge.Encode(1)).ParamName);
    }

    [Theory]
    [InlineData("(" + "1, " + "1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)", "64 axes")]
    [InlineData("(-,)", "integers")]
    [InlineData("(a,)", "integers")]
    public void Malformed_extents_are_rejected_with_the_rule(string shape, string rule)
    {
        var e = Assert.Throws<ArgumentException>(() => Read(File("<f8", shape, new byte[8])));
        Assert.Contains(rule, e.Message);
    }

    [Fact]
    public void Double_quoted_header_strings_are_read_and_other_quotes_rejected()
    {
        var file = File("<f8", "(1,)", new byte[8]);
        var text = Encoding.Latin1.GetString(file).Replace("'descr'", "\"descr\"");
        Assert.Equal(DType.Float64, Read(Encoding.Latin1.GetBytes(text)).DType);
        var bad = Encoding.Latin1.GetString(file).Replace("'descr'", "`descr`");
        Assert.Contains("quoted string", Assert.Throws<ArgumentException>(() => Read(Encoding.Latin1.GetBytes(bad))).Message);
    }
}
