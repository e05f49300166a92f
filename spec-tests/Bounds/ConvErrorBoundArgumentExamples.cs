using ConvSpec.Bounds;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Bounds;

/// <summary>
/// γ_n = n·u / (1 − n·u) called outside its domain (n ≥ 0, 0 &lt; u &lt; 1, n·u &lt; 1): refused with the argument's
/// name and the rule; and the term count n = C/G·ΠK + 1 refused with an overflow when it leaves int.
/// </summary>
public class ConvErrorBoundArgumentExamples
{
    private const double U = 1.0 / (1L << 53);

    private static readonly Dictionary<string, ArgumentCase> Cases = new()
    {
        ["Gamma n negative"] = ArgumentCase.Range(() => ConvErrorBound.Gamma(-1, U), "n", "must be at least 0 (got -1)"),
        ["Gamma u zero"] = ArgumentCase.Rule(() => ConvErrorBound.Gamma(0, 0), "unitRoundoff", "must lie in (0, 1) (got 0)"),
        ["Gamma u one"] = ArgumentCase.Rule(() => ConvErrorBound.Gamma(0, 1), "unitRoundoff", "must lie in (0, 1) (got 1)"),
        // n·u = 2·(1/2) = 1 exactly: the boundary itself has no γ
        ["Gamma n u one"] = ArgumentCase.Rule(() => ConvErrorBound.Gamma(2, 0.5), "n",
            $"n·u must be below 1 for the bound to hold (got n = 2, u = {0.5})"),
        ["Element n u above one"] = ArgumentCase.Rule(() => ConvErrorBound.Element(3, 0.5, 1), "n",
            $"n·u must be below 1 for the bound to hold (got n = 3, u = {0.5})"),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_bad_argument_is_refused_with_its_name_and_rule(string name) => Cases[name].Refuses();

    [Fact] // γ_0 = 0 and n·u just below 1 is allowed: γ_1 with u = 1/2 is (1/2)/(1/2) = 1
    public void Gamma_accepts_its_whole_domain()
    {
        Assert.Equal(0.0, ConvErrorBound.Gamma(0, U));
        Assert.Equal(1.0, ConvErrorBound.Gamma(1, 0.5));
    }

    [Fact] // C/G = 2^30 and K = 2^30 × 2^30: 2^90 products, past long (unchecked it would wrap to 0 and give n = 1)
    public void Terms_past_long_are_an_overflow()
    {
        Assert.Throws<OverflowException>(() => ConvErrorBound.Terms(1 << 30, [1 << 30, 1 << 30]));
    }

    [Fact] // C/G = 2^16 and K = 2^16: n = 2^32 + 1 fits a long but not an int (truncated it would be 1)
    public void Terms_past_int_are_an_overflow()
    {
        Assert.Throws<OverflowException>(() => ConvErrorBound.Terms(1 << 16, [1 << 16]));
        Assert.Equal(13, ConvErrorBound.Terms(3, [2, 2]));
    }
}
