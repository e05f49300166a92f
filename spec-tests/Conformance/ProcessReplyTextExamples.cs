using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The whole text a child-process candidate's reply carries for each way a line can fail to be a response, for a
/// closed output with and without an exit code and stderr, and for a timeout with and without the startup grace.
/// </summary>
public class ProcessReplyTextExamples
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static JsonObject Args() => new()
    {
        ["in1"] = WireTensor.ToNode(TensorValue.Int64([2], [1, 2])), ["in2"] = WireTensor.ToNode(TensorValue.Int64([1], [1])),
    };

    /// <summary>The reply to one request of a candidate that reads it and then runs <paramref name="then"/>.</summary>
    private static CandidateReply AnswerWith(string then)
    {
        using var candidate = new ProcessCandidate(Candidates.Shell("read line; " + then), startupGrace: TimeSpan.Zero);
        return candidate.Ask("convolve", Args(), Timeout);
    }

    /// <summary>Asserts that the candidate running <paramref name="then"/> replies <paramref name="kind"/> with exactly <paramref name="detail"/>.</summary>
    private static CandidateReply Replies(ReplyKind kind, string detail, string then)
    {
        var reply = AnswerWith(then);
        Assert.Equal((kind, detail), (reply.Kind, reply.Detail));
        return reply;
    }

    [Fact]
    public void A_line_that_is_not_json_is_garbage_showing_the_line() =>
        Replies(ReplyKind.Garbage, "wrote a line that is not JSON: this is not json", "echo 'this is not json'; read line");

    [Fact]
    public void A_line_longer_than_200_characters_is_shown_abbreviated() =>
        Replies(ReplyKind.Garbage, "wrote a line that is not JSON: " + new string('x', 200) + "…", "head -c 300 /dev/zero | tr '\\0' x; echo; read line");

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("{\"id\": 1}")]
    public void A_json_line_that_is_not_a_response_object_is_garbage_showing_the_line(string line) =>
        Replies(ReplyKind.Garbage, "wrote a line that is not a response {id, result|error}: " + line, $"echo '{line}'; read line");

    [Fact]
    public void An_error_line_with_the_request_id_is_a_response() =>
        Assert.Equal("overflow", (string?)Replies(ReplyKind.Response, "", "echo '{\"id\": 1, \"error\": {\"type\": \"overflow\", \"message\": \"m\"}}'; read line").Response!["error"]!["type"]);

    [Theory]
    [InlineData("{\"id\": 999, \"result\": 1}", "999")]
    [InlineData("{\"result\": 1}", "missing")]
    public void A_response_with_another_id_or_none_names_both_ids(string line, string id) =>
        Replies(ReplyKind.WrongId, "answered request id 1 with id " + id, $"echo '{line}'; read line");

    [Theory]
    [InlineData("exit 3", "closed its output; exit code 3")]
    [InlineData("echo dying >&2; exit 3", "closed its output; exit code 3; stderr: dying")]
    public void A_candidate_that_exits_is_a_crash_with_its_exit_code_and_then_its_stderr(string then, string detail) =>
        Replies(ReplyKind.Crash, detail, then);

    [Fact]
    public void A_first_answer_may_take_the_startup_grace_beyond_the_timeout_and_later_ones_only_the_timeout()
    {
        using var fresh = new ProcessCandidate(Candidates.Shell("sleep 60"), startupGrace: TimeSpan.FromSeconds(0.25));
        var first = fresh.Ask("convolve", Args(), TimeSpan.FromSeconds(0.5));
        Assert.Equal((ReplyKind.Timeout, "no answer within 0.75 s; killed"), (first.Kind, first.Detail));

        using var started = new ProcessCandidate(Candidates.Shell("read line; echo '{\"id\": 1, \"result\": 1}'; sleep 60"), startupGrace: TimeSpan.Zero);
        Assert.Equal(ReplyKind.Response, started.Ask("convolve", Args(), Timeout).Kind);
        var second = started.Ask("convolve", Args(), TimeSpan.FromSeconds(0.5));
        Assert.Equal((ReplyKind.Timeout, "no answer within 0.5 s; killed"), (second.Kind, second.Detail));
    }
}
