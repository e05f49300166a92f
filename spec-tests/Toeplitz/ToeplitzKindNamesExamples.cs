using ConvSpec.Toeplitz;

namespace ConvSpec.SpecTests.Toeplitz;

/// <summary>The kind names parse both ways round and anything else names the argument.</summary>
public class ToeplitzKindNamesExamples
{
    [Fact]
    public void Convolution_and_correlation_parse_and_other_texts_are_rejected()
    {
        Assert.Equal(ToeplitzKind.Convolution, ToeplitzKindNames.Parse("convolution"));
        Assert.Equal(ToeplitzKind.Correlation, ToeplitzKindNames.Parse("correlation"));
        Assert.Contains("got null", Assert.Throws<ArgumentException>(() => ToeplitzKindNames.Parse(null)).Message);
        Assert.Equal("how", Assert.Throws<ArgumentException>(() => ToeplitzKindNames.Parse("conv", "how")).ParamName);
    }
}
