using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// CaseJudge's verdicts for answers that are not plain results: errors of the wrong type, a candidate whose
/// Ask itself throws, process candidates that answer a non-response JSON line or no id, int64 mismatches.
/// </summary>
public class CaseJudgeVerdictExamples
{
    private static readonly CheckOptions Options = new() { Timeout = TimeSpan.FromSeconds(10) };

    private static JsonObject Vector(string dtype, params long[] data) =>
        new() { ["dtype"] = dtype, ["shape"] = new JsonArray(data.Length), ["data"] = new JsonArray(data.Select(x => (JsonNode)x).ToArray()) };

    private static JsonObject EmptyIn1() => new() { ["in1"] = Vector("int64"), ["in2"] = Vector("int64", 1) };

    private static JsonObject Good() => new() { ["in1"] = Vector("int64", 1, 2), ["in2"] = Vector("int64", 1, 1) };

    [Fact]
    public void An_overflow_answer_where_the_spec_answers_invalid_argument_is_an_error_type_mismatch()
    {
        using var candidate = new DelegateCandidate("wrong error", (_, _) => DelegateCandidate.ErrorResponse("overflow", "too big"));
        var spec = CaseJudge.Reference("convolve", EmptyIn1());
        Assert.Equal("invalid_argument", (string?)spec["error"]!["type"]);
        var v = CaseJudge.Judge(candidate, CaseGenerators.Find("convolve"), EmptyIn1(), Options);
        Assert.Equal(VerdictKind.ErrorTypeMismatch, v.Kind);
        Assert.Contains("candidate answers overflow", v.Detail);
    }

    [Fact]
    public void An_error_response_without_type_or_message_still_counts_as_an_error()
    {
        using var candidate = new DelegateCandidate("bare error", (_, _) => new JsonObject { ["error"] = new JsonObject() });
        var v = CaseJudge.Judge(candidate, CaseGenerators.Find("convolve"), Good(), Options);
        Assert.Equal(VerdictKind.UnexpectedError, v.Kind);
        Assert.Contains("candidate answers ?", v.Detail);
    }

    [Fact]
    public void A_candidate_whose_ask_throws_is_a_reference_internal_verdict_not_a_crash_of_the_check()
    {
        var v = CaseJudge.Judge(new ThrowingCandidate(), CaseGenerators.Find("convolve"), Good(), Options);
        Assert.Equal(VerdictKind.ReferenceInternal, v.Kind);
        Assert.Equal("convspec check could not judge this case (InvalidOperationException: broken harness); please report it", v.Detail);
    }

    [Fact]
    public void An_int64_value_mismatch_names_both_values()
    {
        using var candidate = new DelegateCandidate("off by one", (_, _) => WireTensor.ToNode(TensorValue.Int64([3], [1, 3, 3])));
        var v = CaseJudge.Judge(candidate, CaseGenerators.Find("convolve"), Good(), Options);
        Assert.Equal(VerdictKind.ValueMismatch, v.Kind);
        Assert.Contains("3", v.Detail);
        Assert.Contains("2", v.Detail);
    }

    [Fact]
    public void A_process_that_answers_a_json_line_that_is_not_a_response_is_garbage()
    {
        using var candidate = new ProcessCandidate(Candidates.Shell("while read line; do echo '[1, 2]'; done"), startupGrace: TimeSpan.Zero);
        var reply = candidate.Ask("convolve", Good(), TimeSpan.FromSeconds(10));
        Assert.Equal(ReplyKind.Garbage, reply.Kind);
        Assert.Contains("not a response", reply.Detail);
    }

    [Fact]
    public void A_process_that_answers_without_an_id_is_a_wrong_id()
    {
        using var candidate = new ProcessCandidate(Candidates.Shell("while read line; do echo '{\"result\": 1}'; done"), startupGrace: TimeSpan.Zero);
        var reply = candidate.Ask("convolve", Good(), TimeSpan.FromSeconds(10));
        Assert.Equal(ReplyKind.WrongId, reply.Kind);
        Assert.Contains("with id missing", reply.Detail);
    }

    private sealed class ThrowingCandidate : ICandidate
    {
        public string Name => "throws";
        public CandidateReply Ask(string op, JsonObject args, TimeSpan timeout) => throw new InvalidOperationException("broken harness");
        public void Dispose() { }
    }
}
