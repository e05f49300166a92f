using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using static ConvSpec.SpecTests.Conformance.FourierCaseSamples;
using static ConvSpec.SpecTests.Conformance.LayerCaseSamples;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// circular_convolve cases: the well-formed ones reach every method and its absence, each answered; the malformed ones
/// are exactly [3] ⊛ [4] (lengths differ), [3] ⊛ [3, 1] (ranks differ) and [0] ⊛ [0] (empty), each reached, with
/// finite elements and method auto, and each rejected for its shape rule.
/// </summary>
public class CircularConvolveCaseReachTests
{
    private const string Op = "circular_convolve";

    private static string Kind(JsonObject a) => $"{string.Join(",", Shape(a, "in1"))}|{string.Join(",", Shape(a, "in2"))}";

    private static bool Malformed(JsonObject a) => !Shape(a, "in1").SequenceEqual(Shape(a, "in2")) || Shape(a, "in1").Contains(0);

    [Fact]
    public void Circular_cases_reach_auto_fft_spec_and_no_method_each_answered()
    {
        var answered = Draws(Op, 300).Where(a => !Malformed(a) && RejectionOf(Op, a) is null).ToList();
        foreach (var method in new[] { "auto", "fft", "spec" })
            Assert.Contains(answered, a => Text(a, "method") == method);
        Assert.Contains(answered, a => !a.ContainsKey("method"));
    }

    [Fact]
    public void Circular_malformed_cases_are_the_three_shape_faults_each_reached_finite_and_asked_with_auto()
    {
        var malformed = Draws(Op, 8000, nonFinite: true).Where(Malformed).ToList();
        Assert.Equal(["0|0", "3|3,1", "3|4"], malformed.Select(Kind).Distinct().Order(StringComparer.Ordinal));
        Assert.DoesNotContain(malformed, ElementBounds.HasNonFiniteInputs);
        Assert.All(malformed, a => Assert.Equal("auto", Text(a, "method")));
    }

    [Theory]
    [InlineData("3|4", "in2: must have the same shape as in1 (got 3 and 4)")]
    [InlineData("3|3,1", "in2: must have the same rank as in1 (got rank 1 and rank 2)")]
    [InlineData("0|0", "in1: must not be empty (shape 0)")]
    public void Circular_malformed_cases_are_rejected_for_the_shape_rule_they_break(string kind, string rule)
    {
        var cases = Draws(Op, 1200).Where(a => Malformed(a) && Kind(a) == kind).ToList();
        Assert.NotEmpty(cases);
        Assert.All(cases, a => Assert.StartsWith(rule, RejectionOf(Op, a)));
    }
}
