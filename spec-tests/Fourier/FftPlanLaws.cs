using System.Numerics;
using ConvSpec.Bounds;
using ConvSpec.Fourier;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Fourier;

/// <summary>
/// The internal FFT plans: every lane width (8 = Lane512, 4 = Lane256, 1 = LaneScalar) computes the same transform,
/// bit for bit, and it is the DFT; in one process, whatever width the machine runs (<see cref="Lanes.Width"/>).
/// A smooth length factors into radix stages 4 first, then 2, 3, 5; any other takes Bluestein's chirp-z through the
/// smallest 2/3/5-smooth length M ≥ 2n − 1.
/// </summary>
public class FftPlanLaws
{
    private static readonly int[] Widths = [8, 4, 1];

    /// <summary>Smooth lengths with every radix, tails of every lane (batch 1..9), and Bluestein's 7, 11, 13.</summary>
    private static Gen<(int N, int Batch, Complex[] X)> Batches =>
        from n in Gen.Elements(1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 16, 20, 25, 30, 32, 60, 64, 100)
        from batch in Gen.Choose(1, 9)
        from x in Gen.ArrayOf(Gen.Zip(Gen.Choose(-1000, 1000), Gen.Choose(-1000, 1000)).Select(t => new Complex(t.Item1 / 64.0, t.Item2 / 7.0)), n * batch)
        select (n, batch, x);

    private static (double[] Re, double[] Im) Forward(int n, int batch, Complex[] x, int width)
    {
        var (re, im) = (x.Select(z => z.Real).ToArray(), x.Select(z => z.Imaginary).ToArray());
        FftPlan.Of(n).Forward(re, im, batch, new double[n * batch], new double[n * batch], width);
        return (re, im);
    }

    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Every_lane_width_computes_the_same_transform_bit_for_bit() =>
        Prop.ForAll(Batches.ToArbitrary(), c =>
        {
            var (re, im) = Forward(c.N, c.Batch, c.X, Widths[0]);
            return Widths.Skip(1).All(w =>
            {
                var (wr, wi) = Forward(c.N, c.Batch, c.X, w);
                return wr.SequenceEqual(re) && wi.SequenceEqual(im);
            });
        });

    /// <summary>Each width's transform of each line is the spec's DFT, within the FFT's normwise bound plus the spec's.</summary>
    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Every_lane_width_computes_the_DFT_of_each_line() =>
        Prop.ForAll(Batches.ToArbitrary(), c => Widths.All(w =>
        {
            var (re, im) = Forward(c.N, c.Batch, c.X, w);
            return Enumerable.Range(0, c.Batch).All(q =>
            {
                var line = Enumerable.Range(0, c.N).Select(j => c.X[q + c.Batch * j]).ToArray();
                var bound = DftFastErrorBound.Forward([c.N], DftFastErrorBound.Norm2(line)) + DftErrorBound.Forward([c.N], DftErrorBound.Norm1(line));
                var spec = Dft.Spec.Forward(line);
                return Enumerable.Range(0, c.N).All(k => Complex.Abs(new Complex(re[q + c.Batch * k], im[q + c.Batch * k]) - spec[k]) <= bound);
            });
        }));

    [Theory]
    [InlineData(1, new int[0])]
    [InlineData(8, new[] { 4, 2 })]
    [InlineData(60, new[] { 4, 3, 5 })]
    [InlineData(90, new[] { 2, 3, 3, 5 })]
    [InlineData(7, new int[0])]
    [InlineData(14, new int[0])] // 2·7: Bluestein for the whole length, no radix-2 stage
    [InlineData(44, new int[0])]
    public void Smooth_lengths_factor_into_radix_stages_and_others_have_none(int n, int[] radices) =>
        Assert.Equal(radices, FftPlan.Of(n).Radices);

    /// <summary>
    /// Bluestein's convolution length is the smallest 2/3/5-smooth M ≥ 2n − 1, found here by counting up from 2n − 1
    /// (e.g. n = 13: M = 25; n = 11: M = 24), the length <see cref="ErrorBound.FftRelative"/> assumes.
    /// </summary>
    [Theory]
    [InlineData(7)]
    [InlineData(11)]
    [InlineData(13)]
    [InlineData(14)]
    [InlineData(97)]
    [InlineData(101)]
    public void Bluestein_convolves_over_the_smallest_smooth_length_of_at_least_2n_minus_1(int n)
    {
        static bool Smooth(int m) { foreach (var p in new[] { 2, 3, 5 }) while (m % p == 0) m /= p; return m == 1; }
        var expected = 2 * n - 1;
        while (!Smooth(expected)) expected++;
        Assert.Equal(expected, new Bluestein(n).ConvolutionLength);
    }

    [Fact]
    public void Bluestein_of_13_convolves_over_25() => Assert.Equal(25, new Bluestein(13).ConvolutionLength);
}
