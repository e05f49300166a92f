using ConvSpec.Padding;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Padding;

/// <summary>The boundary index maps called with an undefined boundary: refused with its name and the rule, each twin alike.</summary>
public class ExtendArgumentExamples
{
    private static readonly Dictionary<string, ArgumentCase> Cases = new()
    {
        ["Spec boundary undefined"] = ArgumentCase.Range(() => Extend.Spec.Index(-1, 3, (Boundary)42), "boundary", "42 is not a Boundary"),
        ["Fast boundary undefined"] = ArgumentCase.Range(() => Extend.Fast.Index(-1, 3, (Boundary)42), "boundary", "42 is not a Boundary"),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_bad_argument_is_refused_with_its_name_and_rule(string name) => Cases[name].Refuses();
}
