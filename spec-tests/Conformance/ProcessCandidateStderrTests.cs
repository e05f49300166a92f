using ConvSpec.Conformance;
using static ConvSpec.SpecTests.Conformance.ProcessCandidateScripts;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The stderr a fault reports: everything the candidate wrote until its stderr closed (waited for a moment), its
/// last 500 characters when longer, and only what was written since the previous fault.
/// </summary>
public class ProcessCandidateStderrTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static string DetailOf(ProcessCandidate candidate)
    {
        var reply = candidate.Ask("convolve", Args(), Timeout);
        Assert.Equal(ReplyKind.Crash, reply.Kind);
        return reply.Detail;
    }

    [Fact]
    public void Each_fault_reports_only_the_stderr_written_since_the_previous_one()
    {
        using var candidate = new ProcessCandidate("read -r line; echo complaint >&2; exit 3", startupGrace: TimeSpan.Zero);
        Assert.Equal("closed its output; exit code 3; stderr: complaint", DetailOf(candidate));
        Assert.Equal("closed its output; exit code 3; stderr: complaint", DetailOf(candidate));
    }

    [Theory]
    [InlineData("", 500, "")]    // 500 characters are shown whole
    [InlineData("x", 500, "…")]  // 501 are shown as … and the last 500
    public void A_stderr_is_shown_whole_up_to_500_characters_and_by_its_last_500_beyond(string first, int es, string mark)
    {
        using var candidate = new ProcessCandidate($"read -r line; printf '{first}' >&2; head -c {es} /dev/zero | tr '\\0' e >&2; exit 3", startupGrace: TimeSpan.Zero);
        Assert.Equal("closed its output; exit code 3; stderr: " + mark + new string('e', es), DetailOf(candidate));
    }

    [Fact]
    public void Stderr_written_after_the_exit_by_an_escaped_child_is_waited_for()
    {
        // The subshell outlives the candidate (reparented, outside its process tree) and holds its stderr open 0.2 s.
        using var candidate = new ProcessCandidate("read -r line; (sleep 0.2; echo late >&2) </dev/null >/dev/null & exit 3", startupGrace: TimeSpan.Zero);
        Assert.Equal("closed its output; exit code 3; stderr: late", DetailOf(candidate));
    }
}
