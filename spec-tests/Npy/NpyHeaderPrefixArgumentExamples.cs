using ConvSpec.Npy;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Npy;

/// <summary>
/// A file cut inside its fixed prefix or its header, or whose header length lies, is refused naming the file and
/// saying which part ended and how many bytes were there.
/// </summary>
public class NpyHeaderPrefixArgumentExamples
{
    private static Func<object?> Read(Stream stream) => () => NpyHeaderParser.Read(stream, "x");

    [Fact]
    public void A_file_of_5_bytes_ends_inside_the_8_byte_magic_and_version() =>
        ArgumentCase.Rule(Read(new MemoryStream([0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P'])), "x",
            "file ends inside the 8-byte magic and version (read 5 of 8 bytes)").Refuses();

    [Fact]
    public void A_version_1_file_with_1_length_byte_ends_inside_the_2_byte_header_length() =>
        ArgumentCase.Rule(Read(new MemoryStream([.. NpyHeader.Magic, 1, 0, 16])), "x",
            "file ends inside the header length (read 1 of 2 bytes)").Refuses();

    [Fact]
    public void A_version_2_file_with_3_length_bytes_ends_inside_the_4_byte_header_length() =>
        ArgumentCase.Rule(Read(new MemoryStream([.. NpyHeader.Magic, 2, 0, 16, 0, 0])), "x",
            "file ends inside the header length (read 3 of 4 bytes)").Refuses();

    /// <summary>12 prefix bytes + 20 = 32 bytes: 32 − 12 = 20 &lt; 30 although 32 + 12 = 44 ≥ 30.</summary>
    [Fact]
    public void A_header_length_of_30_with_20_bytes_following_is_refused_before_reading() =>
        ArgumentCase.Rule(Read(new MemoryStream(RawNpyBytes.File(2, 30, new byte[20]))), "x",
            "header length says 30 bytes but only 20 follow").Refuses();

    [Fact]
    public void A_pipe_with_20_of_30_header_bytes_ends_inside_the_30_byte_header() =>
        ArgumentCase.Rule(Read(new ForwardOnlyStream(RawNpyBytes.File(2, 30, new byte[20]))), "x",
            "file ends inside the 30-byte header (read 20 of 30 bytes)").Refuses();
}
