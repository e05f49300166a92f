using System.Text;
using ConvSpec.Npy;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Npy;

/// <summary>
/// A malformed header dict is refused naming the file and the grammar rule broken, and quoting the header
/// (cut to its first 120 characters and "..." when longer).
/// </summary>
public class NpyHeaderDictArgumentExamples
{
    private static Func<object?> Parse(string text) => () => NpyHeaderParser.Parse(text, "x");

    [Fact]
    public void Text_after_the_closing_brace_is_refused() =>
        ArgumentCase.Rule(Parse("{'descr': '<f8', 'fortran_order': False, 'shape': (1,)} trailing"), "x",
            "malformed header: unexpected text after the dict").Refuses();

    [Fact]
    public void A_string_without_its_closing_quote_is_unterminated() =>
        ArgumentCase.Rule(Parse("{'descr"), "x", "malformed header: unterminated string").Refuses();

    [Fact]
    public void An_empty_quoted_key_is_an_unknown_key_not_an_unterminated_string() =>
        ArgumentCase.Rule(Parse("{'': 1}"), "x", "unknown header key '' (known: descr, fortran_order, shape)").Refuses();

    [Fact]
    public void A_fortran_order_other_than_True_or_False_is_refused() =>
        ArgumentCase.Rule(Parse("{'descr': '<f8', 'fortran_order': Maybe, 'shape': (1,)}"), "x",
            "malformed header: fortran_order must be True or False").Refuses();

    [Fact]
    public void A_negative_extent_is_refused_with_its_value() =>
        ArgumentCase.Rule(Parse("{'descr': '<f8', 'fortran_order': False, 'shape': (-1,)}"), "x",
            "malformed header: shape extents must be non-negative (got -1)").Refuses();

    [Fact]
    public void A_structured_descr_is_unsupported() =>
        new ArgumentCase(Parse("{'descr': [('a', '<f8')], 'fortran_order': False, 'shape': (1,)}"), typeof(NotSupportedException), null,
            "x: structured dtypes (a descr that is not a string) are not supported").Refuses();

    [Fact]
    public void A_malformed_descr_is_refused_naming_x_descr() =>
        ArgumentCase.Rule(Parse("{'descr': 'f8', 'fortran_order': False, 'shape': (1,)}"), "x descr",
            "descr must be a byte order, a kind and a size like '<f8' (got 'f8')").Refuses();

    /// <summary>10⁵ · 10⁵ · 10⁵ = 10¹⁵ elements &gt; Array.MaxLength, refused by the header alone (no data read).</summary>
    [Fact]
    public void A_shape_of_10_pow_15_elements_is_refused_by_the_header_naming_x_shape() =>
        ArgumentCase.Rule(() => NpyFile.ReadHeader(new MemoryStream(RawNpyBytes.File(1,
                Encoding.Latin1.GetBytes("{'descr': '<f8', 'fortran_order': False, 'shape': (100000, 100000, 100000)}\n"))), "x"),
            "x shape", $"shape 100000x100000x100000 has more than {Array.MaxLength} elements").Refuses();

    [Fact]
    public void A_header_of_exactly_120_characters_is_quoted_whole()
    {
        var text = "x" + new string('y', 119);
        ArgumentCase.Rule(Parse(text), "x", $"malformed header: expected '{{' at offset 0 of '{text}'").Refuses();
    }

    [Fact]
    public void A_header_of_121_characters_is_quoted_as_its_first_120_and_an_ellipsis()
    {
        var text = "x" + new string('y', 120);
        ArgumentCase.Rule(Parse(text), "x", $"malformed header: expected '{{' at offset 0 of '{text[..120]}...'").Refuses();
    }
}
