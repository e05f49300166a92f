using ConvSpec.Convolution;
using ConvSpec.Shapes;
using ConvSpec.SpecTests.Generators;
using ConvSpec.Tensors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Convolution;

/// <summary>
/// <see cref="Convolve.Fast.AlongAxes{T}(NdArray{T}, NdArray{T}, ConvolutionMode, IReadOnlyList{int}?, Method)"/> and
/// <see cref="Convolve.Fast.OverlapAdd{T}"/> with chosen axes against <see cref="Convolve.Spec.AlongAxes{T}"/>, where
/// either input may broadcast on any axis that is not summed (extent 1 against the other's extent).
/// </summary>
public class ConvolveAxesFastLaws
{
    /// <summary>
    /// Rank 1..3; on a chosen axis each input has its own extent 1..4, elsewhere the common extent or 1, chosen per
    /// input. Axes are null (every axis) in a third of the cases.
    /// </summary>
    private static Gen<(NdArray<T> A, NdArray<T> B, int[]? Axes)> Broadcasting<T>(Gen<T> element) =>
        from rank in Gen.Choose(1, 3)
        from common in TensorGen.Shape(rank, 3)
        from ownA in TensorGen.Shape(rank, 4)
        from ownB in TensorGen.Shape(rank, 4)
        from oneA in Gen.ArrayOf(Gen.Elements(true, false), rank)
        from oneB in Gen.ArrayOf(Gen.Elements(true, false), rank)
        from chosen in Gen.ArrayOf(Gen.Elements(true, false), rank)
        from every in Gen.Elements(true, false, false)
        let axes = Enumerable.Range(0, rank).Where(d => every || chosen[d]).DefaultIfEmpty(rank - 1).ToArray()
        let shapeA = Enumerable.Range(0, rank).Select(d => axes.Contains(d) ? ownA[d] : oneA[d] ? 1 : common[d]).ToArray()
        let shapeB = Enumerable.Range(0, rank).Select(d => axes.Contains(d) ? ownB[d] : oneB[d] ? 1 : common[d]).ToArray()
        from a in TensorGen.Tensor(shapeA, element)
        from b in TensorGen.Tensor(shapeB, element)
        select (a, b, every ? null : axes);

    private static readonly Func<NdArray<Int128>, NdArray<Int128>, ConvolutionMode, int[]?, NdArray<Int128>>[] FastTwins =
    [
        (a, b, mode, axes) => Convolve.Fast.AlongAxes(a, b, mode, axes),
        (a, b, mode, axes) => Convolve.Fast.AlongAxes(a, b, mode, axes, Method.Direct),
        (a, b, mode, axes) => Convolve.Fast.AlongAxes(a, b, mode, axes, Method.Auto),
        (a, b, mode, axes) => Convolve.Fast.OverlapAdd(a, b, mode, axes),
    ];

    /// <summary>On integers every method sums directly, so each fast twin gives the spec's result, or its error, exactly.</summary>
    [Property(MaxTest = 200 / CaseCount.Divisor)]
    public Property Fast_along_axes_equals_the_spec_exactly_on_integers_in_every_mode() =>
        Prop.ForAll(Broadcasting(TensorGen.Integer).ToArbitrary(), LawGen.Mode.ToArbitrary(), (p, mode) =>
        {
            var (a, b) = (p.A.Wide(), p.B.Wide());
            var spec = Record(() => Convolve.Spec.AlongAxes(a, b, mode, p.Axes));
            return FastTwins.All(fast => Record(() => fast(a, b, mode, p.Axes)).Equals(spec));
        });

    /// <summary>
    /// The direct sums along the axes give, bit for bit on any doubles, the mode's window of the full direct convolution
    /// of each pair of fibres: out[k] = (f1 ∗ f2)[k_A + s_A] with s the centred start in full and f1, f2 the fibres of
    /// in1 and in2 through the full index k + s off the axes (read at 0 where an input's extent is 1); in valid mode
    /// the inputs are swapped first when in2 is the larger on a summed axis.
    /// </summary>
    [Property(MaxTest = 200 / CaseCount.Divisor)]
    public Property Direct_sums_along_axes_are_windows_of_each_fibre_pairs_full_convolution() =>
        Prop.ForAll(Broadcasting(TensorGen.Real).ToArbitrary(), LawGen.Mode.ToArbitrary(), (p, mode) =>
        {
            var (a, b) = (p.A, p.B);
            var rank = a.Rank;
            var summed = (p.Axes ?? Enumerable.Range(0, rank).ToArray()).Where(d => a.Shape[d] != 1 && b.Shape[d] != 1).ToArray();
            var fits = summed.All(d => a.Shape[d] >= b.Shape[d]) || summed.All(d => a.Shape[d] <= b.Shape[d]);
            if (mode == ConvolutionMode.Valid && !fits) return true;
            if (mode == ConvolutionMode.Valid && summed.Any(d => b.Shape[d] > a.Shape[d])) (a, b) = (b, a);
            var full = Enumerable.Range(0, rank).Select(d => summed.Contains(d) ? a.Shape[d] + b.Shape[d] - 1 : Math.Max(a.Shape[d], b.Shape[d])).ToArray();
            var shape = Enumerable.Range(0, rank).Select(d => mode switch
            {
                ConvolutionMode.Full => full[d],
                ConvolutionMode.Same => a.Shape[d],
                _ => summed.Contains(d) ? a.Shape[d] - b.Shape[d] + 1 : full[d],
            }).ToArray();
            var start = full.Select((f, d) => Crop.CentredStart(f, shape[d])).ToArray();
            var expected = NdArray<double>.Create(shape, k =>
            {
                var c = k.Select((v, d) => v + start[d]).ToArray();
                var (f1, f2) = (Fibre(a, summed, c), Fibre(b, summed, c));
                return Convolve.Fast.Apply(f1, f2, ConvolutionMode.Full)[summed.Select(d => c[d]).ToArray()];
            });
            var actual = Convolve.Fast.AlongAxes(p.A, p.B, mode, p.Axes, Method.Direct);
            return actual.Shape.SequenceEqual(shape)
                && actual.Data.Select(BitConverter.DoubleToInt64Bits).SequenceEqual(expected.Data.Select(BitConverter.DoubleToInt64Bits));
        });

    /// <summary>The fibre of x over the summed axes through the full index c: x[c↓, i] with c↓_d = c_d, or 0 where x's extent is 1.</summary>
    private static NdArray<double> Fibre(NdArray<double> x, int[] summed, int[] c) =>
        NdArray<double>.Create(summed.Select(d => x.Shape[d]).ToArray(), i =>
        {
            var at = c.Select((v, d) => x.Shape[d] == 1 ? 0 : v).ToArray();
            for (var j = 0; j < summed.Length; j++) at[summed[j]] = i[j];
            return x[at];
        });

    /// <summary>The result as text, or the type and argument of the error, so that two calls can be compared.</summary>
    private static string Record(Func<NdArray<Int128>> f)
    {
        try { return f().ToString(); }
        catch (ArgumentException e) { return $"{e.GetType().Name}:{e.ParamName}"; }
    }
}
