using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Bounds;
using ConvSpec.Circulant;
using ConvSpec.SpecTests.Generators;
using ConvSpec.Tensors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit.Abstractions;

namespace ConvSpec.SpecTests.Circulant;

/// <summary>
/// <see cref="CircularConvolve.Fast"/> against <see cref="CircularConvolve.Spec"/>: exactly on integers (the rounded FFT
/// where its bound is below ½, the direct sum otherwise, overflowing where the spec does); on doubles within
/// <see cref="CircularConvolveErrorBound"/> of the exact result (the spec on dyadic rationals); lengths 1, primes,
/// powers of two, 2/3/5-smooth, and N-D shapes.
/// </summary>
public class CircularConvolveAgreement(ITestOutputHelper output)
{
    public static readonly int[] Lengths = [1, 2, 3, 4, 5, 6, 7, 8, 12, 13, 16, 17, 31, 32, 45, 60, 63, 64, 65, 97, 100, 127, 128, 243, 256];

    private static Gen<int[]> Shapes => Gen.Frequency(
        (3, Gen.Elements(Lengths).Select(n => new[] { n })),
        (2, Gen.Choose(2, 3).SelectMany(rank => Gen.ArrayOf(Gen.Elements(1, 2, 3, 4, 5, 7, 8, 9, 16), rank))),
        (1, Gen.Constant(Array.Empty<int>())));

    private static Gen<(NdArray<T> A, NdArray<T> B)> Pairs<T>(Gen<T> element) =>
        Shapes.SelectMany(shape => Gen.Zip(TensorGen.Tensor(shape, element), TensorGen.Tensor(shape, element)));

    private static Gen<double> Reals => Gen.Frequency(
        (3, Gen.Choose(-1 << 20, 1 << 20).Select(x => x / 4099.0)),
        (1, TensorGen.Real));

    [Property(MaxTest = 80 / CaseCount.Divisor)]
    public Property Fast_equals_Spec_exactly_on_small_integers() =>
        Prop.ForAll(Pairs(Gen.Choose(-1000, 1000).Select(x => (long)x)).ToArbitrary(), p =>
            CircularConvolve.Fast.Apply(p.A, p.B).Equals(CircularConvolve.Spec.Apply(p.A, p.B))
            && CircularConvolve.Fast.Apply(p.A.Wide(), p.B.Wide()).Equals(CircularConvolve.Spec.Apply(p.A.Wide(), p.B.Wide()))
            && Outcome(() => CircularConvolve.Fast.Apply(p.A.Map(x => (int)x), p.B.Map(x => (int)x)))
                == Outcome(() => CircularConvolve.Spec.Apply(p.A.Map(x => (int)x), p.B.Map(x => (int)x))));

    /// <summary>Values up to ±2^31 and the extremes of int64: exact in Int128 (the direct sum past the FFT's reach).</summary>
    [Property(MaxTest = 80 / CaseCount.Divisor)]
    public Property Fast_equals_Spec_exactly_on_wide_integers() =>
        Prop.ForAll(Pairs(TensorGen.Integer).ToArbitrary(), p =>
            CircularConvolve.Fast.Apply(p.A.Wide(), p.B.Wide()).Equals(CircularConvolve.Spec.Apply(p.A.Wide(), p.B.Wide())));

    /// <summary>In int64 the twins overflow on the same inputs (the fast direct sum adds in the spec's order).</summary>
    [Property(MaxTest = 80 / CaseCount.Divisor)]
    public Property Fast_overflows_exactly_where_Spec_does() =>
        Prop.ForAll(Pairs(TensorGen.Integer).ToArbitrary(), p =>
            Outcome(() => CircularConvolve.Fast.Apply(p.A, p.B)) == Outcome(() => CircularConvolve.Spec.Apply(p.A, p.B)));

    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Fast_is_within_the_FFT_bound_of_the_exact_result_on_doubles() =>
        Prop.ForAll(Pairs(Reals).ToArbitrary(), p =>
        {
            var exact = CircularConvolve.Spec.Apply(p.A.Map(Dyadic.FromDouble), p.B.Map(Dyadic.FromDouble));
            var errors = Errors(CircularConvolve.Fast.Apply(p.A, p.B), exact);
            return ErrorBound.Norm2(errors) <= CircularConvolveErrorBound.Fft(p.A.Data, p.B.Data, p.A.Shape);
        });

