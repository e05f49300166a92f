using ConvSpec.Npy;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Npy;

/// <summary>
/// The data block must be exactly count × item size bytes, count ≤ Array.MaxLength = 2147483591: each refusal
/// names the file and states both byte counts. A pipe's data up to one chunk (1 MiB = 1048576 bytes) is read
/// into one array of the claimed size; longer data is read chunk by chunk, never past its end.
/// </summary>
public class NpyFileSizeExamples
{
    private const string Name = "x.npy";

    private static byte[] Header(char kind, int itemSize, params int[] shape) =>
        new NpyHeader(new NpyDescr(NpyByteOrder.Little, kind, itemSize), false, shape).Encode();

    /// <summary>The header of an unsigned-byte vector of <paramref name="count"/> elements, then <paramref name="data"/> bytes.</summary>
    private static byte[] ByteVector(int count, int data) => [.. Header('u', 1, count), .. new byte[data]];

    private static object Read(Stream stream) => NpyFile.Read(stream, Name);

    [Fact]
    public void A_shape_of_100000_by_100000_elements_is_refused_naming_the_shape() =>
        ArgumentCase.Rule(() => Read(new MemoryStream(Header('f', 8, 100000, 100000))), "x.npy shape",
            "shape 100000x100000 has more than 2147483591 elements").Refuses();

    [Fact]
    public void Three_bytes_of_data_for_a_shape_needing_16_are_refused_with_both_counts() =>
        ArgumentCase.Rule(() => Read(new MemoryStream([.. Header('f', 8, 2), 1, 2, 3])), Name,
            "data must be 16 bytes for shape 2 of '<f8' (got 3)").Refuses();

    [Fact]
    public void A_claim_of_4294967182_bytes_is_too_large_to_read()
    {
        var header = Header('u', 2, 2147483591);
        ArgumentCase.Rule(() => Read(new ClaimedLengthStream(header, header.Length + 4294967182L, canSeek: true)), Name,
            "data of 4294967182 bytes is too large to read").Refuses();
    }

    /// <summary>Exactly Array.MaxLength bytes is not too large: the pipe is read until it ends.</summary>
    [Fact]
    public void A_pipe_claiming_exactly_2147483591_bytes_is_read_until_it_ends() =>
        ArgumentCase.Rule(() => Read(ClaimedLengthStream.Pipe(ByteVector(2147483591, 0))), Name,
            "file ends inside the data (read 0 of 2147483591 bytes)").Refuses();

    [Fact]
    public void A_pipe_that_ends_after_3_of_8_data_bytes_names_the_data() =>
        ArgumentCase.Rule(() => Read(ClaimedLengthStream.Pipe(ByteVector(8, 3))), Name,
            "file ends inside the data (read 3 of 8 bytes)").Refuses();

    /// <summary>
    /// Up to one chunk, the data is read into one array of its size: refusing the extra byte allocates the data
    /// once (plus under 256 KiB for the header and the error), not a 1 MiB chunk or a growing buffer.
    /// </summary>
    [Theory]
    [InlineData(8)]
    [InlineData(1048576)]
    public void A_pipe_with_a_byte_past_data_up_to_one_chunk_is_refused_after_allocating_the_data_once(int size)
    {
        var pipe = ClaimedLengthStream.Pipe(ByteVector(size, size + 1));
        var before = GC.GetAllocatedBytesForCurrentThread();
        ArgumentCase.Rule(() => Read(pipe), Name, $"data is longer than the {size} bytes shape {size} needs").Refuses();
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, size, size + (256 << 10));
    }

    /// <summary>The last chunk asks only for the bytes still missing, so the byte past the data stays unread.</summary>
    [Fact]
    public void A_pipe_of_1048577_data_bytes_and_one_more_is_refused_as_longer() =>
        ArgumentCase.Rule(() => Read(ClaimedLengthStream.Pipe(ByteVector(1048577, 1048578))), Name,
            "data is longer than the 1048577 bytes shape 1048577 needs").Refuses();
}
