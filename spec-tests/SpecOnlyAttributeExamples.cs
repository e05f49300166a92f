using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests;

/// <summary>A SpecOnly mark must carry a reason: a blank one is refused with the argument's name and the rule.</summary>
public class SpecOnlyAttributeExamples
{
    private static readonly Dictionary<string, ArgumentCase> Cases = new()
    {
        ["reason empty"] = ArgumentCase.Rule(() => new SpecOnlyAttribute(""), "reason", "a SpecOnly mark must say why there is no fast twin"),
        ["reason blank"] = ArgumentCase.Rule(() => new SpecOnlyAttribute("  "), "reason", "a SpecOnly mark must say why there is no fast twin"),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_blank_reason_is_refused_with_its_name_and_rule(string name) => Cases[name].Refuses();

    [Fact]
    public void The_reason_is_kept() => Assert.Equal("exact only", new SpecOnlyAttribute("exact only").Reason);
}
