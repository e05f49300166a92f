using System.Text;
using ConvSpec.Conformance;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>The error drain keeps up to 64 KiB = 65536 characters whole and, past that, its last 32 KiB = 32768.</summary>
public class ProcessCandidateDrainExamples
{
    private static string Drained(int lineLength)
    {
        var sink = new StringBuilder();
        ProcessCandidate.Drain(new StringReader(new string('x', lineLength) + "\n"), sink);
        return sink.ToString();
    }

    [Fact]
    public void A_text_of_exactly_64_KiB_is_kept_whole() =>
        Assert.Equal(new string('x', 65535) + Environment.NewLine, Drained(65535));

    [Fact]
    public void A_text_one_past_64_KiB_is_cut_to_its_last_32_KiB() =>
        Assert.Equal(new string('x', 32768 - Environment.NewLine.Length) + Environment.NewLine, Drained(65536));
}
