using System.Diagnostics;
using ConvSpec.Conformance;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// Child-process candidates at the edges of their streams: a working directory, one that does not exist, a
/// non-numeric id, stdout closed while running, a long stderr, a candidate that ignores the end of its input.
/// </summary>
public class ProcessCandidateStreamTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static System.Text.Json.Nodes.JsonObject Args() => new()
    {
        ["in1"] = WireTensor.ToNode(ConvSpec.Protocol.TensorValue.Int64([2], [1, 2])),
        ["in2"] = WireTensor.ToNode(ConvSpec.Protocol.TensorValue.Int64([1], [1])),
    };

    private static CandidateReply AskOnce(string script, string? workingDirectory = null)
    {
        using var candidate = new ProcessCandidate(Candidates.Shell(script), workingDirectory, TimeSpan.Zero);
        return candidate.Ask("convolve", Args(), Timeout);
    }

    [Fact]
    public void A_candidate_runs_in_its_working_directory()
    {
        var directory = Path.GetFullPath(Path.GetTempPath()).TrimEnd('/');
        var reply = AskOnce("read line; pwd >&2; exit 1", directory);
        Assert.Equal(ReplyKind.Crash, reply.Kind);
        Assert.Contains("stderr: " + directory, reply.Detail);
    }

    [Fact]
    public void A_working_directory_that_does_not_exist_is_a_crash_naming_the_failed_send()
    {
        var reply = AskOnce("cat", "/nonexistent/convspec-candidate-dir");
        Assert.Equal(ReplyKind.Crash, reply.Kind);
        Assert.StartsWith("could not send the request (", reply.Detail);
        Assert.DoesNotContain("exit code", reply.Detail);
    }

    [Fact]
    public void An_id_that_is_not_a_number_is_a_wrong_id_naming_it()
    {
        var reply = AskOnce("read line; echo '{\"id\": \"one\", \"result\": 1}'; read line");
        Assert.Equal(ReplyKind.WrongId, reply.Kind);
        Assert.Equal("answered request id 1 with id \"one\"", reply.Detail);
    }

    [Fact]
    public void A_candidate_that_closes_its_output_and_keeps_running_is_a_crash_without_an_exit_code()
    {
        // Not through Candidates.Shell: the outer shell would keep the output open.
        using var candidate = new ProcessCandidate("exec 1>&-; read line; sleep 30", startupGrace: TimeSpan.Zero);
        var reply = candidate.Ask("convolve", Args(), Timeout);
        Assert.Equal(ReplyKind.Crash, reply.Kind);
        Assert.Equal("closed its output", reply.Detail);
    }

    [Fact]
    public void A_stderr_longer_than_64_KiB_is_reported_by_its_last_500_characters()
    {
        var reply = AskOnce("read line; i=0; while [ $i -lt 2000 ]; do echo \"line $i of a long complaint ......................\" >&2; i=$((i+1)); done; echo last-words >&2; exit 2");
        Assert.Equal(ReplyKind.Crash, reply.Kind);
        Assert.Contains("exit code 2", reply.Detail);
        var stderr = reply.Detail[(reply.Detail.IndexOf("stderr: ", StringComparison.Ordinal) + "stderr: ".Length)..];
        Assert.StartsWith("…", stderr);
        Assert.Equal(501, stderr.Length);
        Assert.EndsWith("last-words", stderr);
    }

    [Fact]
    public void Disposing_a_candidate_that_ignores_the_end_of_its_input_kills_it()
    {
        // The candidate answers its own pid, then becomes a sleep that neither reads its input nor ends on SIGTERM.
        var candidate = new ProcessCandidate(Candidates.Shell("trap '' TERM; read line; echo \"{\\\"id\\\": 1, \\\"result\\\": $$}\"; exec sleep 60"), startupGrace: TimeSpan.Zero);
        var reply = candidate.Ask("convolve", Args(), Timeout);
        Assert.Equal(ReplyKind.Response, reply.Kind);
        var pid = (int)reply.Response!["result"]!;
        var clock = Stopwatch.StartNew();
        candidate.Dispose();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"Dispose took {clock.Elapsed}");
        // SIGKILL is delivered asynchronously; the child is gone within moments, not after its 60 s.
        while (IsRunning(pid) && clock.Elapsed < TimeSpan.FromSeconds(20)) Thread.Sleep(50);
        Assert.False(IsRunning(pid), $"pid {pid} still runs {clock.Elapsed} after Dispose");
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited && !File.ReadAllText($"/proc/{pid}/stat").Split(' ')[2].Equals("Z", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is ArgumentException or IOException) { return false; }
    }
}
