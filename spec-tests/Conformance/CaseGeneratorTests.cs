using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

using static ConvSpec.SpecTests.Conformance.LayerCaseSamples;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>The case generators reach the edges they promise, and the spec answers every case they make.</summary>
public class CaseGeneratorTests
{
    private static readonly CheckOptions Options = new() { Count = 150, Seed = 99 };

    private static List<(JsonObject Args, JsonObject Response)> Cases(string op) =>
        Enumerable.Range(0, Options.Count)
            .Select(i => ConformanceCheck.Case(CaseGenerators.Find(op), Options, i))
            .Select(a => (a, CaseJudge.Reference(op, a)))
            .ToList();

    [Fact]
    public void Every_eval_operation_of_this_issue_has_a_generator()
    {
        foreach (var op in new[] { "convolve", "correlate", "convolve2d", "correlate2d", "fftconvolve", "oaconvolve" })
            Assert.Equal(op, CaseGenerators.Find(op).Op);
    }

    [Theory]
    [InlineData("convolve")]
    [InlineData("correlate")]
    [InlineData("convolve2d")]
    [InlineData("correlate2d")]
    [InlineData("fftconvolve")]
    [InlineData("oaconvolve")]
    public void Generated_cases_reach_the_edges_and_the_spec_answers_each(string op)
    {
        var cases = Cases(op);
        Assert.DoesNotContain(cases, c => c.Response["error"]?["type"]?.GetValue<string>() == "internal");
        Assert.Contains(cases, c => c.Response["result"] is not null);
        Assert.Contains(cases, c => c.Response["error"]?["type"]?.GetValue<string>() == "invalid_argument");
        Assert.Contains(cases, c => c.Response["error"]?["type"]?.GetValue<string>() == "overflow");
        var answered = cases.Where(c => c.Response["result"] is not null).Select(c => c.Args).ToList();
        Assert.Contains(answered, a => Shape(a, "in1").Contains(1));
        Assert.Contains(answered, a => Shape(a, "in2").Zip(Shape(a, "in1")).All(p => p.First > p.Second));
        Assert.Contains(answered, a => a["mode"]?.GetValue<string>() == "same" && Shape(a, "in2").Any(n => n % 2 == 0));
        foreach (var mode in new[] { "full", "same", "valid" })
            Assert.Contains(answered, a => a["mode"]?.GetValue<string>() == mode);
        Assert.Contains(answered, ElementBounds.HasNonFiniteInputs);
        foreach (var dtype in Enum.GetValues<DType>())
            Assert.Contains(answered, a => WireTensor.FromNode(a["in1"], "in1").DType == dtype);
    }

    [Fact]
    public void Two_d_cases_cover_every_boundary_and_fill_values()
    {
        var args = Cases("convolve2d").Select(c => c.Args).ToList();
        foreach (var boundary in new[] { "fill", "wrap", "symm" })
            Assert.Contains(args, a => a["boundary"]?.GetValue<string>() == boundary);
        Assert.Contains(args, a => a["fillvalue"] is JsonValue v && v.GetValue<int>() != 0);
    }

    [Fact]
    public void Axes_cases_cover_absent_integer_and_list_axes()
    {
        var args = Cases("fftconvolve").Select(c => c.Args).ToList();
        Assert.Contains(args, a => a["axes"] is null);
        Assert.Contains(args, a => a["axes"] is JsonValue);
        Assert.Contains(args, a => a["axes"] is JsonArray);
    }

    [Fact]
    public void An_in_process_candidate_that_hangs_is_reported_as_a_timeout()
    {
        var options = new CheckOptions { Ops = ["convolve"], Count = 2, Seed = 1, Timeout = TimeSpan.FromMilliseconds(100) };
        var report = ConformanceCheck.Run((_, _) => { Thread.Sleep(3000); return null; }, options);
        Assert.Equal(VerdictKind.Timeout, Assert.Single(report.Failures).Verdict.Kind);
    }
}

/// <summary>Conventions every case generator obeys, whichever operation family adds it.</summary>
public class CaseGeneratorConventions
{
    public static TheoryData<string> Generators() => new(CaseGenerators.All.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Generators))]
    public void Every_generator_makes_cases_the_spec_judges_against_itself(string op)
    {
        var report = ConformanceCheck.Run(Candidates.Correct, new CheckOptions { Ops = [op], Count = 30, Seed = 17 });
        Assert.True(report.Passed, report.ToText());
        Assert.Equal(30, report.Ops[0].Passed);
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void Every_generator_names_an_eval_operation(string op) =>
        Assert.True(EvalOperations.All.ContainsKey(op), $"{op} has a case generator but no eval operation");
}
