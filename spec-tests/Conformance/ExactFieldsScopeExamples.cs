using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;
using static ConvSpec.SpecTests.Conformance.WireNodes;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// What ExactFields leaves alone: a verdict that already failed, a field the spec does not answer, and the
/// responses of an operation without exact fields.
/// </summary>
public class ExactFieldsScopeExamples
{
    private static Verdict Check(string op, VerdictKind kind, JsonObject expected, JsonObject actual) =>
        ExactFields.Check(CaseGenerators.Find(op), new Verdict(kind, "as judged", expected, actual));

    [Fact]
    public void A_failed_verdict_keeps_its_kind_and_detail_though_an_exact_field_differs()
    {
        var v = Check("MaxPool", VerdictKind.ShapeMismatch, new() { ["result"] = 1, ["indices"] = Int64(0) }, new() { ["result"] = 2, ["indices"] = Int64(1) });
        Assert.Equal((VerdictKind.ShapeMismatch, "as judged"), (v.Kind, v.Detail));
    }

    [Fact]
    public void A_field_the_spec_does_not_answer_is_not_compared()
    {
        var v = Check("MaxPool", VerdictKind.Pass, new() { ["result"] = 1 }, new() { ["result"] = 1, ["indices"] = Int64(1) });
        Assert.Equal((VerdictKind.Pass, "as judged"), (v.Kind, v.Detail));
    }

    [Fact]
    public void An_operation_without_exact_fields_keeps_its_pass_whatever_else_the_responses_hold()
    {
        var v = Check("convolve", VerdictKind.Pass, new() { ["result"] = 1, ["indices"] = Int64(0) }, new() { ["result"] = 1 });
        Assert.Equal((VerdictKind.Pass, "as judged"), (v.Kind, v.Detail));
    }
}
