using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// Shell pieces for child-process candidates run directly by <c>/bin/sh -c</c> (not through
/// <see cref="Candidates.Shell"/>), so <c>$$</c> is the pid of the candidate process itself.
/// </summary>
internal static class ProcessCandidateScripts
{
    /// <summary>Answers the request in <c>$line</c> with its own id and <paramref name="result"/> (shell text, e.g. <c>$$</c>).</summary>
    public static string Answer(string result) =>
        "id=${line#*'\"id\":'}; id=${id%%,*}; echo \"{\\\"id\\\": $id, \\\"result\\\": " + result + "}\"";

    /// <summary>Answers every request line as <see cref="Answer"/> does, until the input ends.</summary>
    public static string AnswerEach(string result) => "while read -r line; do " + Answer(result) + "; done";

    /// <summary>A small convolve request.</summary>
    public static JsonObject Args() => new()
    {
        ["in1"] = WireTensor.ToNode(TensorValue.Int64([2], [1, 2])), ["in2"] = WireTensor.ToNode(TensorValue.Int64([1], [1])),
    };

    /// <summary>Waits (at most 5 s) until process <paramref name="pid"/> is gone and reaped.</summary>
    public static void AwaitExit(int pid)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (Directory.Exists($"/proc/{pid}") && clock.Elapsed < TimeSpan.FromSeconds(5)) Thread.Sleep(10);
    }
}
