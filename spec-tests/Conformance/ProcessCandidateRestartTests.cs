using ConvSpec.Conformance;
using static ConvSpec.SpecTests.Conformance.ProcessCandidateScripts;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// A child-process candidate is started once and kept while it runs; one that exited or faulted is started afresh
/// for the next request; the startup grace is given to the first answer after each start only.
/// </summary>
public class ProcessCandidateRestartTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static int Pid(CandidateReply reply)
    {
        Assert.Equal(ReplyKind.Response, reply.Kind);
        return (int)reply.Response!["result"]!;
    }

    [Fact]
    public void A_running_candidate_answers_every_request_from_one_process()
    {
        using var candidate = new ProcessCandidate(AnswerEach("$$"), startupGrace: TimeSpan.Zero);
        var first = Pid(candidate.Ask("convolve", Args(), Timeout));
        Assert.Equal(first, Pid(candidate.Ask("convolve", Args(), Timeout)));
    }

    [Fact]
    public void A_candidate_that_exited_after_answering_is_started_afresh_for_the_next_request()
    {
        using var candidate = new ProcessCandidate("read -r line; " + Answer("$$"), startupGrace: TimeSpan.Zero);
        var first = Pid(candidate.Ask("convolve", Args(), Timeout));
        AwaitExit(first);
        Assert.NotEqual(first, Pid(candidate.Ask("convolve", Args(), Timeout)));
    }

    [Fact]
    public void A_candidate_that_faulted_is_started_afresh_so_the_next_request_meets_its_first_line_again()
    {
        using var candidate = new ProcessCandidate("read -r line; echo garbage; " + AnswerEach("1"), startupGrace: TimeSpan.Zero);
        var expected = (ReplyKind.Garbage, "wrote a line that is not JSON: garbage");
        var first = candidate.Ask("convolve", Args(), Timeout);
        Assert.Equal(expected, (first.Kind, first.Detail));
        var second = candidate.Ask("convolve", Args(), Timeout);
        Assert.Equal(expected, (second.Kind, second.Detail));
    }

    [Fact]
    public void The_startup_grace_is_not_given_to_the_second_answer_of_a_process()
    {
        using var candidate = new ProcessCandidate("read -r line; echo '{\"id\": 1, \"result\": 1}'; exec sleep 60", startupGrace: TimeSpan.FromSeconds(0.25));
        Assert.Equal(ReplyKind.Response, candidate.Ask("convolve", Args(), Timeout).Kind);
        var second = candidate.Ask("convolve", Args(), TimeSpan.FromSeconds(0.5));
        Assert.Equal((ReplyKind.Timeout, "no answer within 0.5 s; killed"), (second.Kind, second.Detail));
    }
}
