using ConvSpec.Conformance;
using static ConvSpec.SpecTests.Conformance.ProcessCandidateScripts;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>Disposing a child-process candidate ends its input and gives it a moment to finish on its own.</summary>
public class ProcessCandidateDisposeTests
{
    [Fact]
    public void Dispose_ends_the_input_and_lets_a_candidate_finish_what_it_does_after_its_input_ends()
    {
        var marker = Path.Combine(Path.GetTempPath(), $"convspec-dispose-{Guid.NewGuid():N}");
        try
        {
            var candidate = new ProcessCandidate(AnswerEach("1") + $"; sleep 0.2; echo clean > '{marker}'", startupGrace: TimeSpan.Zero);
            Assert.Equal(ReplyKind.Response, candidate.Ask("convolve", Args(), TimeSpan.FromSeconds(10)).Kind);
            candidate.Dispose();
            Assert.Equal("clean\n", File.Exists(marker) ? File.ReadAllText(marker) : "no marker");
        }
        finally { File.Delete(marker); }
    }
}
