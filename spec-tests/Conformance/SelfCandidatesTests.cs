using ConvSpec.Conformance;

namespace ConvSpec.SpecTests.Conformance;

/// <summary><c>convspec check</c>'s own candidates: every concrete ISelfCandidate of the library, one each, in name order.</summary>
public class SelfCandidatesTests
{
    [Fact]
    public void The_self_candidates_are_eval_with_method_direct_and_with_method_fft_in_name_order() =>
        Assert.Equal(["convspec eval (method direct)", "convspec eval (method fft)"], SelfCandidates.All().Select(c => c.Name));
}
