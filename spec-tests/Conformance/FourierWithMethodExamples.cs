using System.Text.Json.Nodes;
using ConvSpec.Conformance;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>circular_convolve, dft and idft take <c>direct</c> as their <c>spec</c> and pass every other method on as named.</summary>
public class FourierWithMethodExamples
{
    [Theory]
    [InlineData("circular_convolve", "direct", "spec")]
    [InlineData("circular_convolve", "fft", "fft")]
    [InlineData("circular_convolve", "auto", "auto")]
    [InlineData("dft", "direct", "spec")]
    [InlineData("dft", "fft", "fft")]
    [InlineData("idft", "auto", "auto")]
    public void With_method_asks_direct_as_spec_and_any_other_method_as_named(string op, string method, string asked)
    {
        var args = new JsonObject { ["x"] = 1, ["method"] = "spec" };
        Assert.Equal(asked, CaseGenerators.Find(op).WithMethod(args, method)!["method"]!.GetValue<string>());
    }
}
