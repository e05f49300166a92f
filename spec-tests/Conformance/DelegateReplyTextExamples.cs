using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The whole text an in-process candidate's reply carries when it is not a response (a timeout, a throw, null, a
/// value that is neither a response nor a tensor, abbreviated past 200 characters), and the messages of the typed
/// getters of <see cref="CandidateArgs"/>.
/// </summary>
public class DelegateReplyTextExamples
{
    private static CandidateReply Ask(Func<string, JsonObject, JsonNode?> answer, double seconds = 10)
    {
        using var candidate = new DelegateCandidate("example", answer);
        return candidate.Ask("convolve", new JsonObject(), TimeSpan.FromSeconds(seconds));
    }

    [Fact]
    public void A_delegate_still_running_at_the_timeout_is_reported_with_the_timeout_in_seconds()
    {
        // Not disposed: the abandoned delegate may still be waking from Wait when the test ends.
        var release = new ManualResetEventSlim();
        var reply = Ask((_, _) => { release.Wait(TimeSpan.FromSeconds(30)); return null; }, 0.25);
        release.Set();
        Assert.Equal((ReplyKind.Timeout, "no answer within 0.25 s"), (reply.Kind, reply.Detail));
        Assert.Null(reply.Response);
    }

    [Fact]
    public void A_delegate_that_throws_another_exception_is_a_crash_naming_its_type_and_message()
    {
        var reply = Ask((_, _) => throw new KeyNotFoundException("no such key"));
        Assert.Equal((ReplyKind.Crash, "threw KeyNotFoundException: no such key"), (reply.Kind, reply.Detail));
    }

    [Theory]
    [InlineData("unsupported")]
    [InlineData("invalid_argument")]
    [InlineData("overflow")]
    public void A_delegate_that_throws_an_exception_of_the_protocol_answers_that_error(string type)
    {
        Exception e = type switch
        {
            "unsupported" => new NotSupportedException("not here"),
            "invalid_argument" => new ArgumentException("x: bad", "x"),
            _ => new OverflowException("not here"),
        };
        var reply = Ask((_, _) => throw e);
        Assert.Equal(ReplyKind.Response, reply.Kind);
        Assert.Equal(type, (string?)reply.Response!["error"]!["type"]);
        Assert.Equal(type == "invalid_argument" ? "x: bad" : "not here", (string?)reply.Response!["error"]!["message"]);
    }

    [Fact]
    public void A_delegate_that_answers_null_is_garbage_saying_so()
    {
        var reply = Ask((_, _) => null);
        Assert.Equal((ReplyKind.Garbage, "answered null"), (reply.Kind, reply.Detail));
    }

    [Fact]
    public void A_delegate_that_answers_neither_a_response_nor_a_tensor_is_garbage_showing_the_answer()
    {
        var reply = Ask((_, _) => new JsonArray(1, 2));
        Assert.Equal((ReplyKind.Garbage, "answered [1,2], neither a response nor a tensor"), (reply.Kind, reply.Detail));
        var other = Ask((_, _) => new JsonObject { ["answer"] = 3 });
        Assert.Equal("answered {\"answer\":3}, neither a response nor a tensor", other.Detail);
    }

    [Fact]
    public void An_answer_longer_than_200_characters_is_shown_by_its_first_200_and_an_ellipsis()
    {
        var answer = new string('a', 250);
        var reply = Ask((_, _) => JsonValue.Create(answer));
        Assert.Equal("answered \"" + new string('a', 199) + "…, neither a response nor a tensor", reply.Detail);
    }

    [Fact]
    public void Abbreviation_keeps_a_text_of_200_characters_and_cuts_one_of_201()
    {
        Assert.Equal(new string('b', 200), DelegateCandidate.Abbreviate(new string('b', 200)));
        Assert.Equal(new string('b', 200) + "…", DelegateCandidate.Abbreviate(new string('b', 201)));
    }

    [Fact]
    public void An_error_response_or_a_tensor_is_a_response_and_the_tensor_becomes_its_result()
    {
        var error = Ask((_, _) => DelegateCandidate.ErrorResponse("overflow", "m"));
        Assert.Equal("{\"error\":{\"type\":\"overflow\",\"message\":\"m\"}}", error.Response!.ToJsonString());
        Assert.Equal("", error.Detail);
        var tensor = Ask((_, _) => WireTensor.ToNode(TensorValue.Int64([1], [4])));
        Assert.Equal(ReplyKind.Response, tensor.Kind);
        Assert.Equal([4L], (long[])WireTensor.FromNode(tensor.Response!["result"], "result").Data);
    }

    [Fact]
    public void A_list_argument_holding_a_non_integer_is_refused_showing_the_list()
    {
        var args = new CandidateArgs(new JsonObject { ["axes"] = new JsonArray(1, 2.5) });
        var e = Assert.Throws<ArgumentException>(() => args.IntegerList("axes"));
        Assert.Equal("axes", e.ParamName);
        Assert.Equal("axes: must be a list of integers (got [1,2.5])", ErrorType.MessageOf(e));
    }

    [Fact]
    public void A_missing_tensor_argument_is_refused_by_name()
    {
        var e = Assert.Throws<ArgumentException>(() => new CandidateArgs(new JsonObject()).Tensor("in1"));
        Assert.Equal("in1", e.ParamName);
        Assert.Equal("in1: must be a tensor (got null)", ErrorType.MessageOf(e));
    }
}
