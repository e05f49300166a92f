using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>Deliberately wrong Conv and pooling candidates are caught and shrunk by <c>convspec check</c>.</summary>
public class LayerWrongCandidateTests
{
    /// <summary>The spec's answer with one argument rewritten first.</summary>
    private static Func<string, JsonObject, JsonNode?> Rewriting(string name, Func<JsonNode?, JsonNode?> rewrite) => (op, args) =>
    {
        var wrong = (JsonObject)args.DeepClone();
        var value = rewrite(wrong[name]?.DeepClone());
        if (value is null) wrong.Remove(name); else wrong[name] = value;
        return CaseJudge.Reference(op, wrong);
    };

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    [Fact]
    public void A_conv_with_same_upper_and_same_lower_swapped_is_caught_and_shrunk()
    {
        var swapped = Rewriting("auto_pad", v => Text(v) switch
        {
            "SAME_UPPER" => "SAME_LOWER",
            "SAME_LOWER" => "SAME_UPPER",
            _ => v,
        });
        var report = ConformanceCheck.Run(swapped, new CheckOptions { Ops = ["Conv"], DTypes = [DType.Float64], Count = 200, Seed = 5, NonFinite = false });

        var c = Assert.Single(report.Failures);
        Assert.True(c.Verdict.Kind == VerdictKind.ValueMismatch, c.Verdict.Detail + " " + c.Request);
        Assert.StartsWith("SAME_", Text(c.Args["auto_pad"]));
        Assert.True(c.ShrinkSteps > 0, "the counterexample was not shrunk");
        Assert.True(WireTensor.FromNode(c.Args["X"], "X").Length <= WireTensor.FromNode(c.OriginalArgs["X"], "X").Length);
    }

    [Fact]
    public void An_average_pool_with_count_include_pad_inverted_is_caught_and_shrunk()
    {
        var inverted = Rewriting("count_include_pad", v => v is JsonValue x && x.GetValue<int>() == 1 ? 0 : 1);
        var report = ConformanceCheck.Run(inverted, new CheckOptions { Ops = ["AveragePool"], DTypes = [DType.Float64], Count = 200, Seed = 5, NonFinite = false });

        var c = Assert.Single(report.Failures);
        Assert.Equal(VerdictKind.ValueMismatch, c.Verdict.Kind);
        Assert.True(c.ShrinkSteps > 0, "the counterexample was not shrunk");
        Assert.True(WireTensor.FromNode(c.Args["X"], "X").Length <= WireTensor.FromNode(c.OriginalArgs["X"], "X").Length);
    }

    [Fact]
    public void A_max_pool_whose_indices_use_the_other_storage_order_is_caught_on_the_indices()
    {
        var flipped = Rewriting("storage_order", v => v is JsonValue x && x.GetValue<int>() == 1 ? 0 : 1);
        var report = ConformanceCheck.Run(flipped, new CheckOptions { Ops = ["MaxPool"], Count = 200, Seed = 5 });

        var c = Assert.Single(report.Failures);
        Assert.Equal(VerdictKind.ValueMismatch, c.Verdict.Kind);
        Assert.Contains("'indices'", c.Verdict.Detail);
    }

    [Fact]
    public void A_max_pool_answer_without_indices_fails()
    {
        JsonNode? valuesOnly(string op, JsonObject args)
        {
            var response = CaseJudge.Reference(op, args);
            response.Remove("indices");
            return response;
        }
        var report = ConformanceCheck.Run(valuesOnly, new CheckOptions { Ops = ["MaxPool"], Count = 20, Seed = 5 });

        Assert.Contains("no 'indices'", Assert.Single(report.Failures).Verdict.Detail);
    }

    [Theory]
    [InlineData("Conv")]
    [InlineData("AveragePool")]
    [InlineData("LpPool")]
    [InlineData("WeightedAveragePool")]
    public void Answers_off_by_one_part_in_a_million_exceed_the_bound(string op)
    {
        var report = ConformanceCheck.Run(Candidates.Perturbed(1e-6),
            new CheckOptions { Ops = [op], DTypes = [DType.Float64], Count = 100, Seed = 5, NonFinite = false });

        Assert.Equal(VerdictKind.ValueMismatch, Assert.Single(report.Failures).Verdict.Kind);
    }
}
