using System.Numerics;
using ConvSpec.Convolution;
using ConvSpec.Shapes;

namespace ConvSpec.SpecTests.Convolution;

/// <summary>
/// <see cref="CostModel.Estimate"/> term by term, with every count worked out by hand:
/// direct = 5 µs + macs · (0.14 ns, or 0.07 ns from 2^20 multiply-adds on), macs = |out| · min(|small|, |big|);
/// fft = 25 µs + 0.4 ns · 3 · U(N), halved over several lines; overlap-add = 25 µs + 0.4 ns · ((2G + 1) U(L) + 2 |big|),
/// halved from 4 blocks on; U(n) = n (log₂ n + 4), doubled past 2^18 points.
/// </summary>
public class CostModelEstimateExamples
{
    private static double U(double n) => n * (Math.Log2(n) + 4);

    private static void Near(double expected, double actual, string term) =>
        Assert.True(Math.Abs(actual - expected) <= 1e-12 * Math.Abs(expected), $"{term}: expected {expected:R}, got {actual:R}");

    private static void AssertEstimate(int[] in1, int[] in2, ConvolutionMode mode, double direct, double fft, double overlapAdd)
    {
        var estimate = CostModel.Estimate(in1, in2, mode);
        Near(direct, estimate.Direct, "direct");
        Near(fft, estimate.Fft, "fft");
        if (double.IsPositiveInfinity(overlapAdd)) Assert.Equal(overlapAdd, estimate.OverlapAdd);
        else Near(overlapAdd, estimate.OverlapAdd, "overlap-add");
    }

    [Fact] // 75 = 3·5² is 5-smooth, but the real FFT's axis is even: SmoothEven(75) = 2·Smooth(38) = 80; one block, one line
    public void A_one_dimensional_full_convolution_pads_its_real_axis_to_an_even_smooth_length()
    {
        // macs = 75 · 36 = 2,700; N = L = 80; G = 1.
        AssertEstimate([40], [36], ConvolutionMode.Full,
            direct: 5e-6 + 2_700 * 0.14e-9,
            fft: 25e-6 + 0.4e-9 * 3 * U(80),
            overlapAdd: 25e-6 + 0.4e-9 * (3 * U(80) + 2 * 40));
    }

    [Fact] // padded [1, 150]: one line of 150 points, so the FFT is not split between the cores
    public void An_FFT_along_one_line_of_a_matrix_is_not_halved()
    {
        // macs = (1 · 149) · 50 = 7,450; SmoothEven(149) = 2·Smooth(75) = 150.
        AssertEstimate([1, 100], [1, 50], ConvolutionMode.Full,
            direct: 5e-6 + 7_450 * 0.14e-9,
            fft: 25e-6 + 0.4e-9 * 3 * U(150),
            overlapAdd: 25e-6 + 0.4e-9 * (3 * U(150) + 2 * 100));
    }

    [Fact] // padded [Smooth(34), SmoothEven(45)] = [36, 48]: 36 lines of 48 points, halved
    public void An_FFT_over_many_lines_runs_on_both_cores()
    {
        // macs = (34 · 45) · 30 = 45,900; N = 1,728; the single block of overlap-add (G = 1) is not halved.
        AssertEstimate([30, 40], [5, 6], ConvolutionMode.Full,
            direct: 5e-6 + 45_900 * 0.14e-9,
            fft: 25e-6 + 0.4e-9 * 3 * U(1_728) / 2,
            overlapAdd: 25e-6 + 0.4e-9 * (3 * U(1_728) + 2 * 1_200));
    }

    [Fact] // same: |out| = 1024, so macs = 1024 · 1024 = 2^20 exactly, the first count priced at the parallel rate
    public void Two_to_the_twentieth_multiply_adds_are_priced_at_the_large_rate()
    {
        AssertEstimate([1024], [1024], ConvolutionMode.Same,
            direct: 5e-6 + (1 << 20) * 0.07e-9,
            fft: 25e-6 + 0.4e-9 * 3 * U(2048),
            overlapAdd: 25e-6 + 0.4e-9 * (3 * U(2048) + 2 * 1024));
    }

