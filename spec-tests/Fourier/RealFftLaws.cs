using System.Numerics;
using ConvSpec.Bounds;
using ConvSpec.Fourier;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Fourier;

/// <summary>
/// The internal real-input FFT on batches stored as [q + B·j], in arrays of exactly the sizes its contract names
/// (x: n·B; spectrum: (n/2 + 1)·B; work: n/2·B): each transform of a batch is computed by the same operations as that
/// line alone (the stages run the same butterflies at every stride), so the batch equals its lines bit for bit.
/// </summary>
public class RealFftLaws
{
    /// <summary>Even lengths of every kind of half length (radix 2, 3, 4, 5 and Bluestein's 7 and 13), batches 2..5.</summary>
    private static Gen<(int N, int Batch, double[] X)> Batches =>
        from n in Gen.Elements(2, 4, 6, 8, 10, 12, 14, 16, 24, 26, 30, 64)
        from batch in Gen.Choose(2, 5)
        from x in Gen.ArrayOf(Gen.Choose(-1000, 1000).Select(v => v / 8.0), n * batch)
        select (n, batch, x);

    private static double[] Line(double[] batched, int batch, int q, int length) =>
        Enumerable.Range(0, length).Select(j => batched[q + batch * j]).ToArray();

    private static (double[] Re, double[] Im) Forward(double[] x, int n, int batch)
    {
        var (re, im) = (new double[(n / 2 + 1) * batch], new double[(n / 2 + 1) * batch]);
        RealFft.Forward((double[])x.Clone(), n, batch, re, im, new double[n / 2 * batch], new double[n / 2 * batch]);
        return (re, im);
    }

    private static double[] InverseUnscaled(double[] re, double[] im, int n, int batch)
    {
        var x = new double[n * batch];
        RealFft.InverseUnscaled((double[])re.Clone(), (double[])im.Clone(), n, batch, x, new double[n / 2 * batch], new double[n / 2 * batch]);
        return x;
    }

    [Property(MaxTest = 40 / CaseCount.Divisor)]
    public Property Real_FFT_of_a_batch_is_the_real_FFT_of_each_line() =>
        Prop.ForAll(Batches.ToArbitrary(), c =>
        {
            var (re, im) = Forward(c.X, c.N, c.Batch);
            return Enumerable.Range(0, c.Batch).All(q =>
            {
                var (lineRe, lineIm) = Forward(Line(c.X, c.Batch, q, c.N), c.N, 1);
                return Line(re, c.Batch, q, c.N / 2 + 1).SequenceEqual(lineRe) && Line(im, c.Batch, q, c.N / 2 + 1).SequenceEqual(lineIm);
            });
        });

    [Property(MaxTest = 40 / CaseCount.Divisor)]
    public Property Real_inverse_FFT_of_a_batch_is_the_real_inverse_FFT_of_each_line() =>
        Prop.ForAll(Batches.ToArbitrary(), c =>
        {
            var (re, im) = Forward(c.X, c.N, c.Batch);
            var x = InverseUnscaled(re, im, c.N, c.Batch);
            return Enumerable.Range(0, c.Batch).All(q =>
                Line(x, c.Batch, q, c.N).SequenceEqual(InverseUnscaled(Line(re, c.Batch, q, c.N / 2 + 1), Line(im, c.Batch, q, c.N / 2 + 1), c.N, 1)));
        });

    /// <summary>The unscaled inverse of the forward transform is n·x: within the FFT bounds of both passes (n = 12, a small ramp).</summary>
    [Fact]
    public void Real_inverse_of_the_real_forward_is_n_times_the_signal()
    {
        var x = Enumerable.Range(0, 12).Select(j => (double)(j * j % 7) - 3).ToArray();
        var (re, im) = Forward(x, 12, 1);
        var back = InverseUnscaled(re, im, 12, 1);
        var e = ErrorBound.RealFftRelative(12);
        var bound = (2 * e + e * e) * 12 * DftFastErrorBound.Norm2(x.Select(v => new Complex(v, 0))) * (1 + 4 * ErrorBound.UnitRoundoff);
        Assert.All(back.Zip(x), t => Assert.InRange(Math.Abs(t.First - 12 * t.Second), 0, bound));
    }
}
