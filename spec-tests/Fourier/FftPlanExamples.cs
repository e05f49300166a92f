using ConvSpec.Fourier;
using ConvSpec.SpecTests.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Fourier;

/// <summary>
/// The twiddles, the real inverse's end terms and the fast-length tables, bit for bit: a twiddle e^{−2πi j/n} is
/// (cospi(2r/n), −sinpi(2r/n)) at the representative r of j mod n in (−n/2, n/2]; the real inverse reads only the real
/// parts of X_0 and X_{n/2}; Next refuses targets below 1 and SmoothBetween includes both of its bounds.
/// </summary>
public class FftPlanExamples
{
    private static long Bits(double x) => BitConverter.DoubleToInt64Bits(x);

    /// <summary>r ≡ j (mod n) with −n/2 &lt; r ≤ n/2, for j ≥ 0.</summary>
    private static long Representative(long j, long n)
    {
        var r = j % n;
        return r > n - r ? r - n : r;
    }

    [Fact]
    public void A_twiddle_is_cospi_and_minus_sinpi_of_2r_over_n_at_the_representative_in_minus_half_n_to_half_n()
    {
        for (var n = 1L; n <= 64; n++)
            for (var j = 0L; j < 3 * n; j++)
            {
                var f = 2.0 * Representative(j, n) / n;
                var (re, im) = FftPlan.Root(j, n);
                Assert.True(Bits(re) == Bits(double.CosPi(f)) && Bits(im) == Bits(-double.SinPi(f)), $"Root({j}, {n}) = ({re:R}, {im:R}), not at f = {f:R}");
            }
    }

