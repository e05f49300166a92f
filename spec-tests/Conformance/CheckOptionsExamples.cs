using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>Empty option lists mean "all", as absent ones do; the algorithm class each operation's method names.</summary>
public class CheckOptionsExamples
{
    [Fact]
    public void An_empty_dtype_list_means_all_five_dtypes()
    {
        Assert.Equal(Enum.GetValues<DType>(), new CheckOptions { DTypes = [] }.EffectiveDTypes);
    }

    [Fact]
    public void An_empty_op_list_selects_every_generator_in_name_order()
    {
        Assert.Equal(CaseGenerators.All.Keys.Order(StringComparer.Ordinal), ConformanceCheck.SelectedOps(new CheckOptions { Ops = [] }));
    }

    [Theory]
    [InlineData("circular_convolve", "direct", Tolerance.Direct)]
    [InlineData("circular_convolve", "spec", Tolerance.Direct)]
    [InlineData("circular_convolve", "fft", Tolerance.Fft)]
    [InlineData("circular_convolve", null, Tolerance.Fft)]
    [InlineData("dft", "direct", Tolerance.Direct)]
    [InlineData("dft", "spec", Tolerance.Direct)]
    [InlineData("dft", "auto", Tolerance.Fft)]
    [InlineData("dft", null, Tolerance.Fft)]
    public void Spec_and_direct_are_the_direct_class_every_other_method_the_fft_class(string op, string? method, Tolerance expected)
    {
        var args = new JsonObject();
        if (method is not null) args["method"] = method;
        Assert.Equal(expected, CaseGenerators.Find(op).AlgorithmOf(args));
    }
}
