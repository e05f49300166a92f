using System.Numerics;
using ConvSpec.Bounds;
using ConvSpec.Fourier;
using ConvSpec.Tensors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics.IntegralTransforms;

namespace ConvSpec.SpecTests.Fourier;

/// <summary>
/// The FFT against MathNet.Numerics' independent FFT (numpy's convention: FourierOptions.Matlab, forward unscaled,
/// inverse 1/n), and its own laws, on the edge lengths: 1, primes, powers of two, 2/3/5-smooth and others.
/// Tolerances: ε_n ‖X‖₂ (<see cref="ErrorBound.FftRelative"/>) for ours, the naive DFT bound for MathNet's.
/// </summary>
public class FftLaws
{
    public static readonly int[] EdgeLengths = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 15, 16, 17, 25, 27, 30, 31, 32, 45, 60, 64, 97, 100, 101, 120, 128, 243, 250, 256, 257, 625, 1000, 1024];

    private static Gen<Complex[]> Signal(int n) =>
        Gen.ArrayOf(Gen.Zip(Gen.Choose(-1000, 1000), Gen.Choose(-1000, 1000)).Select(t => new Complex(t.Item1 / 64.0, t.Item2 / 7.0)), n);

    private static Gen<Complex[]> Signals => Gen.Elements(EdgeLengths).SelectMany(Signal);

    /// <summary>
    /// MathNet's FFT carries no stated bound and measures less accurate than ours (its twiddles are not correctly
    /// rounded: 1.2e-13 relative at n = 1000 here), so it is held to the naive DFT's bound: each X_k is a sum of n
    /// products with |ω| = 1, |X̂_k − X_k| ≤ √2 γ_{n+2} ‖x‖₁, hence ‖X̂ − X‖₂ ≤ √(2n) γ_{n+2} ‖x‖₁.
    /// </summary>
    private static double MathNetBound(Complex[] x) =>
        Math.Sqrt(2.0 * x.Length) * ErrorBound.Gamma(x.Length + 2) * x.Sum(z => z.Magnitude);

    private static double Norm(IEnumerable<Complex> x) => Math.Sqrt(x.Sum(z => z.Real * z.Real + z.Imaginary * z.Imaginary));

    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Forward_agrees_with_MathNet_within_both_bounds() =>
        Prop.ForAll(Signals.ToArbitrary(), x =>
        {
            var reference = (Complex[])x.Clone();
            MathNet.Numerics.IntegralTransforms.Fourier.Forward(reference, FourierOptions.Matlab);
            var ours = Fft.Forward(x);
            return Norm(ours.Zip(reference, (p, q) => p - q)) <= (ErrorBound.FftRelative(x.Length) * Norm(reference) + MathNetBound(x)) * 1.01;
        });

    /// <summary>
    /// Long lines, of which a panel of 2^16 elements holds only a few: 6 of length 10 000 (fewer than the 8 lanes of a
    /// 512-bit vector, so kept at 6; rounded down to 4 for 256-bit lanes), and one of length 65 536, the whole transform
    /// in a single panel. The two laws above hold there too.
    /// </summary>
    [Theory]
    [InlineData(10_000)]
    [InlineData(65_536)]
    public void Long_transforms_agree_with_MathNet_and_invert_within_the_bound(int n)
    {
        var random = new Random(n);
        var x = Enumerable.Range(0, n).Select(_ => new Complex(random.Next(-1000, 1001) / 64.0, random.Next(-1000, 1001) / 7.0)).ToArray();
        var reference = (Complex[])x.Clone();
        MathNet.Numerics.IntegralTransforms.Fourier.Forward(reference, FourierOptions.Matlab);
        var (ours, e) = (Fft.Forward(x), ErrorBound.FftRelative(n));
        Assert.True(Norm(ours.Zip(reference, (p, q) => p - q)) <= (e * Norm(reference) + MathNetBound(x)) * 1.01);
        Assert.True(Norm(Fft.Inverse(ours).Zip(x, (p, q) => p - q)) <= (2 * e + e * e + 2 * ErrorBound.UnitRoundoff) * Norm(x) * 1.01);
    }

    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Inverse_undoes_forward_within_the_bound() =>
        Prop.ForAll(Signals.ToArbitrary(), x =>
        {
            var e = ErrorBound.FftRelative(x.Length);
            var back = Fft.Inverse(Fft.Forward(x));
            return Norm(back.Zip(x, (p, q) => p - q)) <= (2 * e + e * e + 2 * ErrorBound.UnitRoundoff) * Norm(x) * 1.01;
        });

    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Real_input_FFT_equals_the_complex_FFT_of_real_data() =>
        Prop.ForAll(Signals.ToArbitrary(), x =>
        {
            var real = x.Select(z => z.Real).ToArray();
            var full = Fft.Forward(real.Select(v => new Complex(v, 0)).ToArray());
            var half = Fft.RealForward(real);
            var n = real.Length;
            var eps = ErrorBound.FftRelative(n) + (n % 2 == 0 ? ErrorBound.RealFftRelative(n) : ErrorBound.FftRelative(n));
            return half.Length == n / 2 + 1 && Norm(half.Zip(full, (p, q) => p - q)) <= eps * Norm(full) * 1.01;
        });

    [Property(MaxTest = 30 / CaseCount.Divisor)]
    public Property N_D_transform_is_the_1_D_transform_along_each_axis() =>
        Prop.ForAll(Gen.Elements(1, 2, 3, 5, 6, 8).Two().SelectMany(t => Signal(t.Item1 * t.Item2).Select(x => new NdArray<Complex>([t.Item1, t.Item2], x))).ToArbitrary(), x =>
        {
            var along1 = Fft.Forward(x, [1]);
            var rows = Enumerable.Range(0, x.Shape[0]).Select(r => Fft.Forward(x.Data.Skip(r * x.Shape[1]).Take(x.Shape[1]).ToArray()));
            var expected = rows.SelectMany(r => r).ToArray();
            var eps = ErrorBound.FftRelative(x.Shape[1]);
            return Norm(along1.Data.Zip(expected, (p, q) => p - q)) <= 2 * eps * Norm(expected) * 1.01
                && Fft.Inverse(Fft.Forward(x)).Data.Zip(x.Data).All(t => (t.First - t.Second).Magnitude <= 1e3 * ErrorBound.FftRelative(x.Length) * (Norm(x.Data) + 1));
        });

    [Fact]
    public void Parseval_holds_on_every_edge_length()
    {
        var rng = new Random(7);
        foreach (var n in EdgeLengths)
        {
            var x = Enumerable.Range(0, n).Select(_ => new Complex(rng.NextDouble() - 0.5, rng.NextDouble() - 0.5)).ToArray();
            var energy = Norm(x);
            var spectral = Norm(Fft.Forward(x)) / Math.Sqrt(n);
            Assert.InRange(Math.Abs(spectral - energy), 0, ErrorBound.FftRelative(n) * energy * 1.01);
        }
    }
}
