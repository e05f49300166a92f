using System.Collections.Concurrent;
using System.Text;
using ConvSpec.Conformance;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The two readers of a child-process candidate's streams, on readers that end or fail: the output pump queues
/// non-blank lines then the end marker null, the error drain keeps what it read; neither lets a failure escape its
/// thread.
/// </summary>
public class ProcessCandidateReaderExamples
{
    /// <summary>A reader that gives its lines, then fails as a pipe closed under it does.</summary>
    private sealed class FailingReader(Exception failure, params string[] lines) : TextReader
    {
        private int next;
        public override string? ReadLine() => next < lines.Length ? lines[next++] : throw failure;
    }

    [Fact]
    public void The_pump_queues_non_blank_lines_then_null_at_the_end_of_the_stream()
    {
        var queue = new BlockingCollection<string?>();
        ProcessCandidate.Pump(new StringReader("{\"id\": 1}\n   \n\n{\"id\": 2}\n"), queue);
        Assert.Equal<IEnumerable<string?>>(["{\"id\": 1}", "{\"id\": 2}", null], queue);
    }

    [Theory]
    [MemberData(nameof(StreamFailures))]
    public void The_pump_ends_with_null_when_the_stream_fails(Exception failure)
    {
        var queue = new BlockingCollection<string?>();
        ProcessCandidate.Pump(new FailingReader(failure, "{\"id\": 1}"), queue);
        Assert.Equal<IEnumerable<string?>>(["{\"id\": 1}", null], queue);
    }

    [Theory]
    [MemberData(nameof(StreamFailures))]
    public void The_drain_keeps_the_lines_read_before_the_stream_failed(Exception failure)
    {
        var sink = new StringBuilder();
        ProcessCandidate.Drain(new FailingReader(failure, "first", "second"), sink);
        Assert.Equal("first\nsecond\n", sink.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_drain_keeps_the_last_32_KiB_once_the_error_text_passes_64_KiB()
    {
        var sink = new StringBuilder();
        var line = new string('x', 1023);
        var lines = Enumerable.Range(0, 70).Select(i => $"{i:D3}{line}").ToArray();
        ProcessCandidate.Drain(new StringReader(string.Join("\n", lines) + "\nlast\n"), sink);
        var text = sink.ToString();
        Assert.True(text.Length <= 1 << 16, $"{text.Length} characters kept");
        Assert.EndsWith("last" + Environment.NewLine, text);
        Assert.DoesNotContain("000" + line, text);
    }

    public static TheoryData<Exception> StreamFailures() => new() { new IOException("broken pipe"), new ObjectDisposedException("stream") };

    [Fact]
    public void A_failure_that_is_not_of_a_closed_stream_escapes_the_pump()
    {
        var queue = new BlockingCollection<string?>();
        Assert.Throws<InvalidOperationException>(() => ProcessCandidate.Pump(new FailingReader(new InvalidOperationException("bug")), queue));
    }
}
