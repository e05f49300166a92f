using ConvSpec.Continuous;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Continuous;

/// <summary>∫_a^b f called with no f, or an f that is not finite on [a, b]: refused with f's name and the rule.</summary>
public class GaussKronrodArgumentExamples
{
    private static readonly Dictionary<string, ArgumentCase> Cases = new()
    {
        ["f null"] = ArgumentCase.Null(() => GaussKronrod.Integrate(null!, 0, 1, Tolerance.Default), "f"),
        // the first node is the centre of the first of the 32 equal initial panels of [0, 1]: u = 1/64
        ["f NaN"] = ArgumentCase.Rule(() => GaussKronrod.Integrate(_ => double.NaN, 0, 1, Tolerance.Default), "f",
            $"must be finite on the interval (got {double.NaN} at u = {1.0 / 64})"),
        ["f infinite"] = ArgumentCase.Rule(() => GaussKronrod.Integrate(_ => double.PositiveInfinity, 0, 1, Tolerance.Default), "f",
            $"must be finite on the interval (got {double.PositiveInfinity} at u = {1.0 / 64})"),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_bad_integrand_is_refused_with_its_name_and_rule(string name) => Cases[name].Refuses();
}
