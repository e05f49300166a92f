using System.Text;
using ConvSpec.Npy;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Npy;

/// <summary>
/// The header's fixed limits hold exactly at their bounds: a 65536-byte header, 64 axes and an extent of
/// 2147483647 are read; one more of each is refused.
/// </summary>
public class NpyHeaderLimitBoundaryExamples
{
    private const string Dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (0,), }";

    /// <summary>The dict padded with spaces and ended by '\n' to exactly <paramref name="length"/> bytes.</summary>
    private static byte[] HeaderOf(int length) => Encoding.Latin1.GetBytes(Dict.PadRight(length - 1) + "\n");

    [Fact]
    public void A_header_of_exactly_65536_bytes_is_read()
    {
        var header = NpyHeaderParser.Read(new MemoryStream(RawNpyBytes.File(2, HeaderOf(65536))), "x");
        Assert.Equal([0], header.Shape);
    }

    [Fact]
    public void A_header_of_65537_bytes_exceeds_the_limit_of_65536() =>
        ArgumentCase.Rule(() => NpyHeaderParser.Read(new MemoryStream(RawNpyBytes.File(2, HeaderOf(65537))), "x"), "x",
            "header length 65537 exceeds the limit of 65536 bytes").Refuses();

    private static string ShapeOfOnes(int axes) => $"{{'descr': '<f8', 'fortran_order': False, 'shape': ({string.Join(", ", Enumerable.Repeat(1, axes))}), }}";

    [Fact]
    public void A_shape_of_64_axes_is_read() =>
        Assert.Equal(64, NpyHeaderParser.Parse(ShapeOfOnes(64), "x").Shape.Length);

    [Fact]
    public void A_shape_of_65_axes_is_refused() =>
        ArgumentCase.Rule(() => NpyHeaderParser.Parse(ShapeOfOnes(65), "x"), "x", "malformed header: shape has more than 64 axes").Refuses();

    [Fact]
    public void An_extent_of_2147483647_after_an_extent_of_0_is_read() =>
        Assert.Equal([0, 2147483647], NpyHeaderParser.Parse("{'descr': '|u1', 'fortran_order': False, 'shape': (0, 2147483647)}", "x").Shape);

    [Fact]
    public void An_extent_of_2147483648_exceeds_2147483647() =>
        ArgumentCase.Rule(() => NpyHeaderParser.Parse("{'descr': '|u1', 'fortran_order': False, 'shape': (0, 2147483648)}", "x"), "x",
            "malformed header: shape extent 2147483648 exceeds 2147483647").Refuses();

    [Fact]
    public void An_extent_of_12_digits_reports_its_exact_value() =>
        ArgumentCase.Rule(() => NpyHeaderParser.Parse("{'shape': (100000000000,)}", "x"), "x",
            "malformed header: shape extent 100000000000 exceeds 2147483647").Refuses();

    [Fact]
    public void An_extent_of_13_digits_is_refused_whole_not_read_as_its_first_12() =>
        ArgumentCase.Rule(() => NpyHeaderParser.Parse("{'shape': (1000000000000,)}", "x"), "x",
            "malformed header: a shape extent of 13 characters is too long (at most 12)").Refuses();

    [Fact]
    public void A_negative_extent_reports_its_value() =>
        ArgumentCase.Rule(() => NpyHeaderParser.Parse("{'shape': (2, -10000000000)}", "x"), "x",
            "malformed header: shape extents must be non-negative (got -10000000000)").Refuses();

    [Fact]
    public void Whitespace_inside_the_shape_parentheses_is_skipped() =>
        Assert.Equal([2, 3], NpyHeaderParser.Parse("{'descr': '<f8', 'fortran_order': False, 'shape': ( 2 ,\t3 ) }", "x").Shape);
}
