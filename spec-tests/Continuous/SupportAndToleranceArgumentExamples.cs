using ConvSpec.Continuous;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Continuous;

/// <summary>
/// A support [lo, hi] and a tolerance (absolute, relative) built from bad parts: refused with the part's name and the
/// rule (ends not NaN, lo ≤ hi with lo ≠ +∞ and hi ≠ −∞; both parts finite and ≥ 0, not both 0).
/// </summary>
public class SupportAndToleranceArgumentExamples
{
    private static readonly Dictionary<string, ArgumentCase> Cases = new()
    {
        ["Support lo NaN"] = ArgumentCase.Rule(() => new Support(double.NaN, 1), "support", $"ends must not be NaN (got [{double.NaN}, 1])"),
        ["Support hi NaN"] = ArgumentCase.Rule(() => new Support(0, double.NaN), "support", $"ends must not be NaN (got [0, {double.NaN}])"),
        ["Support lo > hi"] = ArgumentCase.Rule(() => new Support(2, 1), "support", "must be an interval lo ≤ hi (got [2, 1])"),
        ["Support [+∞, +∞]"] = ArgumentCase.Rule(() => new Support(double.PositiveInfinity, double.PositiveInfinity), "support",
            $"must be an interval lo ≤ hi (got [{double.PositiveInfinity}, {double.PositiveInfinity}])"),
        ["Support [−∞, −∞]"] = ArgumentCase.Rule(() => new Support(double.NegativeInfinity, double.NegativeInfinity), "support",
            $"must be an interval lo ≤ hi (got [{double.NegativeInfinity}, {double.NegativeInfinity}])"),
        ["Tolerance absolute < 0"] = ArgumentCase.Rule(() => new Tolerance(-1, 1e-10), "absolute", $"must be finite and ≥ 0 (got {-1.0})"),
        ["Tolerance absolute NaN"] = ArgumentCase.Rule(() => new Tolerance(double.NaN, 1e-10), "absolute", $"must be finite and ≥ 0 (got {double.NaN})"),
        ["Tolerance absolute ∞"] = ArgumentCase.Rule(() => new Tolerance(double.PositiveInfinity, 1e-10), "absolute",
            $"must be finite and ≥ 0 (got {double.PositiveInfinity})"),
        ["Tolerance relative < 0"] = ArgumentCase.Rule(() => new Tolerance(1e-12, -1), "relative", $"must be finite and ≥ 0 (got {-1.0})"),
        ["Tolerance relative NaN"] = ArgumentCase.Rule(() => new Tolerance(1e-12, double.NaN), "relative", $"must be finite and ≥ 0 (got {double.NaN})"),
        ["Tolerance relative ∞"] = ArgumentCase.Rule(() => new Tolerance(1e-12, double.PositiveInfinity), "relative",
            $"must be finite and ≥ 0 (got {double.PositiveInfinity})"),
        ["Tolerance both 0"] = ArgumentCase.Rule(() => new Tolerance(0, 0), "absolute", "and relative must not both be zero"),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_bad_part_is_refused_with_its_name_and_rule(string name) => Cases[name].Refuses();

    /// <summary>Either part alone may be 0: a purely absolute or purely relative tolerance.</summary>
    [Theory]
    [InlineData(1e-12, 0.0)]
    [InlineData(0.0, 1e-10)]
    public void A_tolerance_with_one_part_zero_is_accepted(double absolute, double relative)
    {
        var t = new Tolerance(absolute, relative);
        Assert.Equal((absolute, relative), (t.Absolute, t.Relative));
    }
}
