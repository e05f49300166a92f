using ConvSpec.Continuous;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Continuous;

/// <summary>
/// c(t) = ∫ x(u) h(t − u) du and its discrete sum called with one bad argument: refused with the argument's name and
/// the rule (functions given, t finite, Δ finite and positive, a finite window, at most 1e8 terms).
/// </summary>
public class ContinuousConvolveArgumentExamples
{
    private static readonly Support Box = new(0, 1);
    private static readonly Func<double, double> One = _ => 1.0;

    private static readonly Dictionary<string, ArgumentCase> Cases = new()
    {
        ["At x null"] = ArgumentCase.Null(() => ContinuousConvolve.Spec.At(null!, Box, One, Box, 0.5, Tolerance.Default), "x"),
        ["At h null"] = ArgumentCase.Null(() => ContinuousConvolve.Spec.At(One, Box, null!, Box, 0.5, Tolerance.Default), "h"),
        ["At t NaN"] = ArgumentCase.Rule(() => ContinuousConvolve.Spec.At(One, Box, One, Box, double.NaN, Tolerance.Default), "t", "must be finite (got NaN)"),
        ["Of x null"] = ArgumentCase.Null(() => ContinuousConvolve.Spec.Of(null!, Box, One, Box, Tolerance.Default), "x"),
        ["Of h null"] = ArgumentCase.Null(() => ContinuousConvolve.Spec.Of(One, Box, null!, Box, Tolerance.Default), "h"),
        ["DiscreteSum x null"] = ArgumentCase.Null(() => ContinuousConvolve.Spec.DiscreteSum(null!, Box, One, Box, 0.5, 0.1), "x"),
        ["DiscreteSum h null"] = ArgumentCase.Null(() => ContinuousConvolve.Spec.DiscreteSum(One, Box, null!, Box, 0.5, 0.1), "h"),
        ["DiscreteSum t infinite"] = ArgumentCase.Rule(() => ContinuousConvolve.Spec.DiscreteSum(One, Box, One, Box, double.PositiveInfinity, 0.1), "t",
            $"must be finite (got {double.PositiveInfinity})"),
        ["DiscreteSum step 0"] = ArgumentCase.Rule(() => ContinuousConvolve.Spec.DiscreteSum(One, Box, One, Box, 0.5, 0), "step", "must be finite and > 0 (got 0)"),
        ["DiscreteSum step NaN"] = ArgumentCase.Rule(() => ContinuousConvolve.Spec.DiscreteSum(One, Box, One, Box, 0.5, double.NaN), "step", "must be finite and > 0 (got NaN)"),
        ["DiscreteSum step infinite"] = ArgumentCase.Rule(() => ContinuousConvolve.Spec.DiscreteSum(One, Box, One, Box, 0.5, double.PositiveInfinity), "step",
            $"must be finite and > 0 (got {double.PositiveInfinity})"),
        ["DiscreteSum infinite window"] = ArgumentCase.Rule(() => ContinuousConvolve.Spec.DiscreteSum(One, Support.Whole, One, Support.Whole, 0.5, 0.1), "xSupport",
            $"the discrete sum needs x·h(t − ·) to vanish outside a finite window; give x or h a finite support (got {Support.Whole})"),
        // W = [0, 1], Δ = 1e-8: k runs over 0..⌊1/Δ⌋ = 0..10^8, one term more than the cap.
        ["DiscreteSum 1e8 + 1 terms"] = ArgumentCase.Rule(() => ContinuousConvolve.Spec.DiscreteSum(One, Box, One, Support.Whole, 0.5, 1e-8), "step",
            "gives 100000001 terms over [0, 1]; at most 1e8 are summed"),
        // W = [1, 2], Δ = fl(1e-9): k from ⌈1/Δ⌉ = 10^9 to ⌊2/Δ⌋ = 2·10^9 − 1 (2/Δ is just below 2·10^9), so 10^9 terms.
        ["DiscreteSum 1e9 terms away from 0"] = ArgumentCase.Rule(() => ContinuousConvolve.Spec.DiscreteSum(One, new Support(1, 2), One, Support.Whole, 0.5, 1e-9), "step",
            "gives 1000000000 terms over [1, 2]; at most 1e8 are summed"),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_bad_argument_is_refused_with_its_name_and_rule(string name) => Cases[name].Refuses();

    [Fact] // W = [1000, 1001], Δ = fl(1e-5): k from 10^8 to 100099999, 10^5 terms, far below the cap though k itself passes 10^8
    public void The_term_cap_counts_terms_not_the_size_of_k()
    {
        var sum = ContinuousConvolve.Spec.DiscreteSum(One, new Support(1000, 1001), One, Support.Whole, 0.5, 1e-5);
        Assert.Equal(1.0, sum, 9); // 10^5 terms of 1·1·Δ
    }
}
