using System.Numerics;
using ConvSpec.Convolution;
using ConvSpec.Tensors;
using ConvSpec.Shapes;
using ConvSpec.SpecTests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Convolution;

/// <summary>Laws of the convolution spec, exact on integers.</summary>
public class ConvolveLaws
{
    [Property]
    public Property Convolution_is_commutative_in_N_D() =>
        Prop.ForAll(TensorGen.Pair(3, 4, TensorGen.Integer).ToArbitrary(), p =>
            Convolve.Spec.Full(p.A.Wide(), p.B.Wide()).Equals(Convolve.Spec.Full(p.B.Wide(), p.A.Wide())));

    [Property]
    public Property Convolution_is_commutative_in_1_D() =>
        Prop.ForAll(TensorGen.Vector(8, TensorGen.Integer).ToArbitrary(), TensorGen.Vector(8, TensorGen.Integer).ToArbitrary(),
            (a, b) => Convolve.Spec.Full(Array.ConvertAll(a, x => (Int128)x), Array.ConvertAll(b, x => (Int128)x))
                .SequenceEqual(Convolve.Spec.Full(Array.ConvertAll(b, x => (Int128)x), Array.ConvertAll(a, x => (Int128)x))));

    [Property]
    public Property Output_shape_follows_the_size_law_of_every_mode() =>
        Prop.ForAll(TensorGen.Pair(3, 5, TensorGen.Integer).ToArbitrary(), Gen.Elements(Enum.GetValues<ConvolutionMode>()).ToArbitrary(),
            (p, mode) =>
            {
                var fits = mode != ConvolutionMode.Valid
                    || p.A.Shape.Zip(p.B.Shape).All(t => t.First >= t.Second)
                    || p.A.Shape.Zip(p.B.Shape).All(t => t.First <= t.Second);
                return Prop.When(fits, () => Assert.Equal(
                    p.A.Shape.Zip(p.B.Shape, (m, n) => OutputSize.Of(mode, m, n)),
                    Convolve.Spec.Apply(p.A.Wide(), p.B.Wide(), mode).Shape));
            });

    [Property]
    public Property Convolution_is_commutative_in_2_D() =>
        Prop.ForAll(TensorGen.Tensor(2, 5, TensorGen.Integer).ToArbitrary(), TensorGen.Tensor(2, 5, TensorGen.Integer).ToArbitrary(),
            (a, b) => Convolve.Spec.Full(a.Wide(), b.Wide()).Equals(Convolve.Spec.Full(b.Wide(), a.Wide())));

    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Convolution_is_associative() =>
        Prop.ForAll(TensorGen.Triple(2, 3, TensorGen.Integer).ToArbitrary(), t =>
            Convolve.Spec.Full(Convolve.Spec.Full(t.A.Big(), t.B.Big()), t.C.Big())
                .Equals(Convolve.Spec.Full(t.A.Big(), Convolve.Spec.Full(t.B.Big(), t.C.Big()))));

    /// <summary>(αa + βa′) ∗ b = α(a ∗ b) + β(a′ ∗ b), and by commutativity the same in the second argument.</summary>
    [Property]
    public Property Convolution_is_bilinear() =>
        Prop.ForAll(TensorGen.Pair(3, 4, TensorGen.Integer).ToArbitrary(), LawGen.Coefficient.ToArbitrary(), LawGen.Coefficient.ToArbitrary(),
            (p, alpha, beta) =>
            {
                var (a, b) = (p.A.Big(), p.B.Big());
                var a2 = TensorOps.Flip(a).Map(v => v * 3 - 1);
                var (x, y) = ((BigInteger)alpha, (BigInteger)beta);
                var left = Convolve.Spec.Full(TensorOps.Combine(x, a, y, a2), b);
                var right = TensorOps.Combine(x, Convolve.Spec.Full(a, b), y, Convolve.Spec.Full(a2, b));
                var second = Convolve.Spec.Full(b, TensorOps.Combine(x, a, y, a2));
                return left.Equals(right) && second.Equals(right);
            });

    /// <summary>δ = [1] (of every rank) is the identity: a ∗ δ = a in full and same mode.</summary>
    [Property]
    public Property Unit_impulse_is_the_identity_kernel() =>
        Prop.ForAll(TensorGen.AnyRankTensor(3, 5, TensorGen.Integer).ToArbitrary(), a =>
        {
            var delta = TensorOps.Impulse<Int128>(new int[a.Rank]);
            return Convolve.Spec.Full(a.Wide(), delta).Equals(a.Wide())
                && Convolve.Spec.Apply(a.Wide(), delta, ConvolutionMode.Same).Equals(a.Wide())
                && Convolve.Spec.Full(delta, a.Wide()).Equals(a.Wide());
        });

    /// <summary>a ∗ δ_s = a shifted by s: the impulse at s delays the signal by s on every axis.</summary>
    [Property]
    public Property Shifted_impulse_kernel_shifts_the_input() =>
        Prop.ForAll(TensorGen.Tensor(2, 4, TensorGen.Integer).ToArbitrary(), LawGen.Offsets(2).ToArbitrary(), (a, s) =>
            Convolve.Spec.Full(a.Wide(), TensorOps.Impulse<Int128>(s)).Equals(TensorOps.Shift(a.Wide(), s)));

