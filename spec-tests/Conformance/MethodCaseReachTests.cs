using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using static ConvSpec.SpecTests.Conformance.LayerCaseSamples;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// convolve and correlate cases reach every method and its absence, each answered by the spec; and check's default
/// case space puts NaN and ±∞ among the inputs.
/// </summary>
public class MethodCaseReachTests
{
    [Theory]
    [InlineData("convolve")]
    [InlineData("correlate")]
    public void Method_cases_reach_direct_fft_auto_and_no_method_each_answered(string op)
    {
        var answered = Cases(op, new CheckOptions { Count = 120, Seed = 3 }).Where(a => RejectionOf(op, a) is null).ToList();
        foreach (var method in new[] { "direct", "fft", "auto" })
            Assert.Contains(answered, a => Text(a, "method") == method);
        Assert.Contains(answered, a => !a.ContainsKey("method"));
    }

    [Fact]
    public void The_default_case_space_reaches_non_finite_inputs()
    {
        Assert.Contains(Cases("convolve", new CheckOptions { Count = 120, Seed = 3 }), ElementBounds.HasNonFiniteInputs);
    }

    [Fact]
    public void An_unknown_operation_is_an_error_on_ops_naming_the_known_ones_in_ordinal_order()
    {
        var e = Assert.Throws<ArgumentException>(() => CaseGenerators.Find("nope"));
        Assert.Equal("ops", e.ParamName);
        var known = string.Join(", ", CaseGenerators.All.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith($"ops: no case generator for 'nope' (known: {known})", e.Message);
        Assert.Contains("AveragePool, Conv, ", known);
    }
}
