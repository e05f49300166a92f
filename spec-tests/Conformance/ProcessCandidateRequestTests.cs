using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using static ConvSpec.SpecTests.Conformance.ProcessCandidateScripts;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// What a child-process candidate reads: one line per request, the object {id, op, args} with ids 1, 2, … and no
/// byte-order mark; and what it is told when it cannot be started.
/// </summary>
public class ProcessCandidateRequestTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public void Each_request_line_is_the_object_of_its_id_op_and_args()
    {
        // The candidate answers each request with the request line itself as the result.
        using var candidate = new ProcessCandidate(AnswerEach("$line"), startupGrace: TimeSpan.Zero);
        foreach (var (id, op) in new[] { (1, "convolve"), (2, "correlate") })
        {
            var reply = candidate.Ask(op, Args(), Timeout);
            Assert.Equal(ReplyKind.Response, reply.Kind);
            var expected = new JsonObject { ["id"] = id, ["op"] = op, ["args"] = Args() };
            Assert.True(JsonNode.DeepEquals(expected, reply.Response!["result"]), reply.Response!.ToJsonString());
        }
    }

    [Fact]
    public void A_candidate_that_cannot_be_started_is_a_crash_whose_detail_is_only_the_failed_send()
    {
        using var candidate = new ProcessCandidate("cat", "/nonexistent/convspec-candidate-dir", TimeSpan.Zero);
        var reply = candidate.Ask("convolve", Args(), Timeout);
        Assert.Equal(ReplyKind.Crash, reply.Kind);
        Assert.Matches(@"^could not send the request \(.+\)$", reply.Detail);
    }
}
