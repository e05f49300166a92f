using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The spec's reference answer for operations without a case generator, a spec that answers internal, error
/// responses whose type and message are not strings, and answers without the request id (protocol framing).
/// </summary>
public class CaseJudgeReferenceExamples
{
    private static readonly CheckOptions Options = new() { Timeout = TimeSpan.FromSeconds(10) };

    private static JsonObject Good() => new()
    {
        ["in1"] = WireTensor.ToNode(TensorValue.Int64([2], [1, 2])), ["in2"] = WireTensor.ToNode(TensorValue.Int64([2], [1, 1])),
    };

    [Fact]
    public void The_reference_to_an_operation_without_a_generator_is_the_eval_answer_to_the_args_as_given()
    {
        var reference = CaseJudge.Reference("no_such_op", Good());
        Assert.Equal("invalid_argument", (string?)reference["error"]!["type"]);
        Assert.StartsWith("op: unknown operation 'no_such_op'", (string?)reference["error"]!["message"]);
    }

    [Fact]
    public void An_eval_method_candidate_asked_an_operation_without_a_generator_answers_the_args_as_given()
    {
        using var candidate = new DirectMethodCandidate();
        var reply = candidate.Ask("no_such_op", Good(), TimeSpan.FromSeconds(10));
        Assert.Equal(ReplyKind.Response, reply.Kind);
        Assert.Equal("invalid_argument", (string?)reply.Response!["error"]!["type"]);
    }

    [Fact]
    public void A_spec_that_answers_internal_is_a_reference_internal_verdict_naming_its_message()
    {
        using var candidate = new DelegateCandidate("correct", Candidates.Correct);
        var expected = DelegateCandidate.ErrorResponse("internal", "index out of range in the spec");
        var v = CaseJudge.Compare(candidate, CaseGenerators.Find("convolve"), Good(), Options, expected);
        Assert.Equal(VerdictKind.ReferenceInternal, v.Kind);
        Assert.Equal("ConvSpec answered internal: index out of range in the spec", v.Detail);
    }

    [Fact]
    public void An_error_whose_type_and_message_are_not_strings_counts_as_an_error_of_unknown_type()
    {
        using var candidate = new DelegateCandidate("numeric error", (_, _) => new JsonObject { ["error"] = new JsonObject { ["type"] = 5, ["message"] = 7 } });
        var v = CaseJudge.Judge(candidate, CaseGenerators.Find("convolve"), Good(), Options);
        Assert.Equal(VerdictKind.UnexpectedError, v.Kind);
        Assert.StartsWith("candidate answers ? ()", v.Detail);
    }

    [Fact]
    public void The_eval_answer_is_the_response_without_its_id()
    {
        var response = CaseJudge.Evaluate("convolve", Good());
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["result"] = WireTensor.ToNode(TensorValue.Int64([3], [1, 3, 2])) }, response), response.ToJsonString());
    }

    [Fact]
    public void The_candidate_answer_in_a_verdict_is_its_response_without_its_id()
    {
        using var candidate = new DelegateCandidate("with id", (op, args) =>
        {
            var response = CaseJudge.Reference(op, args);
            response["id"] = 7;
            return response;
        });
        var v = CaseJudge.Judge(candidate, CaseGenerators.Find("convolve"), Good(), Options);
        Assert.Equal(VerdictKind.Pass, v.Kind);
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["result"] = WireTensor.ToNode(TensorValue.Int64([3], [1, 3, 2])) }, v.Actual), v.Actual!.ToJsonString());
    }
}