    [Fact] // valid: |out| = 4,901; blocks of L = 1350 hold 1251 samples, so G = ⌈5000 / 1251⌉ = 4, the first count halved
    public void Overlap_add_over_four_blocks_runs_on_both_cores()
    {
        // macs = 4,901 · 100 = 490,100; N = SmoothEven(5099) = 2·Smooth(2550) = 5120.
        AssertEstimate([5000], [100], ConvolutionMode.Valid,
            direct: 5e-6 + 490_100 * 0.14e-9,
            fft: 25e-6 + 0.4e-9 * 3 * U(5120),
            overlapAdd: 25e-6 + 0.4e-9 * (9 * U(1350) + 2 * 5000) / 2);
    }

    [Fact] // 10^6 ∗ 200, same: N = SmoothEven(1,000,199) = 1,012,500 is out of cache (U doubled); G = ⌈10^6 / 1961⌉ = 510 blocks of 2160
    public void A_long_signal_prices_an_out_of_cache_FFT_against_in_cache_blocks()
    {
        AssertEstimate([1_000_000], [200], ConvolutionMode.Same,
            direct: 5e-6 + 200_000_000 * 0.07e-9,
            fft: 25e-6 + 0.4e-9 * 3 * (2 * U(1_012_500)),
            overlapAdd: 25e-6 + 0.4e-9 * (1021 * U(2160) + 2 * 1_000_000) / 2);
    }

    [Fact] // [20, 1] ∗ [1, 10]: neither covers, out [20, 10]; macs = 200 · min(10, 20) = 2,000; padded [20, 10], 20 lines
    public void Mixed_shapes_price_the_product_with_the_smaller_factor()
    {
        AssertEstimate([20, 1], [1, 10], ConvolutionMode.Full,
            direct: 5e-6 + 2_000 * 0.14e-9,
            fft: 25e-6 + 0.4e-9 * 3 * U(200) / 2,
            overlapAdd: double.PositiveInfinity);
    }

    [Fact] // U(n) = n (log₂ n + 4): 2^18 points still in cache, 2^18 + 2 and 2^19 doubled
    public void The_FFT_unit_doubles_past_two_to_the_eighteenth_points()
    {
        Near(262_144 * 22, CostModel.FftUnits(1 << 18), "U(2^18)");
        Near(2 * U(262_146), CostModel.FftUnits(262_146), "U(2^18 + 2)");
        Near(2 * 524_288 * 23, CostModel.FftUnits(1 << 19), "U(2^19)");
        Near(2 * 5, CostModel.FftUnits(2), "U(2)");
    }

    [Fact] // [1, 256] ∗ [256, 1]: |in1|·|in2| = 2^16, so direct without an estimate, though the estimate prices the FFT lower
    public void Work_of_two_to_the_sixteenth_runs_direct_without_an_estimate()
    {
        var (direct, fft, _) = CostModel.Estimate([1, 256], [256, 1], ConvolutionMode.Full);
        Assert.True(fft < direct, $"fft {fft} against direct {direct}");
        Assert.Equal(Method.Direct, CostModel.Choose([1, 256], [256, 1], ConvolutionMode.Full));
    }

    [Theory] // strictly cheapest wins; ties go to direct, then to one FFT
    [InlineData(1.0, 2.0, 3.0, Method.Direct)]
    [InlineData(1.0, 1.0, 2.0, Method.Direct)]
    [InlineData(1.0, 2.0, 1.0, Method.Direct)]
    [InlineData(1.0, 1.0, 1.0, Method.Direct)]
    [InlineData(2.0, 1.0, 3.0, Method.Fft)]
    [InlineData(2.0, 1.0, 1.0, Method.Fft)]
    [InlineData(3.0, 2.0, 1.0, CostModel.OverlapAddChoice)]
    public void The_cheapest_estimate_wins_and_ties_favour_fewer_transforms(double direct, double fft, double overlapAdd, Method expected) =>
        Assert.Equal(expected, CostModel.Cheapest(direct, fft, overlapAdd));

    [Fact]
    public void Double_float_and_complex_have_FFT_paths_and_integers_do_not()
    {
        Assert.True(CostModel.HasFft<double>());
        Assert.True(CostModel.HasFft<float>());
        Assert.True(CostModel.HasFft<Complex>());
        Assert.False(CostModel.HasFft<long>());
        Assert.False(CostModel.HasFft<Int128>());
    }
}
