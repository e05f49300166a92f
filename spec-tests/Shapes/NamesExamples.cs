using ConvSpec.Padding;
using ConvSpec.Shapes;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Shapes;

/// <summary>The text names of modes, boundaries and auto_pad as SciPy and ONNX spell them, and shape text.</summary>
public class NamesExamples
{
    [Fact]
    public void Mode_names_parse_and_print_as_SciPy_spells_them()
    {
        foreach (var mode in Enum.GetValues<ConvolutionMode>())
            Assert.Equal(mode, ConvolutionModeNames.Parse(mode.Name()));
        Assert.Equal("full", ConvolutionMode.Full.Name());
        Assert.Equal("valid", ConvolutionMode.Valid.Name());
        Assert.Equal("same", ConvolutionMode.Same.Name());
        var e = Assert.Throws<ArgumentException>(() => ConvolutionModeNames.Parse("Full"));
        Assert.Equal("mode", e.ParamName);
        Assert.Contains("(got Full)", e.Message);
        Assert.Contains("(got null)", Assert.Throws<ArgumentException>(() => ConvolutionModeNames.Parse(null, "m")).Message);
        Reject.Named<ArgumentException>("m", () => ConvolutionModeNames.Parse(null, "m"));
    }

    [Fact]
    public void Boundary_names_and_SciPy_aliases()
    {
        Assert.Equal(Boundary.Fill, BoundaryNames.Parse("fill"));
        Assert.Equal(Boundary.Fill, BoundaryNames.Parse("pad"));
        Assert.Equal(Boundary.Wrap, BoundaryNames.Parse("wrap"));
        Assert.Equal(Boundary.Wrap, BoundaryNames.Parse("circular"));
        Assert.Equal(Boundary.Symm, BoundaryNames.Parse("symm"));
        Assert.Equal(Boundary.Symm, BoundaryNames.Parse("symmetric"));
        Assert.Equal("wrap", Boundary.Wrap.Name());
        Assert.Equal("symm", Boundary.Symm.Name());
        Assert.Contains("(got reflect)", Reject.Named<ArgumentException>("boundary", () => BoundaryNames.Parse("reflect")).Message);
        Assert.Contains("(got null)", Assert.Throws<ArgumentException>(() => BoundaryNames.Parse(null)).Message);
    }

    [Fact]
    public void ONNX_auto_pad_names()
    {
        Assert.Equal(AutoPad.NotSet, AutoPadNames.Parse("NOTSET"));
        Assert.Equal(AutoPad.NotSet, AutoPadNames.Parse(""));
        Assert.Equal(AutoPad.Valid, AutoPadNames.Parse("VALID"));
        Assert.Equal(AutoPad.SameUpper, AutoPadNames.Parse("SAME_UPPER"));
        Assert.Equal(AutoPad.SameLower, AutoPadNames.Parse("SAME_LOWER"));
        Assert.Contains("(got same_upper)", Reject.Named<ArgumentException>("auto_pad", () => AutoPadNames.Parse("same_upper")).Message);
        Assert.Contains("(got null)", Assert.Throws<ArgumentException>(() => AutoPadNames.Parse(null)).Message);
    }

    [Fact]
    public void Shape_text_joins_extents_with_x_and_writes_a_scalar_as_parentheses()
    {
        Assert.Equal("2x3x4", ShapeText.Of([2, 3, 4]));
        Assert.Equal("5", ShapeText.Of([5]));
        Assert.Equal("()", ShapeText.Of([]));
    }
}
