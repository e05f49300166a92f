using System.Text.Json;
using ConvSpec.Npy;

namespace ConvSpec.SpecTests.Npy;

/// <summary>Header grammar edges: double quotes, tabs and carriage returns, missing keys, shapes cut off, version bounds.</summary>
public class NpyHeaderEdgeExamples
{
    [Fact]
    public void A_header_with_double_quotes_tabs_and_carriage_returns_parses()
    {
        var h = NpyHeaderParser.Parse("{\t\"descr\": \"<f8\",\r\n'fortran_order': False, 'shape': (2, 3), }", "x");
        Assert.Equal([2, 3], h.Shape);
    }

    [Theory]
    [InlineData("{'fortran_order': False, 'shape': (2,)}")]
    [InlineData("{'descr': '<f8', 'shape': (2,)}")]
    [InlineData("{'descr': '<f8', 'fortran_order': False}")]
    public void A_header_without_descr_fortran_order_or_shape_is_invalid(string text)
    {
        var e = Assert.Throws<ArgumentException>(() => NpyHeaderParser.Parse(text, "x"));
        Assert.StartsWith("x: header must have the keys descr, fortran_order and shape", e.Message);
    }

    [Theory]
    [InlineData("{'shape': (", "shape extents must be integers")]
    [InlineData("{'shape': (12", "expected ')'")]
    public void A_shape_cut_off_by_the_end_of_the_header_is_malformed(string text, string rule)
    {
        var e = Assert.Throws<ArgumentException>(() => NpyHeaderParser.Parse(text, "x"));
        Assert.StartsWith($"x: malformed header: {rule}", e.Message);
    }

    [Fact]
    public void Format_version_zero_is_not_supported()
    {
        using var stream = new MemoryStream([.. NpyHeader.Magic, 0, 0, 0, 0]);
        var e = Assert.Throws<NotSupportedException>(() => NpyHeaderParser.Read(stream, "x"));
        Assert.StartsWith("x: .npy format version 0.0 is not supported", e.Message);
    }

    [Fact]
    public void Encoding_a_negative_version_is_out_of_range_naming_version()
    {
        var h = NpyHeaderParser.Parse("{'descr': '<f8', 'fortran_order': False, 'shape': (1,)}", "x");
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => h.Encode(-1));
        Assert.Equal("version", e.ParamName);
    }

    [Fact]
    public void Only_an_object_can_be_an_npy_reference()
    {
        Assert.False(NpyReference.Is(JsonDocument.Parse("\"a.npy\"").RootElement));
        Assert.True(NpyReference.Is(JsonDocument.Parse("{\"npy\": \"a.npy\"}").RootElement));
    }
}
