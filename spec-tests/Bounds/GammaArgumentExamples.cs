using ConvSpec.Bounds;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Bounds;

/// <summary>γ_n = n u / (1 − n u) called with n u ≥ 1: refused with the argument's name and the rule, n u &lt; 1.</summary>
public class GammaArgumentExamples
{
    private static readonly Dictionary<string, ArgumentCase> Cases = new()
    {
        // n u = 4 · 1/4 = 1: the denominator 1 − n u is 0.
        ["n u = 1"] = ArgumentCase.Range(() => ErrorBound.Gamma(4, 0.25), "n", $"γ_n needs n·u < 1 (got n = {4.0}, u = {0.25})"),
        // n u = 3 · 1/2 = 3/2: the quotient would be negative.
        ["n u > 1"] = ArgumentCase.Range(() => ErrorBound.Gamma(3, 0.5), "n", $"γ_n needs n·u < 1 (got n = {3.0}, u = {0.5})"),
        // n = 2^53 with the default u = 2^−53.
        ["n = 1/u"] = ArgumentCase.Range(() => ErrorBound.Gamma(Math.ScaleB(1, 53)), "n",
            $"γ_n needs n·u < 1 (got n = {Math.ScaleB(1, 53)}, u = {Math.ScaleB(1, -53)})"),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_bad_argument_is_refused_with_its_name_and_rule(string name) => Cases[name].Refuses();
}
