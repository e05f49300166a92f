using System.Text;
using ConvSpec.SpecTests.TestSupport;
using ConvSpec.Npy;

namespace ConvSpec.SpecTests.Npy;

/// <summary>
/// A version 3 header is UTF-8 and a version 1 or 2 header is Latin-1: the key 'ü' (UTF-8 C3 BC, Latin-1 FC)
/// reads back as 'ü' in each, seen in the unknown-key error that quotes it.
/// </summary>
public class NpyHeaderTextEncodingExamples
{
    private static void RefusesKeyU(int major, Encoding encoding) =>
        ArgumentCase.Rule(() => NpyHeaderParser.Read(new MemoryStream(RawNpyBytes.File(major, encoding.GetBytes("{'ü': 1}\n"))), "x"), "x",
            "unknown header key 'ü'").Refuses();

    [Fact]
    public void A_version_3_header_is_read_as_UTF_8() => RefusesKeyU(3, Encoding.UTF8);

    [Fact]
    public void A_version_1_header_is_read_as_Latin_1() => RefusesKeyU(1, Encoding.Latin1);

    [Fact]
    public void A_version_2_header_is_read_as_Latin_1() => RefusesKeyU(2, Encoding.Latin1);
}