    /// <summary>
    /// The half turn j = n/2 is its own representative (n/2 is in (−n/2, n/2]): f = 1, so the twiddle is
    /// (cospi 1, −sinpi 1) = (−1, −0), not (cospi −1, −sinpi −1) = (−1, +0).
    /// </summary>
    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 6)]
    [InlineData(5, 2)]
    public void The_half_turn_twiddle_is_minus_one_with_a_negative_zero_imaginary_part(long j, long n)
    {
        var (re, im) = FftPlan.Root(j, n);
        Assert.Equal(-1.0, re);
        Assert.Equal(Bits(-0.0), Bits(im));
    }

    /// <summary>The representatives of j and n − j are r and −r, so their twiddles are conjugates bit for bit (0 &lt; j &lt; n/2).</summary>
    [Fact]
    public void Twiddles_of_j_and_n_minus_j_are_conjugates_bit_for_bit()
    {
        for (var n = 3L; n <= 100; n++)
            for (var j = 1L; 2 * j < n; j++)
            {
                var (re, im) = FftPlan.Root(j, n);
                var (cr, ci) = FftPlan.Root(n - j, n);
                Assert.True(Bits(cr) == Bits(re) && Bits(ci) == Bits(-im), $"Root({n - j}, {n}) is not conj Root({j}, {n})");
            }
    }

    /// <summary>
    /// Lengths with every radix, radix-4 first stages of a single line (n = 16, 64: the vectorised first stage) and
    /// Bluestein's 7 and 13, in batches of 1..19 lines.
    /// </summary>
    private static Gen<(int N, int Batch, double[] Re, double[] Im)> Batches =>
        from n in Gen.Elements(2, 3, 4, 5, 7, 8, 12, 13, 16, 30, 48, 64)
        from batch in Gen.Choose(1, 19)
        from re in Gen.ArrayOf(Gen.Choose(-1000, 1000).Select(v => v / 64.0), n * batch)
        from im in Gen.ArrayOf(Gen.Choose(-1000, 1000).Select(v => v / 7.0), n * batch)
        select (n, batch, re, im);

    private static (double[] Re, double[] Im) Forward(double[] re, double[] im, int n, int batch)
    {
        var (r, i) = ((double[])re.Clone(), (double[])im.Clone());
        FftPlan.Of(n).Forward(r, i, batch, new double[n * batch], new double[n * batch]);
        return (r, i);
    }

    private static double[] Line(double[] batched, int batch, int q, int n) => Enumerable.Range(0, n).Select(j => batched[q + batch * j]).ToArray();

    /// <summary>
    /// Each line of a batch [q + B·j] transforms to the same bits as that line alone (B = 1, where a radix-4 first
    /// stage runs vectorised over p instead of q): so how lines are grouped into panels changes no output.
    /// </summary>
    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property The_FFT_of_a_batch_is_the_FFT_of_each_line_alone_bit_for_bit() =>
        Prop.ForAll(Batches.ToArbitrary(), c =>
        {
            var (re, im) = Forward(c.Re, c.Im, c.N, c.Batch);
            return Enumerable.Range(0, c.Batch).All(q =>
            {
                var (lr, li) = Forward(Line(c.Re, c.Batch, q, c.N), Line(c.Im, c.Batch, q, c.N), c.N, 1);
                return Line(re, c.Batch, q, c.N).Select(Bits).SequenceEqual(lr.Select(Bits)) && Line(im, c.Batch, q, c.N).Select(Bits).SequenceEqual(li.Select(Bits));
            });
        });

    private static double[] InverseUnscaled(double[] re, double[] im, int n, int batch)
    {
        var x = new double[n * batch];
        RealFft.InverseUnscaled((double[])re.Clone(), (double[])im.Clone(), n, batch, x, new double[n / 2 * batch], new double[n / 2 * batch]);
        return x;
    }

    /// <summary>
    /// n = 4, X = (1 + 5i, 0, 2 − 3i): n·irfft(X) = X_0 + X_2·(−1)^j = (3, −1, 3, −1) from the real parts, as NumPy's
    /// irfft; n = 2, X = (1 + 7i, 2 − 9i): (X_0 + X_1, X_0 − X_1) = (3, −1).
    /// </summary>
    [Fact]
    public void Real_inverse_reads_only_the_real_parts_of_the_zero_and_half_frequency_terms()
    {
        Assert.Equal([3.0, -1, 3, -1], InverseUnscaled([1, 0, 2], [5, 0, -3], 4, 1));
        Assert.Equal([3.0, -1], InverseUnscaled([1, 2], [7, -9], 2, 1));
    }

    private static Gen<(int N, int Batch, double[] Re, double[] Im)> Spectra =>
        from n in Gen.Elements(2, 4, 6, 8, 10, 12, 14, 16, 24, 26, 30)
        from batch in Gen.Choose(1, 4)
        from re in Gen.ArrayOf(Gen.Choose(-1000, 1000).Select(v => v / 8.0), (n / 2 + 1) * batch)
        from im in Gen.ArrayOf(Gen.Choose(-1000, 1000).Select(v => v / 8.0), (n / 2 + 1) * batch)
        select (n, batch, re, im);

    /// <summary>Setting Im X_0 and Im X_{n/2} of every line to zero changes no bit of the real inverse.</summary>
    [Property(MaxTest = 40 / CaseCount.Divisor)]
    public Property Real_inverse_ignores_the_imaginary_parts_of_the_zero_and_half_frequency_terms() =>
        Prop.ForAll(Spectra.ToArbitrary(), c =>
        {
            var real = (double[])c.Im.Clone();
            for (var q = 0; q < c.Batch; q++) real[q] = real[q + c.Batch * (c.N / 2)] = 0;
            return InverseUnscaled(c.Re, c.Im, c.N, c.Batch).Select(Bits).SequenceEqual(InverseUnscaled(c.Re, real, c.N, c.Batch).Select(Bits));
        });

    [Theory]
    [InlineData(0, false)]
    [InlineData(0, true)]
    [InlineData(-7, true)]
    public void Next_fast_length_of_a_target_below_one_is_an_error_naming_target(int target, bool real) =>
        Assert.Contains($"must be at least 1 (got {target})", Reject.Named<ArgumentOutOfRangeException>("target", () => FastLength.Next(target, real)).Message);

    /// <summary>2/3/5-smooth bounds are included: [4, 12] holds 4, 5, 6, 8, 9, 10, 12 (7 and 11 are not smooth).</summary>
    [Fact]
    public void Smooth_lengths_between_two_smooth_bounds_include_both()
    {
        Assert.Equal([4, 5, 6, 8, 9, 10, 12], FastLength.SmoothBetween(4, 12, even: false));
        Assert.Equal([4, 6, 8, 10, 12], FastLength.SmoothBetween(4, 12, even: true));
        Assert.Equal([12], FastLength.SmoothBetween(12, 12, even: false));
    }
}
