using System.Runtime.Intrinsics.X86;
using ConvSpec.Fourier;

namespace ConvSpec.SpecTests.Fourier;

/// <summary>
/// The AVX first stage computes what the generic butterflies compute, so only its dispatch rule tells it apart: radix 4,
/// stride 1, m a multiple of 4, on hardware with AVX2.
/// </summary>
public class FirstStageDispatchExamples
{
    private static readonly bool HasAvx2 = Avx2.IsSupported;

    [Theory]
    [InlineData(4, 1, 8, true)]
    [InlineData(4, 1, 4, true)]
    [InlineData(2, 1, 8, false)]  // another radix
    [InlineData(4, 2, 8, false)]  // a later stage
    [InlineData(4, 1, 6, false)]  // m not a multiple of 4
    public void The_first_stage_applies_to_radix_4_stride_1_and_m_a_multiple_of_4_on_AVX2(int r, int s, int m, bool applies) =>
        Assert.Equal(applies && HasAvx2, FirstStage.Applies(r, s, m));
}
