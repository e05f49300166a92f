using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConvSpec.Conformance;

/// <summary>
/// A candidate that runs as a long-lived child process (the command line run by /bin/sh -c) speaking the eval protocol in reverse: each request is
/// one line on its standard input, each response one line on its standard output. Reads are asynchronous
/// with a timeout; a candidate that hangs is killed with its whole process tree, and one that crashed, hung,
/// wrote garbage or answered the wrong id is restarted for the next request (its stream is out of step).
/// The first answer after a start may take <paramref name="startupGrace"/> (default 10 s) longer than the
/// timeout, for interpreters that load libraries first.
/// </summary>
public sealed class ProcessCandidate(string commandLine, string? workingDirectory = null, TimeSpan? startupGrace = null) : ICandidate
{
    private bool fresh;
    private Process? process;
    private BlockingCollection<string?>? lines;
    private readonly StringBuilder stderr = new();
    private Task? errorReader;
    private long nextId;

    public string Name => commandLine;

    public CandidateReply Ask(string op, JsonObject args, TimeSpan timeout)
    {
        var id = ++nextId;
        var request = new JsonObject { ["id"] = id, ["op"] = op, ["args"] = args.DeepClone() }.ToJsonString();
        try
        {
            EnsureStarted();
            // Process's StandardInput flushes every write (AutoFlush), so the line is on the pipe now.
            process!.StandardInput.WriteLine(request);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return Fault(ReplyKind.Crash, $"could not send the request ({e.Message}){ExitText()}");
        }
        var wait = fresh ? timeout + (startupGrace ?? TimeSpan.FromSeconds(10)) : timeout;
        fresh = false;
        if (!lines!.TryTake(out var line, wait))
            return Fault(ReplyKind.Timeout, $"no answer within {wait.TotalSeconds:0.###} s; killed");
        if (line is null) return Fault(ReplyKind.Crash, $"closed its output{ExitText()}");
        return Parse(line, id);
    }

    private CandidateReply Parse(string line, long id)
    {
        JsonNode? node;
        try { node = JsonNode.Parse(line); }
        catch (JsonException) { return Fault(ReplyKind.Garbage, $"wrote a line that is not JSON: {DelegateCandidate.Abbreviate(line)}"); }
        if (node is not JsonObject o || !(o.ContainsKey("result") || o.ContainsKey("error")))
            return Fault(ReplyKind.Garbage, $"wrote a line that is not a response {{id, result|error}}: {DelegateCandidate.Abbreviate(line)}");
        var answeredId = o["id"];
        if (answeredId is not JsonValue v || !v.TryGetValue<long>(out var got) || got != id)
            return Fault(ReplyKind.WrongId, $"answered request id {id} with id {answeredId?.ToJsonString() ?? "missing"}");
        return CandidateReply.Of(o);
    }

    private CandidateReply Fault(ReplyKind kind, string detail)
    {
        Stop();
        var tail = StderrTail();
        return new(kind, null, tail.Length == 0 ? detail : $"{detail}; stderr: {tail}");
    }

    private void EnsureStarted()
    {
        if (process is { HasExited: true }) Stop();
        if (process is not null) return;
        var info = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            UseShellExecute = false, WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
            StandardInputEncoding = new UTF8Encoding(false), // no byte-order mark before the first request
        };
        // Standard output is read as Encoding.Default, UTF-8 (a leading byte-order mark is skipped).
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(commandLine);
        var p = new Process { StartInfo = info };
        p.Start();
        var queue = new BlockingCollection<string?>();
        var output = p.StandardOutput;
        // The readers run on threads of their own that are background threads (LongRunning tasks), so one blocked
        // on a pipe an escaped grandchild holds open never keeps the checker from exiting.
        Task.Factory.StartNew(() => Pump(output, queue), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var errors = p.StandardError;
        errorReader = Task.Factory.StartNew(() => Drain(errors, stderr), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        (process, lines, fresh) = (p, queue, true);
    }

    /// <summary>
    /// Queues every non-blank line of <paramref name="output"/>, then null for its end; a stream that fails (closed
    /// under the reader when the candidate is stopped) ends it the same way.
    /// </summary>
    internal static void Pump(TextReader output, BlockingCollection<string?> queue)
    {
        try
        {
            while (output.ReadLine() is { } line)
                if (line.Trim().Length > 0) queue.Add(line);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException) { }
        queue.Add(null);
    }

    /// <summary>
    /// Appends every line of <paramref name="errors"/> to <paramref name="sink"/>, keeping its last 32 KiB once it
    /// passes 64 KiB, until the stream ends or fails.
    /// </summary>
    internal static void Drain(TextReader errors, StringBuilder sink)
    {
        try
        {
            while (errors.ReadLine() is { } line)
                lock (sink)
                {
                    sink.AppendLine(line);
                    if (sink.Length > 1 << 16) sink.Remove(0, sink.Length - (1 << 15));
                }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException) { }
    }

    private string ExitText()
    {
        if (process is null) return "";
        if (!process.WaitForExit(200)) return "";
        return $"; exit code {process.ExitCode}";
    }

    private string StderrTail()
    {
        errorReader?.Wait(500);
        lock (stderr)
        {
            var text = stderr.ToString().Trim();
            stderr.Clear();
            return text.Length <= 500 ? text : "…" + text[^500..];
        }
    }

    /// <summary>
    /// Sends the candidate and its children SIGKILL, if running, and drops it. Nothing reads the process after this,
    /// and SIGKILL cannot be caught, so Stop does not wait for the death.
    /// </summary>
    private void Stop()
    {
        if (process is null) return;
        using var stopped = process;
        process = null;
        // Kill returns quietly for a process that has exited (ESRCH); it throws only for a process this user may not
        // signal, which a child started here is not.
        stopped.Kill(entireProcessTree: true);
    }

    public void Dispose()
    {
        // End of input asks a running candidate to exit; Stop kills one still running after a second.
        if (process is not null)
        {
            try { process.StandardInput.Close(); } catch (IOException) { }
            process.WaitForExit(1000);
        }
        Stop();
    }
}
