using System.Numerics;
using ConvSpec.Convolution;
using ConvSpec.Correlation;
using ConvSpec.Padding;
using ConvSpec.Shapes;
using ConvSpec.SpecTests.Generators;
using ConvSpec.Tensors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Correlation;

/// <summary>
/// Correlation's Fast twins against the spec where correlation differs from convolution: the conjugated second input
/// (complex data, exact on Gaussian integers), the boundary fill value, and correlate2d's swapped valid mode.
/// The real-valued agreement laws of every pair run in <see cref="Convolution.ConvolveAgreement"/> over <see cref="Pairs"/>.
/// </summary>
public class CorrelateAgreement
{
    private static Gen<NdArray<Complex>> Complex(int rank, int max) => TensorGen.Tensor(rank, max, TensorGen.GaussianInteger);

    [Property(MaxTest = 80 / CaseCount.Divisor)]
    public Property Fast_correlation_conjugates_in2_exactly_as_the_spec() =>
        Prop.ForAll(Gen.Zip(Complex(2, 6), Complex(2, 6)).ToArbitrary(), Gen.Elements(ConvolutionMode.Full, ConvolutionMode.Same).ToArbitrary(),
            (p, mode) => Correlate.Fast.Apply(p.Item1, p.Item2, mode).Equals(Correlate.Spec.Apply(p.Item1, p.Item2, mode)));

    [Property(MaxTest = 80 / CaseCount.Divisor)]
    public Property Fast_correlate2d_equals_the_spec_with_any_fill_value_and_boundary() =>
        Prop.ForAll(TensorGen.Pair(1, 6, TensorGen.Integer).Select(p => (A: p.A, B: p.B)).Where(p => p.A.Rank == 1).ToArbitrary(),
            Gen.Elements(Enum.GetValues<Boundary>()).ToArbitrary(), Gen.Choose(-5, 5).ToArbitrary(),
            (p, boundary, fill) =>
            {
                var (a, b) = (Matrix(p.A), Matrix(p.B));
                return Correlate2D.Fast.Apply(a, b, ConvolutionMode.Same, boundary, (Int128)fill)
                    .Equals(Correlate2D.Spec.Apply(a, b, ConvolutionMode.Same, boundary, (Int128)fill))
                    && Convolve2D.Fast.Apply(a, b, ConvolutionMode.Full, boundary, (Int128)fill)
                    .Equals(Convolve2D.Spec.Apply(a, b, ConvolutionMode.Full, boundary, (Int128)fill));
            });

    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Fast_correlate2d_valid_swaps_and_reverses_as_the_spec() =>
        Prop.ForAll(Gen.Zip(Complex(2, 4), Complex(2, 4)).ToArbitrary(), p =>
        {
            var (small, large) = (p.Item1, Grow(p.Item2, p.Item1));
            return Correlate2D.Fast.Apply(small, large, ConvolutionMode.Valid).Equals(Correlate2D.Spec.Apply(small, large, ConvolutionMode.Valid));
        });

    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Fast_complex_FFT_correlation_is_exact_after_rounding_on_small_Gaussian_integers() =>
        Prop.ForAll(Gen.Zip(Complex(1, 20), Complex(1, 20)).ToArbitrary(), p =>
        {
            var spec = Correlate.Spec.Apply(p.Item1, p.Item2, ConvolutionMode.Full);
            var fast = Correlate.Fast.Apply(p.Item1, p.Item2, ConvolutionMode.Full, Method.Fft);
            // Results are Gaussian integers of modulus ≤ 20·81·2; the FFT bound (≪ 0.5) makes rounding recover them.
            return fast.Map(z => new Complex(Math.Round(z.Real), Math.Round(z.Imaginary))).Equals(spec);
        });

    /// <summary>A 1-D vector as a 1×n matrix and its transpose stacked: a 2×n matrix.</summary>
    private static NdArray<Int128> Matrix(NdArray<long> v) =>
        NdArray<Int128>.Create([2, v.Length], i => (Int128)v.Data[i[1]] * (i[0] + 1));

    /// <summary>A tensor at least as large as <paramref name="than"/> on both axes.</summary>
    private static NdArray<Complex> Grow(NdArray<Complex> x, NdArray<Complex> than) =>
        NdArray<Complex>.Create([Math.Max(x.Shape[0], than.Shape[0]), Math.Max(x.Shape[1], than.Shape[1])],
            i => x.Data[(i[0] * 7 + i[1]) % x.Length] + i[0]);
}