    /// <summary>shift_s(a) ∗ b = shift_s(a ∗ b): shifting the input shifts the full output (translation equivariance).</summary>
    [Property]
    public Property Convolution_is_translation_equivariant() =>
        Prop.ForAll(TensorGen.Pair(3, 4, TensorGen.Integer).ToArbitrary(), Gen.ArrayOf(Gen.Choose(0, 3), 3).ToArbitrary(), (p, s3) =>
        {
            var s = s3[..p.A.Rank];
            return Convolve.Spec.Full(TensorOps.Shift(p.A.Wide(), s), p.B.Wide()).Equals(TensorOps.Shift(Convolve.Spec.Full(p.A.Wide(), p.B.Wide()), s));
        });

    /// <summary>same is the window of full of in1's shape starting at ⌊(n_d − 1)/2⌋ on each axis.</summary>
    [Property]
    public Property Same_is_the_crop_of_full_starting_at_half_the_kernel() =>
        Prop.ForAll(TensorGen.Pair(3, 5, TensorGen.Integer).ToArbitrary(), p =>
            Convolve.Spec.Apply(p.A.Wide(), p.B.Wide(), ConvolutionMode.Same).Equals(TensorOps.Window(
                Convolve.Spec.Full(p.A.Wide(), p.B.Wide()), p.B.Shape.Select(n => (n - 1) / 2).ToArray(), p.A.Shape.ToArray())));

    /// <summary>
    /// valid keeps exactly the outputs at which the smaller input lies wholly inside the larger: the window of full
    /// starting at min_d − 1 of extent max_d − min_d + 1, whichever input is the larger.
    /// </summary>
    [Property]
    public Property Valid_is_the_crop_of_full_where_the_inputs_overlap_completely() =>
        Prop.ForAll(TensorGen.Pair(3, 5, TensorGen.Integer).ToArbitrary(), p => Prop.When(TensorOps.ValidFits(p.A.Shape, p.B.Shape), () =>
        {
            var start = p.A.Shape.Zip(p.B.Shape, (m, n) => Math.Min(m, n) - 1).ToArray();
            var shape = p.A.Shape.Zip(p.B.Shape, (m, n) => Math.Max(m, n) - Math.Min(m, n) + 1).ToArray();
            return Convolve.Spec.Apply(p.A.Wide(), p.B.Wide(), ConvolutionMode.Valid)
                .Equals(TensorOps.Window(Convolve.Spec.Full(p.A.Wide(), p.B.Wide()), start, shape));
        }));

    [Property]
    public Property Valid_mode_needs_one_input_covering_the_other_on_every_axis() =>
        Prop.ForAll(TensorGen.Pair(3, 5, TensorGen.Integer).ToArbitrary(), p => Prop.When(!TensorOps.ValidFits(p.A.Shape, p.B.Shape), () =>
            Assert.Equal("in2", Assert.Throws<ArgumentException>(() => Convolve.Spec.Apply(p.A, p.B, ConvolutionMode.Valid)).ParamName)));

    /// <summary>On long, a sum that leaves the int64 range is an OverflowException naming the operation, never a wrap.</summary>
    [Property]
    public Property Integer_overflow_is_an_error_not_a_wrap() =>
        Prop.ForAll(Gen.Choose(2, 6).ToArbitrary(), n =>
        {
            var big = Enumerable.Repeat(long.MaxValue / 2 + 1, n).ToArray();
            var e = Assert.Throws<OverflowException>(() => Convolve.Spec.Full(big, [1L, 1L]));
            return e.Message.StartsWith("convolve:", StringComparison.Ordinal);
        });

    /// <summary>On exact dyadic values of doubles (wide exponent range) convolution is commutative and bilinear, exactly.</summary>
    [Property]
    public Property Convolution_of_dyadic_values_is_exact() =>
        Prop.ForAll(TensorGen.Pair(2, 4, TensorGen.Real).ToArbitrary(), p =>
        {
            var (a, b) = (p.A.Map(ConvSpec.Arithmetic.Dyadic.FromDouble), p.B.Map(ConvSpec.Arithmetic.Dyadic.FromDouble));
            var two = ConvSpec.Arithmetic.Dyadic.FromInteger(2);
            return Convolve.Spec.Full(a, b).Equals(Convolve.Spec.Full(b, a))
                && Convolve.Spec.Full(TensorOps.Combine(two, a, two, a), b).Equals(Convolve.Spec.Full(a, b).Map(x => x * two * two));
        });

    /// <summary>The spec run in double stays within the direct-sum bound γ_n (|a| ∗ |b|) of the exact (dyadic) result.</summary>
    [Property]
    public Property Double_convolution_is_within_the_direct_sum_bound_of_the_exact_result() =>
        Prop.ForAll(TensorGen.Pair(2, 6, TensorGen.Real).ToArbitrary(), p =>
        {
            var exact = Convolve.Spec.Full(p.A.Map(ConvSpec.Arithmetic.Dyadic.FromDouble), p.B.Map(ConvSpec.Arithmetic.Dyadic.FromDouble));
            var computed = Convolve.Spec.Full(p.A, p.B);
            var bound = DirectSumBound.Full(p.A, p.B, Convolve.Spec.Full);
            return Enumerable.Range(0, computed.Length).All(k =>
                (ConvSpec.Arithmetic.Dyadic.FromDouble(computed.Data[k]) - exact.Data[k]) is var e
                && (e.Sign < 0 ? -e : e) <= ConvSpec.Arithmetic.Dyadic.FromDouble(bound.Data[k]));
        });
}
