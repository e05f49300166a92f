using ConvSpec.Layers;
using ConvSpec.SpecTests.TestSupport;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Layers;

/// <summary>
/// Conv.Spec, Conv.Fast and the three-stage layer called with one bad argument, and Conv.Spec's integer arithmetic past the
/// element type: each is refused by name, never a NullReferenceException or a wrapped number.
/// </summary>
public class ConvLayerArgumentExamples
{
    private static readonly NdArray<long> X = new([1, 1, 2], [1, 2]);
    private static readonly NdArray<long> W = new([1, 1, 2], [1, 1]);
    private static readonly Func<NdArray<long>, NdArray<long>> Identity = t => t;

    private static readonly Dictionary<string, ArgumentCase> Cases = new()
    {
        ["Conv.Spec X null"] = ArgumentCase.Null(() => Conv.Spec.Apply(null!, W), "X"),
        ["Conv.Spec W null"] = ArgumentCase.Null(() => Conv.Spec.Apply(X, null!), "W"),
        ["Conv.Fast X null (float)"] = ArgumentCase.Null(() => Conv.Fast.Apply(null!, W.Map(v => (float)v)), "X"),
        ["Conv.Fast W null (float)"] = ArgumentCase.Null(() => Conv.Fast.Apply(X.Map(v => (float)v), null!), "W"),
        ["Conv.Fast X null (double)"] = ArgumentCase.Null(() => Conv.Fast.Apply(null!, W.Map(v => (double)v), null, ConvAttributes.Default), "X"),
        ["Conv.Fast W null (double)"] = ArgumentCase.Null(() => Conv.Fast.Apply(X.Map(v => (double)v), null!, null, ConvAttributes.Default), "W"),
        ["ConvReluPool.Detector X null"] = ArgumentCase.Null(() => ConvReluPool.Detector(null!, Identity, ConvReluPool.Relu), "X"),
        ["ConvReluPool.Detector convolution null"] = ArgumentCase.Null(() => ConvReluPool.Detector(X, null!, ConvReluPool.Relu), "convolution"),
        ["ConvReluPool.Detector nonlinearity null"] = ArgumentCase.Null(() => ConvReluPool.Detector(X, Identity, null!), "nonlinearity"),
        ["ConvReluPool.Apply pooling null"] = ArgumentCase.Null(() => ConvReluPool.Apply(X, Identity, null!), "pooling"),
        ["ConvReluPool.Apply X null"] = ArgumentCase.Null(() => ConvReluPool.Apply(null!, Identity, Identity), "X"),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_bad_argument_is_refused_with_its_name_and_rule(string name) => Cases[name].Refuses();

    public static TheoryData<string, NdArray<long>, NdArray<long>, NdArray<long>?> Overflowing => new()
    {
        // long.MaxValue·1 + 1·1: each product fits, their sum does not.
        { "sum of products", new NdArray<long>([1, 1, 2], [long.MaxValue, 1]), W, null },
        // the one product long.MaxValue fits; adding the bias 1 does not.
        { "bias", new NdArray<long>([1, 1, 1], [long.MaxValue]), new NdArray<long>([1, 1, 1], [1]), NdArray<long>.Vector([1L]) },
    };

    [Theory]
    [MemberData(nameof(Overflowing))]
    public void Integer_overflow_of_a_conv_output_is_an_error_naming_the_operation(string step, NdArray<long> x, NdArray<long> w, NdArray<long>? b)
    {
        var e = Record.Exception(() => Conv.Spec.Apply(x, w, b));
        Assert.True(e is OverflowException, $"{step}: {e?.GetType().Name ?? "no exception"}");
        Assert.StartsWith("Conv: integer overflow", e!.Message);
    }
}
