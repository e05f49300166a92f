using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using static ConvSpec.SpecTests.Conformance.FourierCaseSamples;
using static ConvSpec.SpecTests.Conformance.LayerCaseSamples;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// dft cases: rank 0 asks with axes absent or empty; axis lists reach rank + 1 entries; a case is rejected exactly when
/// it is one of the two malformed forms, x of shape [2, 0] along axes [1] (extent 0) or x of shape [3] along axis 1
/// (out of range), each reached, with finite elements and method auto, and each rejected for the rule it breaks.
/// </summary>
public class DftCaseReachTests
{
    private const string Op = "dft";

    private static string? MalformedKind(JsonObject a) => (string.Join(",", Shape(a, "x")), a["axes"]?.ToJsonString()) switch
    {
        ("2,0", "[1]") => "extent 0",
        ("3", "1") => "out of range",
        _ => null,
    };

    [Fact]
    public void Dft_cases_are_rejected_exactly_when_malformed_and_reach_both_malformed_kinds()
    {
        var draws = Draws(Op, 800);
        Assert.All(draws, a => Assert.Equal(MalformedKind(a) is not null, RejectionOf(Op, a) is not null));
        Assert.Equal(["extent 0", "out of range"], draws.Select(MalformedKind).OfType<string>().Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("extent 0", "axes: cannot transform axis 1 of extent 0 (shape 2x0)")]
    [InlineData("out of range", "axes: axis 1 is out of range for rank 1 (allowed -1..0)")]
    public void Dft_malformed_cases_are_finite_asked_with_auto_and_rejected_for_the_rule_they_break(string kind, string rule)
    {
        var cases = Draws(Op, 3000, nonFinite: true).Where(a => MalformedKind(a) == kind).ToList();
        Assert.NotEmpty(cases);
        Assert.DoesNotContain(cases, ElementBounds.HasNonFiniteInputs);
        Assert.All(cases, a => Assert.Equal("auto", Text(a, "method")));
        Assert.All(cases, a => Assert.Equal(rule, RejectionOf(Op, a)));
    }

    [Fact]
    public void Dft_rank_zero_cases_ask_with_axes_absent_or_empty_and_reach_both()
    {
        var axes = Draws(Op, 600).Where(a => Shape(a, "x").Length == 0).Select(a => a["axes"]?.ToJsonString() ?? "absent").ToList();
        Assert.Equal(["[]", "absent"], axes.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Dft_axis_lists_reach_rank_plus_one_entries_at_every_rank()
    {
        var draws = Draws(Op, 600);
        foreach (var rank in new[] { 1, 2, 3 })
            Assert.Contains(draws, a => Shape(a, "x").Length == rank && a["axes"] is JsonArray list && list.Count == rank + 1);
    }
}
