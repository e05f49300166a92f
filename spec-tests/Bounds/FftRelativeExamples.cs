using ConvSpec.Bounds;

namespace ConvSpec.SpecTests.Bounds;

/// <summary>
/// ε_n of the FFTs for lengths whose plans are known: 2 (one radix-2 stage), 4 as a real transform (the split step
/// over a length-2 complex FFT), and 13 (Bluestein over M = 2·13 − 1 = 25 = 5·5). The values were computed from the
/// formulas at 300 bits (mpmath) with u = 2^−53, μ = 24u, γ_k = k u/(1 − k u), and the bound meets each within a
/// relative 8u (a product of factors 1 + x rounded near 1 would be off by up to u per factor: 28u for ε_2 = 28.83u).
/// </summary>
public class FftRelativeExamples
{
    private static readonly double U = Math.ScaleB(1, -53);

    private static void AssertNear(double exact, double actual) =>
        Assert.InRange(actual, exact * (1 - 8 * U), exact * (1 + 8 * U));

    [Fact] // ε_2 = (1 + √4 γ_1)(1 + μ)(1 + √2 γ_2) − 1 = (26 + 2√2)u + O(u²) = 28.82842712474…u
    public void Radix_two_stage_error_is_the_butterfly_the_twiddle_and_its_product() =>
        AssertNear(3.2005983557621638e-15, ErrorBound.FftRelative(2));

    [Fact] // (1 + ε_2)(1 + 4√2 γ_4)(1 + μ) − 1 = 75.45584412271…u
    public void Real_fft_of_four_adds_the_split_step_to_the_half_length_fft() =>
        AssertNear(8.377281548756604e-15, ErrorBound.RealFftRelative(4));

    /// <summary>
    /// ε_13 = (1 + c)²(1 + κ)(1 + ε_25) − 1 with the chirp c = (1 + μ)(1 + √2 γ_2) − 1, ε_25 = (1 + η_5)² − 1,
    /// η_5 = (1 + √10 γ_7)(1 + μ)(1 + √2 γ_2) − 1, and κ = (25/√13)·β(ε_25, M = 25) of the complex convolution factor:
    /// 2218.04397057…u.
    /// </summary>
    [Fact]
    public void Bluestein_error_composes_two_chirps_the_convolution_and_the_smooth_fft() =>
        AssertNear(2.462523485761008e-13, ErrorBound.FftRelative(13));
}
