using ConvSpec.Convolution;
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
}
