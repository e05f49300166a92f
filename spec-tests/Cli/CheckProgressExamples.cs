using ConvSpec.Conformance;
using static ConvSpec.Cli.Commands.CheckCommand;

namespace ConvSpec.SpecTests.Cli;

/// <summary>
/// <c>convspec check</c>'s progress: on a terminal one line rewritten in place ("\r", padded to 70 columns) per case and
/// a padded summary line per finished operation; redirected, only the plain summary line.
/// </summary>
public class CheckProgressExamples
{
    private static readonly OpSummary Summary = new("convolve", 3, 1, 1, 1, 0, 0, []);

    private static string Report(bool terminal, params CheckProgress[] reports)
    {
        using var stream = new MemoryStream();
        var writer = new StreamWriter(stream) { NewLine = "\n" };
        var progress = new ConsoleProgress(writer, terminal);
        foreach (var p in reports) progress.Report(p);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "|" + Flushed(writer);
    }

    private static string Flushed(StreamWriter writer)
    {
        writer.Flush();
        return System.Text.Encoding.UTF8.GetString(((MemoryStream)writer.BaseStream).ToArray());
    }

    [Fact]
    public void On_a_terminal_each_case_rewrites_the_line_at_once_and_the_summary_overwrites_it()
    {
        var printed = Report(true, new("convolve", 1, 3, false, null), new("convolve", 3, 3, true, Summary));
        var caseLine = "\rconvolve: case 1/3".PadRight(70);
        var summaryLine = "\r" + "convolve: 3 cases, 1 passed, 1 not covered, 1 failed".PadRight(70) + "\n";
        Assert.Equal(caseLine + "|" + caseLine + summaryLine, printed);
    }

    [Fact]
    public void Redirected_only_the_finished_operation_is_printed_as_a_plain_line()
    {
        var printed = Report(false, new("convolve", 1, 3, false, null), new("convolve", 3, 3, true, Summary));
        Assert.Equal("|convolve: 3 cases, 1 passed, 1 not covered, 1 failed\n", printed);
    }
}