    /// <summary>Complex data: within the FFT bound plus the spec's own direct-sum error √2γ_{N+2}(|a| ⊛ |b|) in double.</summary>
    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Fast_equals_Spec_within_both_bounds_on_complex_data() =>
        Prop.ForAll(Pairs(Gen.Zip(Reals, Reals).Select(t => new Complex(t.Item1, t.Item2))).ToArbitrary(), p =>
        {
            var fft = CircularConvolveErrorBound.Fft(p.A.Data, p.B.Data, p.A.Shape);
            var abs = CircularConvolve.Spec.Apply(p.A.Map(z => z.Magnitude), p.B.Map(z => z.Magnitude));
            var spec = CircularConvolve.Spec.Apply(p.A, p.B);
            return CircularConvolve.Fast.Apply(p.A, p.B).Data.Select((z, k) =>
                    Complex.Abs(z - spec.Data[k]) <= fft + Math.Sqrt(2) * ErrorBound.Gamma(p.A.Data.Length + 4) * abs.Data[k] * 1.01)
                .All(ok => ok);
        });

    /// <summary>Worked example (the spec's doc comment): [1, 2, 3] ⊛ [1, 0, 1] = [3, 5, 4], exact in every type.</summary>
    [Fact]
    public void One_two_three_circularly_convolved_with_one_zero_one()
    {
        Assert.Equal([3L, 5, 4], CircularConvolve.Fast.Apply([1L, 2, 3], [1L, 0, 1]));
        Assert.Equal([3.0, 5, 4], CircularConvolve.Fast.Apply([1.0, 2, 3], [1.0, 0, 1]).Select(v => Math.Round(v)));
        Assert.Throws<ArgumentException>(() => CircularConvolve.Fast.Apply([1L, 2], [1L, 2, 3]));
    }

    /// <summary>float computes in double and rounds once: within the double bound plus u_f|ĉ| of the exact result.</summary>
    [Fact]
    public void Float_elements_round_the_double_FFT_once()
    {
        float[] a = [1.5f, -2.25f, 3, 0.125f, 7, -1, 2, 5], b = [0.5f, 4, -3, 1, 0, 2.75f, -6, 1];
        var exact = CircularConvolve.Spec.Apply(Array.ConvertAll(a, x => (double)x), Array.ConvertAll(b, x => (double)x));
        var bound = CircularConvolveErrorBound.Fft(Array.ConvertAll(a, x => (double)x), Array.ConvertAll(b, x => (double)x), [8]);
        var fast = CircularConvolve.Fast.Apply(a, b);
        Assert.All(fast.Zip(exact), t => Assert.True(Math.Abs(t.First - t.Second) <= bound + Math.ScaleB(1, -24) * (Math.Abs(t.Second) + bound)));
    }

    /// <summary>float data over every shape (computed in double): the double FFT's bound plus one rounding to float, u_f (|c| + bound).</summary>
    [Property(MaxTest = 40 / CaseCount.Divisor)]
    public Property Fast_is_within_the_FFT_bound_and_one_float_rounding_of_the_exact_result_on_floats() =>
        Prop.ForAll(Pairs(Gen.Choose(-1 << 20, 1 << 20).Select(x => (float)(x / 4099.0))).ToArbitrary(), p =>
        {
            var (a, b) = (p.A.Map(x => (double)x), p.B.Map(x => (double)x));
            var exact = CircularConvolve.Spec.Apply(a.Map(Dyadic.FromDouble), b.Map(Dyadic.FromDouble));
            var bound = CircularConvolveErrorBound.Fft(a.Data, b.Data, a.Shape);
            return CircularConvolve.Fast.Apply(p.A, p.B).Data.Select((x, k) =>
                    Math.Abs(x - exact.Data[k].ToDouble()) <= bound + Math.ScaleB(1, -24) * (Math.Abs(exact.Data[k].ToDouble()) + bound))
                .All(ok => ok);
        });

