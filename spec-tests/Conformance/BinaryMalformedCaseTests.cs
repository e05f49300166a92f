using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using static ConvSpec.SpecTests.Conformance.LayerCaseSamples;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The binary operations' malformed cases: in1 of extent 2 on every axis, and in2 either one rank longer (extents 2)
/// or in1's shape emptied on its first axis; mode full and finite data, so the one rule broken is the reason given
/// (fftconvolve answers an empty input with SciPy's empty result).
/// </summary>
public class BinaryMalformedCaseTests
{
    /// <summary>The cases whose shapes break a rule (ranks differ or in2 is empty), from many small draws.</summary>
    private static List<JsonObject> Malformed(string op) =>
        Cases(op, new CheckOptions { Count = 800, Seed = 11, MaxSize = 2 })
            .Where(a => Shape(a, "in1").Length != Shape(a, "in2").Length || Shape(a, "in2").Contains(0))
            .ToList();

    [Theory]
    [InlineData("convolve")]
    [InlineData("fftconvolve")]
    public void Malformed_cases_reach_every_rank_with_each_broken_rule(string op)
    {
        var malformed = Malformed(op);
        foreach (var rank in new[] { 1, 2, 3 })
        {
            Assert.Contains(malformed, a => Shape(a, "in1").Length == rank && Shape(a, "in2").Length == rank + 1);
            Assert.Contains(malformed, a => Shape(a, "in1").Length == rank && Shape(a, "in2").Contains(0));
        }
    }

    [Theory]
    [InlineData("convolve")]
    [InlineData("fftconvolve")]
    [InlineData("convolve2d")]
    public void Every_malformed_case_breaks_one_rule_and_is_rejected_for_it(string op)
    {
        var malformed = Malformed(op);
        Assert.NotEmpty(malformed);
        foreach (var a in malformed)
        {
            var (s1, s2) = (Shape(a, "in1"), Shape(a, "in2"));
            Assert.All(s1, n => Assert.Equal(2, n));
            Assert.Equal("full", Text(a, "mode"));
            Assert.False(ElementBounds.HasNonFiniteInputs(a), a.ToJsonString());
            var reason = RejectionOf(op, a);
            if (s2.Length == s1.Length)
            {
                Assert.Equal([0, .. s1[1..]], s2);
                if (reason is not null) Assert.StartsWith("in2: must not be empty", reason); // fftconvolve: SciPy's empty result
            }
            else
            {
                Assert.Equal(Enumerable.Repeat(2, s1.Length + 1), s2);
                Assert.StartsWith("in2: must", reason);
                Assert.EndsWith($"rank {s1.Length + 1})", reason);
            }
        }
    }
}
