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

/// <summary>Laws of cross-correlation: convolution with the flipped, conjugated kernel, and its 2-D variant.</summary>
public class CorrelateLaws
{
    private static NdArray<Complex> FlipConjugate(NdArray<Complex> b) => TensorOps.Flip(b).Map(Complex.Conjugate);

    /// <summary>corr(a, b) = a ∗ flip(conj(b)) in every mode (Gaussian-integer data: exact in double).</summary>
    [Property]
    public Property Correlation_equals_convolution_with_the_flipped_conjugated_kernel() =>
        Prop.ForAll(LawGen.ComplexPair.ToArbitrary(), LawGen.Mode.ToArbitrary(), (p, mode) =>
            Prop.When(mode != ConvolutionMode.Valid || TensorOps.ValidFits(p.A.Shape, p.B.Shape), () =>
                Correlate.Spec.Apply(p.A, p.B, mode).Equals(Convolve.Spec.Apply(p.A, FlipConjugate(p.B), mode))));

    /// <summary>corr(b, a) = flip(conj(corr(a, b))) in full mode: swapping the inputs reverses and conjugates.</summary>
    [Property]
    public Property Swapping_the_inputs_reverses_and_conjugates_the_full_correlation() =>
        Prop.ForAll(LawGen.ComplexPair.ToArbitrary(), p =>
            Correlate.Spec.Full(p.B, p.A).Equals(FlipConjugate(Correlate.Spec.Full(p.A, p.B))));

    [Property]
    public Property Correlation_of_real_integers_is_exact_and_unconjugated() =>
        Prop.ForAll(TensorGen.Pair(3, 4, TensorGen.Integer).ToArbitrary(), p =>
            Correlate.Spec.Full(p.A.Wide(), p.B.Wide()).Equals(Convolve.Spec.Full(p.A.Wide(), TensorOps.Flip(p.B.Wide()))));

    /// <summary>1-D vectors through the array overload agree with the N-D one.</summary>
    [Property]
    public Property One_dimensional_correlation_is_the_rank_one_case() =>
        Prop.ForAll(TensorGen.Vector(7, TensorGen.GaussianInteger).ToArbitrary(), TensorGen.Vector(7, TensorGen.GaussianInteger).ToArbitrary(),
            LawGen.Mode.ToArbitrary(), (a, b, mode) =>
                Correlate.Spec.Apply(a, b, mode).SequenceEqual(Correlate.Spec.Apply(NdArray<Complex>.Vector(a), NdArray<Complex>.Vector(b), mode).Data));

    private static Gen<NdArray<Complex>> Complex2D => TensorGen.Tensor(2, 5, TensorGen.GaussianInteger);

    /// <summary>correlate2d with a zero fill equals correlate in full mode, and in valid mode when in1 is the larger.</summary>
    [Property]
    public Property Correlate2d_with_zero_fill_is_correlate_in_full_and_valid_mode() =>
        Prop.ForAll(Complex2D.ToArbitrary(), Complex2D.ToArbitrary(), Gen.Elements(ConvolutionMode.Full, ConvolutionMode.Valid).ToArbitrary(),
            (a, b, mode) => Prop.When(mode == ConvolutionMode.Full || a.Shape.Zip(b.Shape).All(t => t.First >= t.Second), () =>
                Correlate2D.Spec.Apply(a, b, mode, Boundary.Fill, Complex.Zero).Equals(Correlate.Spec.Apply(a, b, mode))));

    /// <summary>
    /// In valid mode with in2 the larger (and not equal), correlate2d swaps the inputs and reverses (SciPy), which
    /// is the conjugate of correlate's answer: correlate2d(a, b, valid) = conj(correlate(a, b, valid)).
    /// </summary>
    [Property]
    public Property Correlate2d_valid_with_the_larger_second_input_is_the_conjugate_of_correlate() =>
        Prop.ForAll(Complex2D.ToArbitrary(), Complex2D.ToArbitrary(), (a, b) =>
            Prop.When(b.Shape.Zip(a.Shape).All(t => t.First >= t.Second) && !b.Shape.SequenceEqual(a.Shape), () =>
                Correlate2D.Spec.Apply(a, b, ConvolutionMode.Valid).Equals(Correlate.Spec.Apply(a, b, ConvolutionMode.Valid).Map(Complex.Conjugate))));

    /// <summary>
    /// correlate2d same keeps the window of full starting at N − 1 − ⌊(N − 1)/2⌋ = ⌈(N − 1)/2⌉ per axis (SciPy's
    /// 2-D origin), which for even N is one later than correlate's centred ⌊(N − 1)/2⌋.
    /// </summary>
    [Property]
    public Property Correlate2d_same_is_the_window_of_full_starting_at_the_ceiling_of_half_the_kernel() =>
        Prop.ForAll(TensorGen.Tensor(2, 5, TensorGen.Integer).ToArbitrary(), TensorGen.Tensor(2, 5, TensorGen.Integer).ToArbitrary(), (a, k) =>
        {
            var full = Correlate2D.Spec.Apply(a.Wide(), k.Wide(), ConvolutionMode.Full);
            var start = k.Shape.Select(n => n - 1 - (n - 1) / 2).ToArray();
            return Correlate2D.Spec.Apply(a.Wide(), k.Wide(), ConvolutionMode.Same).Equals(TensorOps.Window(full, start, a.Shape.ToArray()));
        });

    /// <summary>convolve2d with a zero fill equals convolve in every mode.</summary>
    [Property]
    public Property Convolve2d_with_zero_fill_is_convolve_in_every_mode() =>
        Prop.ForAll(TensorGen.Tensor(2, 5, TensorGen.Integer).ToArbitrary(), TensorGen.Tensor(2, 5, TensorGen.Integer).ToArbitrary(), LawGen.Mode.ToArbitrary(), (a, k, mode) =>
            Prop.When(mode != ConvolutionMode.Valid || TensorOps.ValidFits(a.Shape, k.Shape), () =>
                Convolve2D.Spec.Apply(a.Wide(), k.Wide(), mode).Equals(Convolve.Spec.Apply(a.Wide(), k.Wide(), mode))));
}
