namespace ConvSpec.SpecTests.Conventions;

/// <summary>A SpecOnly mark must say why; the reason is kept.</summary>
public class SpecOnlyAttributeExamples
{
    [Fact]
    public void SpecOnly_keeps_its_reason()
    {
        Assert.Equal("no fast path needed", new SpecOnlyAttribute("no fast path needed").Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void SpecOnly_without_a_reason_is_rejected(string? reason)
    {
        var e = Assert.Throws<ArgumentException>(() => new SpecOnlyAttribute(reason!));
        Assert.Equal("reason", e.ParamName);
    }
}
