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

namespace ConvSpec.SpecTests.Convolution;

/// <summary>The claims of the notes' "The Convolution Operation" slides, as laws of the spec functions (exact, Int128).</summary>
public class ConvolutionNotesLaws
{
    private static Int128[] Wide(long[] x) => Array.ConvertAll(x, v => (Int128)v);

    /// <summary>
    /// "we usually assume that these functions are zero everywhere but in the finite set of points for which we
    /// store the values": storing extra zeros after either sequence only appends zeros to the full convolution.
    /// </summary>
    [Property]
    public Property Zero_extension_beyond_the_stored_values_changes_nothing() =>
        Prop.ForAll(TensorGen.Vector(6, TensorGen.Integer).ToArbitrary(), TensorGen.Vector(6, TensorGen.Integer).ToArbitrary(),
            Gen.Choose(1, 3).ToArbitrary(), (a, b, zeros) =>
            {
                var c = Convolve.Spec.Full(Wide(a), Wide(b));
                var padded = Convolve.Spec.Full(Wide([.. a, .. new long[zeros]]), Wide(b));
                return padded.Take(c.Length).SequenceEqual(c) && padded.Skip(c.Length).All(x => x == 0) && padded.Length == c.Length + zeros;
            });

    /// <summary>
    /// Equivariance: "if we let g be any function that translates (shifts) the input, then the convolution
    /// function is equivariant to g": f(g(x)) = g(f(x)) with g = delay by s samples.
    /// </summary>
    [Property]
    public Property Convolution_is_equivariant_to_translation() =>
        Prop.ForAll(TensorGen.Vector(6, TensorGen.Integer).ToArbitrary(), TensorGen.Vector(4, TensorGen.Integer).ToArbitrary(),
            Gen.Choose(1, 4).ToArbitrary(), (x, k, s) =>
            {
                Int128[] Delay(Int128[] v) => [.. new Int128[s], .. v];
                return Convolve.Spec.Full(Delay(Wide(x)), Wide(k)).SequenceEqual(Delay(Convolve.Spec.Full(Wide(x), Wide(k))));
            });

    /// <summary>
    /// Cross-correlation "is the same as convolution but without flipping the kernel": in N-D,
    /// correlate(a, b) = convolve(a, flip(conj(b))) in full mode (conj is the identity on integers).
    /// </summary>
    [Property]
    public Property Cross_correlation_is_convolution_with_the_flipped_kernel() =>
        Prop.ForAll(TensorGen.Pair(3, 4, TensorGen.Integer).ToArbitrary(), p =>
        {
            var (a, b) = (p.A.Wide(), p.B.Wide());
            var flipped = NdArray<Int128>.Create(b.Shape.ToArray(), i => b[i.Select((v, d) => b.Shape[d] - 1 - v).ToArray()]);
            return Correlate.Spec.Full(a, b).Equals(Convolve.Spec.Full(a, flipped));
        });

    /// <summary>For complex data the kernel is conjugated as well as flipped (SciPy's correlate).</summary>
    [Property]
    public Property Complex_cross_correlation_conjugates_the_flipped_kernel() =>
        Prop.ForAll(TensorGen.Vector(5, TensorGen.GaussianInteger).ToArbitrary(), TensorGen.Vector(5, TensorGen.GaussianInteger).ToArbitrary(), (a, b) =>
            Correlate.Spec.Apply(a, b, ConvolutionMode.Full)
                .SequenceEqual(Convolve.Spec.Full(a, b.Reverse().Select(Complex.Conjugate).ToArray())));

    /// <summary>
    /// The notes' 2-D form S(i,j) = Σ_m Σ_n I(m,n) K(i−m, j−n) with zero outside I is the N-D full convolution,
    /// and "Convolution is commutative, so we can equivalently write" Σ_m Σ_n I(i−m, j−n) K(m,n).
    /// </summary>
    [Property]
    public Property Two_D_convolution_with_zero_fill_is_the_N_D_convolution_either_way_round() =>
        Prop.ForAll(TensorGen.Tensor(2, 4, TensorGen.Integer).ToArbitrary(), TensorGen.Tensor(2, 4, TensorGen.Integer).ToArbitrary(), (i, k) =>
            Convolve2D.Spec.Apply(i.Wide(), k.Wide(), ConvolutionMode.Full).Equals(Convolve.Spec.Full(i.Wide(), k.Wide()))
            && Convolve2D.Spec.Apply(k.Wide(), i.Wide(), ConvolutionMode.Full).Equals(Convolve.Spec.Full(i.Wide(), k.Wide())));

    /// <summary>
    /// "The output is restricted to only positions where the kernel lies entirely within the input. This is called
    /// valid": valid cross-correlation is S(i,j) = Σ_m Σ_n I(i+m, j+n) K(m,n) for i ≤ M1 − M2, j ≤ N1 − N2.
    /// </summary>
    [Property]
    public Property Valid_keeps_only_positions_where_the_kernel_lies_inside_the_input() =>
        Prop.ForAll(TensorGen.Tensor(2, 5, TensorGen.Integer).ToArbitrary(), TensorGen.Tensor(2, 3, TensorGen.Integer).ToArbitrary(), (image, kernel) =>
        {
            var (i, k) = (image.Wide(), kernel.Wide());
            var fits = i.Shape[0] >= k.Shape[0] && i.Shape[1] >= k.Shape[1];
            return Prop.When(fits, () =>
            {
                var direct = NdArray<Int128>.Create([i.Shape[0] - k.Shape[0] + 1, i.Shape[1] - k.Shape[1] + 1], o =>
                {
                    Int128 s = 0;
                    for (var m = 0; m < k.Shape[0]; m++)
                        for (var n = 0; n < k.Shape[1]; n++)
                            s += i[o[0] + m, o[1] + n] * k[m, n];
                    return s;
                });
                return direct.Equals(Correlate.Spec.Apply(i, k, ConvolutionMode.Valid))
                    && direct.Equals(Correlate2D.Spec.Apply(i, k, ConvolutionMode.Valid, Boundary.Wrap));
            });
        });

    /// <summary>
    /// "Convolution also provides a means for working with inputs of variable size": one kernel applies to inputs
    /// of every length, giving m + n − 1 outputs, and its same-mode output keeps each input's length.
    /// </summary>
    [Property]
    public Property One_kernel_applies_to_inputs_of_any_size() =>
        Prop.ForAll(TensorGen.Vector(9, TensorGen.Integer).ToArbitrary(), Gen.Elements(1, 2, 3).ToArbitrary(), (x, n) =>
        {
            var kernel = Wide(Enumerable.Range(1, n).Select(v => (long)v).ToArray());
            return Convolve.Spec.Full(Wide(x), kernel).Length == x.Length + n - 1
                && Convolve.Spec.Apply(Wide(x), kernel, ConvolutionMode.Same).Length == x.Length;
        });
}
