using System.Buffers.Binary;
using ConvSpec.Npy;

namespace ConvSpec.SpecTests.Npy;

/// <summary>
/// Malformed and hostile .npy files are errors naming the rule, raised before any allocation sized by the
/// file's claims: each read below must allocate less than <see cref="AllocationBudget"/> bytes although the
/// headers claim gigabytes.
/// </summary>
public class NpyHostileInput
{
    /// <summary>Far below every claimed size below (≥ 800 MB), far above a legitimate header's needs.</summary>
    private const long AllocationBudget = 8 << 20;

    /// <summary>A file with version <paramref name="major"/>, the given header text (padded to 64) and data.</summary>
    private static byte[] File(string header, byte[]? data = null, int major = 1) => RawNpyBytes.Framed(header, data, major);

    private static string Dict(string descr, string shape, string fortran = "False") =>
        $"{{'descr': '{descr}', 'fortran_order': {fortran}, 'shape': {shape}, }}";

    private static TException Rejects<TException>(byte[] file, bool seekable = true) where TException : Exception
    {
        Stream stream = seekable ? new MemoryStream(file) : new ForwardOnlyStream(file);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.ThrowsAny<TException>(() => NpyFile.Read(stream, "x.npy"));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < AllocationBudget, "allocated more than the budget");
        Assert.StartsWith("x.npy", e.Message);
        return e;
    }

    [Fact]
    public void A_file_that_does_not_start_with_the_magic_is_rejected() =>
        Rejects<ArgumentException>("PK\x03\x04 not numpy at all"u8.ToArray());

    [Fact]
    public void An_unknown_format_version_is_unsupported()
    {
        var file = File(Dict("<f8", "(1,)"), new byte[8]);
        file[6] = 4;
        Rejects<NotSupportedException>(file);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_header_length_longer_than_the_file_is_rejected(bool seekable)
    {
        var file = File(Dict("<f8", "(1,)"), new byte[8], major: 2);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(8), 60000);
        Rejects<ArgumentException>(file, seekable);
    }

    [Fact]
    public void A_header_length_of_4_GB_is_rejected_without_reading_it()
    {
        var file = File(Dict("<f8", "(1,)"), new byte[8], major: 2);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(8), uint.MaxValue);
        Assert.Contains("exceeds the limit", Rejects<ArgumentException>(file, seekable: false).Message);
    }

    [Fact]
    public void A_header_length_shorter_than_the_dict_is_rejected()
    {
        var file = File(Dict("<f8", "(1,)"), new byte[8]);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(8), 20);
        Rejects<ArgumentException>(file);
    }

    [Theory]
    [InlineData("(-1,)")]
    [InlineData("(3, -2)")]
    [InlineData("(2147483648,)")]
    [InlineData("(99999999999999999999999,)")]
    [InlineData("(100000, 100000, 100000)")]
    [InlineData("(1.5,)")]
    [InlineData("[2, 3]")]
    [InlineData("(2 3)")]
    public void Absurd_or_malformed_shapes_are_rejected(string shape) =>
        Rejects<ArgumentException>(File(Dict("<f8", shape), new byte[8]));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_shape_claiming_800_MB_with_8_bytes_of_data_is_rejected(bool seekable) =>
        Assert.Contains("data", Rejects<ArgumentException>(File(Dict("<f8", "(100000000,)"), new byte[8]), seekable).Message);

    [Fact]
    public void A_shape_claiming_more_bytes_than_an_array_holds_is_rejected() =>
        Rejects<ArgumentException>(File(Dict("<c16", "(2000000000,)"), new byte[16]), seekable: false);

    [Theory]
    [InlineData("{'descr': '<f8', 'fortran_order': False}")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), 'extra': 1}")]
    [InlineData("{'descr': '<f8', 'fortran_order': Maybe, 'shape': (1,)}")]
    [InlineData("{'descr': '<f8, 'fortran_order': False, 'shape': (1,)}")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (1,)} trailing")]
    [InlineData("__import__('os').system('true')")]
    [InlineData("{'descr': 'f8', 'fortran_order': False, 'shape': (1,)}")]
    [InlineData("{'descr': '|f8', 'fortran_order': False, 'shape': (1,)}")]
    [InlineData("")]
    public void Malformed_header_dicts_are_rejected(string header) =>
        Rejects<ArgumentException>(File(header, new byte[8]));

    [Theory]
    [InlineData("<U2")]
    [InlineData("<f3")]
    [InlineData("<M8[D]")]
    [InlineData("|O")]
    [InlineData("<f16")]
    public void Element_types_without_a_protocol_dtype_are_unsupported(string descr) =>
        Rejects<NotSupportedException>(File(Dict(descr, "(1,)"), new byte[8]));

    [Fact]
    public void A_bool_byte_other_than_0_or_1_is_rejected() =>
        Rejects<ArgumentException>(File(Dict("|b1", "(2,)"), [1, 2]));

    [Fact]
    public void A_uint64_above_int64_max_is_an_overflow() =>
        Rejects<OverflowException>(File(Dict("<u8", "(1,)"), [0, 0, 0, 0, 0, 0, 0, 0x80]));
}