    /// <summary>
    /// From <see cref="CircularConvolve.Fast.FftThreshold"/> elements integers try the rounded FFT; where it cannot be
    /// exact (a value beyond ±2^53 in either input, in int64 or Int128; a bound of ½ or more, here 64 values near
    /// 2^20; an element type without an FFT) the direct sum runs, and every result equals the spec's.
    /// </summary>
    [Fact]
    public void Integers_the_rounded_FFT_cannot_take_exactly_are_summed_directly()
    {
        var n = CircularConvolve.Fast.FftThreshold;
        var small = Enumerable.Range(0, n).Select(i => (long)(i * 37 % 7 - 3)).ToArray();
        var beyond = (long[])small.Clone();
        beyond[5] = (1L << 54) + 1;
        Assert.Equal(CircularConvolve.Spec.Apply(beyond, small), CircularConvolve.Fast.Apply(beyond, small));
        Assert.Equal(CircularConvolve.Spec.Apply(small, beyond), CircularConvolve.Fast.Apply(small, beyond));
        var (wide, below) = (Array.ConvertAll(small, x => (Int128)x), Array.ConvertAll(beyond, x => -(Int128)x));
        Assert.Equal(CircularConvolve.Spec.Apply(below, wide), CircularConvolve.Fast.Apply(below, wide));
        var (a, b) = (Enumerable.Range(0, n).Select(i => (1L << 20) - i).ToArray(), Enumerable.Range(0, n).Select(i => (1L << 20) + 3 * i).ToArray());
        Assert.False(CircularConvolveErrorBound.RoundsExactly(
            CircularConvolveErrorBound.Fft(Array.ConvertAll(a, x => (double)x), Array.ConvertAll(b, x => (double)x), [n])));
        Assert.Equal(CircularConvolve.Spec.Apply(a, b), CircularConvolve.Fast.Apply(a, b));
        var (big1, big2) = (Array.ConvertAll(beyond, x => (BigInteger)x * x), Array.ConvertAll(small, x => (BigInteger)x));
        Assert.Equal(CircularConvolve.Spec.Apply(big1, big2), CircularConvolve.Fast.Apply(big1, big2));
    }

    /// <summary>A long vector of small integers takes the rounded FFT and is still exact.</summary>
    [Fact]
    public void Long_integer_vectors_are_exact_through_the_rounded_FFT()
    {
        var n = 1024;
        var a = Enumerable.Range(0, n).Select(i => (long)((i * 7919) % 201 - 100)).ToArray();
        var b = Enumerable.Range(0, n).Select(i => (long)((i * 104729) % 61 - 30)).ToArray();
        Assert.True(CircularConvolveErrorBound.RoundsExactly(
            CircularConvolveErrorBound.Fft(Array.ConvertAll(a, x => (double)x), Array.ConvertAll(b, x => (double)x), [n])));
        Assert.Equal(CircularConvolve.Spec.Apply(a, b), CircularConvolve.Fast.Apply(a, b));
    }

    /// <summary>The bound is not vacuous: measured errors are a visible fraction of it (printed), and it is small.</summary>
    [Fact]
    public void The_FFT_bound_is_attained_in_part_and_is_small()
    {
        var (worst, relative) = (0.0, 0.0);
        foreach (var p in Gen.Sample(Pairs(Gen.Choose(-1 << 20, 1 << 20).Select(x => x / 4099.0)), 30, new Rnd(7UL), 40).Where(p => p.A.Data.Length > 1))
        {
            var exact = CircularConvolve.Spec.Apply(p.A.Map(Dyadic.FromDouble), p.B.Map(Dyadic.FromDouble));
            var bound = CircularConvolveErrorBound.Fft(p.A.Data, p.B.Data, p.A.Shape);
            worst = Math.Max(worst, ErrorBound.Norm2(Errors(CircularConvolve.Fast.Apply(p.A, p.B), exact)) / bound);
            relative = Math.Max(relative, bound / ErrorBound.Norm2(exact.Data.Select(x => x.ToDouble()).ToArray()));
        }
        output.WriteLine($"CircularConvolve.Fast: max measured/bound = {worst:E2}; max bound/‖c‖₂ = {relative:E2}");
        Assert.InRange(worst, 1e-6, 1.0);
        Assert.InRange(relative, 0, 1e-9);
    }

    private static double[] Errors(NdArray<double> computed, NdArray<Dyadic> exact) =>
        computed.Data.Select((x, k) => Abs(Dyadic.FromDouble(x) - exact.Data[k]).ToDouble()).ToArray();

    private static Dyadic Abs(Dyadic x) => x.Sign < 0 ? -x : x;

    private static string Outcome<T>(Func<NdArray<T>> run)
    {
        try { return string.Join(",", run().Data); }
        catch (OverflowException) { return "overflow"; }
    }
}
