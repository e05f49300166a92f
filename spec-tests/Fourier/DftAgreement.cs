using System.Numerics;
using ConvSpec.Fourier;
using ConvSpec.Tensors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit.Abstractions;

namespace ConvSpec.SpecTests.Fourier;

/// <summary>
/// <see cref="Dft.Fast"/> (the FFT) against the exact transform (the decimal reference, <see cref="DecimalDft"/>) within
/// its normwise bound <see cref="DftFastErrorBound"/>, and against <see cref="Dft.Spec"/> within the sum of both
/// bounds, on lengths 1, primes (Bluestein), powers of two and 2/3/5-smooth lengths, N-D with any axes.
/// </summary>
public class DftAgreement(ITestOutputHelper output)
{
    public static readonly int[] Lengths = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 16, 17, 30, 31, 32, 45, 60, 64, 97, 100, 101, 128, 243, 256, 257];

    private static Gen<Complex> Element =>
        Gen.Zip(Gen.Choose(-100_000, 100_000), Gen.Choose(-100_000, 100_000)).Select(t => new Complex(t.Item1 / 4099.0, t.Item2 / 127.0));

    private static Gen<Complex[]> Signals => Gen.Elements(Lengths).SelectMany(n => Gen.ArrayOf(Element, n));

    /// <summary>Rank 1..3 tensors with edge extents and axes: null, one (negative too), or a list with repeats.</summary>
    private static Gen<(NdArray<Complex> X, int[]? Axes)> TensorsWithAxes =>
        from rank in Gen.Choose(1, 3)
        from shape in Gen.ArrayOf(rank == 3 ? Gen.Elements(1, 2, 3, 4, 5) : Gen.Elements(1, 2, 3, 4, 5, 7, 8, 12, 13), rank)
        from data in Gen.ArrayOf(Element, shape.Aggregate(1, (p, d) => p * d))
        from axes in Gen.Frequency(
            (1, Gen.Constant<int[]?>(null)),
            (2, Gen.Choose(1, rank + 1).SelectMany(k => Gen.ArrayOf(Gen.Choose(-rank, rank - 1), k)).Select(a => (int[]?)a)))
        select (new NdArray<Complex>(shape, data), axes);

    private static double Norm2(IEnumerable<Complex> x) => DftFastErrorBound.Norm2(x);

    /// <summary>‖computed − exact‖₂ against the decimal reference.</summary>
    private static double Error(NdArray<Complex> computed, NdArray<DecimalDft.DComplex> exact) =>
        Math.Sqrt(computed.Data.Zip(exact.Data).Sum(t => Math.Pow(DecimalDft.Distance(t.First, t.Second), 2)));

    private static int[] TransformedLengths(NdArray<Complex> x, int[]? axes) => DftAxes.Normalise(x.Shape, axes).Select(a => x.Shape[a]).ToArray();

    /// <summary>A bound is informative when it certifies at least eight significant digits of a result of norm <paramref name="scale"/>.</summary>
    public static bool Informative(double bound, double scale) => bound <= 1e-8 * scale;

    [Property(MaxTest = 25 / CaseCount.Divisor)]
    public Property Fast_forward_is_within_the_FFT_bound_of_the_exact_transform() =>
        Prop.ForAll(Signals.ToArbitrary(), x =>
        {
            var v = new NdArray<Complex>([x.Length], x);
            var bound = DftFastErrorBound.Forward([x.Length], Norm2(x));
            return Error(new NdArray<Complex>([x.Length], Dft.Fast.Forward(x)), DecimalDft.Transform(v, -1)) <= bound
                && Informative(bound, Math.Sqrt(x.Length) * Norm2(x));
        });

    [Property(MaxTest = 25 / CaseCount.Divisor)]
    public Property Fast_inverse_is_within_the_FFT_bound_of_the_exact_transform() =>
        Prop.ForAll(Signals.ToArbitrary(), x =>
        {
            var v = new NdArray<Complex>([x.Length], x);
            var bound = DftFastErrorBound.Inverse([x.Length], Norm2(x));
            return Error(new NdArray<Complex>([x.Length], Dft.Fast.Inverse(x)), DecimalDft.Transform(v, +1)) <= bound
                && Informative(bound, Norm2(x) / Math.Sqrt(x.Length));
        });

    [Property(MaxTest = 40 / CaseCount.Divisor)]
    public Property Fast_along_any_axes_is_within_the_FFT_bound_of_the_exact_transform() =>
        Prop.ForAll(TensorsWithAxes.ToArbitrary(), c =>
        {
            var lengths = TransformedLengths(c.X, c.Axes);
            var forward = Error(Dft.Fast.Forward(c.X, c.Axes), DecimalDft.Transform(c.X, -1, c.Axes))
                <= DftFastErrorBound.Forward(lengths, Norm2(c.X.Data));
            var inverse = Error(Dft.Fast.Inverse(c.X, c.Axes), DecimalDft.Transform(c.X, +1, c.Axes))
                <= DftFastErrorBound.Inverse(lengths, Norm2(c.X.Data));
            return forward && inverse;
        });

    /// <summary>Each element of Fast is within (its normwise bound + the spec's elementwise bound) of the spec's.</summary>
    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Fast_equals_Spec_within_both_bounds() =>
        Prop.ForAll(TensorsWithAxes.ToArbitrary(), c =>
        {
            var lengths = TransformedLengths(c.X, c.Axes);
            var (n1, n2) = (DftErrorBound.Norm1(c.X.Data), Norm2(c.X.Data));
            var forward = DftFastErrorBound.Forward(lengths, n2) + DftErrorBound.Forward(lengths, n1);
            var inverse = DftFastErrorBound.Inverse(lengths, n2) + DftErrorBound.Inverse(lengths, n1);
            return Dft.Fast.Forward(c.X, c.Axes).Data.Zip(Dft.Spec.Forward(c.X, c.Axes).Data).All(t => Complex.Abs(t.First - t.Second) <= forward)
                && Dft.Fast.Inverse(c.X, c.Axes).Data.Zip(Dft.Spec.Inverse(c.X, c.Axes).Data).All(t => Complex.Abs(t.First - t.Second) <= inverse);
        });

    /// <summary>
    /// Along axes of extent 1, 2 and 4 every twiddle is ±1 or ±i, exact in both twins, so on Gaussian integers the FFT
    /// equals the O(n²) sums exactly (the spec is exact there: its roots of unity are reduced to an octant).
    /// </summary>
    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Fast_equals_Spec_exactly_on_Gaussian_integers_when_every_length_divides_four() =>
        Prop.ForAll((from rank in Gen.Choose(1, 3)
                     from shape in Gen.ArrayOf(Gen.Elements(1, 2, 4), rank)
                     from data in Gen.ArrayOf(ConvSpec.SpecTests.Generators.TensorGen.GaussianInteger, shape.Aggregate(1, (p, d) => p * d))
                     select new NdArray<Complex>(shape, data)).ToArbitrary(), x =>
            Dft.Fast.Forward(x).Equals(Dft.Spec.Forward(x)) && Dft.Fast.Inverse(x).Equals(Dft.Spec.Inverse(x)));

    /// <summary>The empty axis list copies x, rank 0 included, as the spec (and NumPy's fftn with axes=[]).</summary>
    [Fact]
    public void Empty_axes_and_rank_zero_copy_the_input()
    {
        var x = new NdArray<Complex>([2, 3], [1, 2, 3, new(4, 1), 5, 6]);
        Assert.Equal(Dft.Spec.Forward(x, []).Data, Dft.Fast.Forward(x, []).Data);
        var scalar = new NdArray<Complex>([], [new Complex(3, -2)]);
        Assert.Equal(Dft.Spec.Inverse(scalar).Data, Dft.Fast.Inverse(scalar).Data);
        var empty = new NdArray<Complex>([0, 3], []);
        Assert.Empty(Dft.Fast.Forward(empty, [1]).Data);
        Assert.Throws<ArgumentException>(() => Dft.Fast.Forward(empty, [0]));
        Assert.Throws<ArgumentException>(() => Dft.Fast.Forward(x, [2]));
    }

    /// <summary>
    /// Worked example: numpy.fft.fft([1, 2, 3, 4]) = [10, −2+2j, −2, −2−2j] (NumPy 1.24), exact in the FFT too since
    /// the length-4 twiddles are ±1, ±i.
    /// </summary>
    [Fact]
    public void Fft_of_one_to_four_is_numpys()
    {
        Assert.Equal([10, new(-2, 2), -2, new(-2, -2)], Dft.Fast.Forward([1, 2, 3, 4]));
        Assert.Equal([1, 2, 3, 4], Dft.Fast.Inverse([10, new(-2, 2), -2, new(-2, -2)]));
    }

    /// <summary>The bound is not vacuous: the measured error is a visible fraction of it (printed) and it is small.</summary>
    [Fact]
    public void The_FFT_bound_is_attained_in_part_and_is_small()
    {
        var signals = Gen.Sample(Signals, 30, new Rnd(2026UL), 15);
        var (worst, relative) = (0.0, 0.0);
        foreach (var x in signals.Where(s => s.Length > 1))
        {
            var bound = DftFastErrorBound.Forward([x.Length], Norm2(x));
            var error = Error(new NdArray<Complex>([x.Length], Dft.Fast.Forward(x)), DecimalDft.Transform(new NdArray<Complex>([x.Length], x), -1));
            worst = Math.Max(worst, error / bound);
            relative = Math.Max(relative, bound / (Math.Sqrt(x.Length) * Norm2(x)));
        }
        output.WriteLine($"Dft.Fast: max measured/bound = {worst:E2}; max bound/‖X‖₂ = {relative:E2}");
        Assert.InRange(worst, 1e-6, 1.0);
        Assert.True(Informative(relative, 1), $"bound/‖X‖₂ = {relative}");
    }
}
