using ConvSpec.Convolution;
using ConvSpec.Shapes;
using ConvSpec.SpecTests.Generators;
using ConvSpec.Tensors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Convolution;

/// <summary>Laws of <see cref="Convolve.Spec.AlongAxes{T}"/>: SciPy fftconvolve/oaconvolve's axes semantics.</summary>
public class ConvolveAxesLaws
{
    /// <summary>Rank 1..3 inputs and a set of axes; off the axes in2's extent is in1's or 1 (they broadcast).</summary>
    private static Gen<(NdArray<long> A, NdArray<long> B, int[] Axes)> WithAxes =>
        from rank in Gen.Choose(1, 3)
        from a in TensorGen.Tensor(rank, 4, TensorGen.Integer)
        from chosen in Gen.ArrayOf(Gen.Elements(true, false), rank)
        let axes = Enumerable.Range(0, rank).Where(d => chosen[d]).DefaultIfEmpty(rank - 1).ToArray()
        from extents in Gen.ArrayOf(TensorGen.Extent(5), rank)
        from one in Gen.ArrayOf(Gen.Elements(true, false), rank)
        let shape = Enumerable.Range(0, rank).Select(d => axes.Contains(d) ? extents[d] : one[d] ? 1 : a.Shape[d]).ToArray()
        from b in TensorGen.Tensor(shape, TensorGen.Integer)
        select (a, b, axes);

    [Property]
    public Property Along_all_axes_it_is_convolve() =>
        Prop.ForAll(TensorGen.Pair(3, 4, TensorGen.Integer).ToArbitrary(), LawGen.Mode.ToArbitrary(), (p, mode) =>
            Prop.When(mode != ConvolutionMode.Valid || TensorOps.ValidFits(p.A.Shape, p.B.Shape), () =>
                Convolve.Spec.AlongAxes(p.A.Wide(), p.B.Wide(), mode, null).Equals(Convolve.Spec.Apply(p.A.Wide(), p.B.Wide(), mode))));

    /// <summary>
    /// full over the axes A: out[k] = Σ_{i ∈ idx_A} a[k↓, i] b[k↓, k_A − i], each input read at 0 on an axis where
    /// its extent is 1 (broadcast), written here as a loop over output and summation indices.
    /// </summary>
    [Property]
    public Property Full_along_axes_convolves_each_fibre_and_broadcasts_the_rest() =>
        Prop.ForAll(WithAxes.ToArbitrary(), p =>
        {
            var (a, b, axes) = (p.A.Wide(), p.B.Wide(), p.Axes);
            var summed = axes.Where(d => a.Shape[d] != 1 && b.Shape[d] != 1).ToArray();
            var shape = Enumerable.Range(0, a.Rank).Select(d => summed.Contains(d) ? a.Shape[d] + b.Shape[d] - 1 : Math.Max(a.Shape[d], b.Shape[d])).ToArray();
            var expected = NdArray<Int128>.Create(shape, k =>
            {
                Int128 sum = 0;
                foreach (var i in ConvSpec.Shapes.IndexSpace.Of(summed.Select(d => a.Shape[d]).ToArray()))
                {
                    var ai = Enumerable.Range(0, a.Rank).Select(d => a.Shape[d] == 1 ? 0 : k[d]).ToArray();
                    var bi = Enumerable.Range(0, a.Rank).Select(d => b.Shape[d] == 1 ? 0 : k[d]).ToArray();
                    for (var j = 0; j < summed.Length; j++) (ai[summed[j]], bi[summed[j]]) = (i[j], k[summed[j]] - i[j]);
                    if (bi.Select((v, d) => v >= 0 && v < b.Shape[d]).All(x => x)) sum += a[ai] * b[bi];
                }
                return sum;
            });
            return Convolve.Spec.AlongAxes(a, b, ConvolutionMode.Full, axes).Equals(expected);
        });

    [Property]
    public Property Negative_axes_count_from_the_end() =>
        Prop.ForAll(WithAxes.ToArbitrary(), LawGen.Mode.ToArbitrary(), (p, mode) =>
        {
            Func<int[], object> run = axes => Record(() => Convolve.Spec.AlongAxes(p.A.Wide(), p.B.Wide(), mode, axes));
            return run(p.Axes).Equals(run(p.Axes.Select(d => d - p.A.Rank).ToArray()));
        });

    [Property]
    public Property Order_of_the_axes_does_not_matter() =>
        Prop.ForAll(WithAxes.ToArbitrary(), LawGen.Mode.ToArbitrary(), (p, mode) =>
        {
            Func<int[], object> run = axes => Record(() => Convolve.Spec.AlongAxes(p.A.Wide(), p.B.Wide(), mode, axes));
            return run(p.Axes).Equals(run(p.Axes.Reverse().ToArray()));
        });

    /// <summary>same crops every axis to in1's extent; valid crops the summed axes to |m − n| + 1 and keeps full's extent elsewhere.</summary>
    [Property]
    public Property Same_and_valid_shapes_along_axes() =>
        Prop.ForAll(WithAxes.ToArbitrary(), p =>
        {
            var (a, b) = (p.A.Wide(), p.B.Wide());
            var summed = p.Axes.Where(d => a.Shape[d] != 1 && b.Shape[d] != 1).ToArray();
            var same = Convolve.Spec.AlongAxes(a, b, ConvolutionMode.Same, p.Axes).Shape.SequenceEqual(a.Shape);
            var fits = summed.All(d => a.Shape[d] >= b.Shape[d]) || summed.All(d => a.Shape[d] <= b.Shape[d]);
            if (!fits) return same && Assert.Throws<ArgumentException>(() => Convolve.Spec.AlongAxes(a, b, ConvolutionMode.Valid, p.Axes)).ParamName == "in2";
            var validShape = Enumerable.Range(0, a.Rank).Select(d => summed.Contains(d)
                ? Math.Abs(a.Shape[d] - b.Shape[d]) + 1 : Math.Max(a.Shape[d], b.Shape[d]));
            return same && Convolve.Spec.AlongAxes(a, b, ConvolutionMode.Valid, p.Axes).Shape.SequenceEqual(validShape);
        });

    [Fact]
    public void Bad_axes_are_errors_naming_axes_or_in2()
    {
        var (a, b) = (NdArray<long>.Matrix(new long[,] { { 1, 2, 3 }, { 4, 5, 6 } }), NdArray<long>.Matrix(new long[,] { { 1, 2 }, { 3, 4 } }));
        Assert.Equal("axes", Assert.Throws<ArgumentOutOfRangeException>(() => Convolve.Spec.AlongAxes(a, b, ConvolutionMode.Full, [2])).ParamName);
        Assert.Equal("axes", Assert.Throws<ArgumentException>(() => Convolve.Spec.AlongAxes(a, b, ConvolutionMode.Full, [0, -2])).ParamName);
        Assert.Equal("axes", Assert.Throws<ArgumentException>(() => Convolve.Spec.AlongAxes(a, b, ConvolutionMode.Full, [])).ParamName);
        // axis 1 is not convolved and 3 ≠ 2: the extents can neither be summed nor broadcast
        Assert.Equal("in2", Assert.Throws<ArgumentException>(() => Convolve.Spec.AlongAxes(a, b, ConvolutionMode.Full, [0])).ParamName);
    }

    /// <summary>Rank 2 allows axes −2..1: −3 counts past the first axis, 2 past the last, for both twins.</summary>
    [Theory]
    [InlineData(-3)]
    [InlineData(2)]
    public void Axes_outside_minus_rank_to_rank_are_out_of_range_for_both_twins(int axis)
    {
        var (a, b) = (NdArray<double>.Matrix(new double[,] { { 1, 2, 3 }, { 4, 5, 6 } }), NdArray<double>.Matrix(new double[,] { { 1, 2 }, { 3, 4 } }));
        Assert.Equal("axes", Assert.Throws<ArgumentOutOfRangeException>(() => Convolve.Spec.AlongAxes(a, b, ConvolutionMode.Full, [axis])).ParamName);
        var fast = Assert.Throws<ArgumentOutOfRangeException>(() => Convolve.Fast.AlongAxes(a, b, ConvolutionMode.Full, [axis]));
        Assert.Equal("axes", fast.ParamName);
        Assert.Contains($"axis {axis} is out of range for rank 2", fast.Message);
    }

    /// <summary>The result, or the type and argument of the error, so that two calls can be compared.</summary>
    private static object Record(Func<NdArray<Int128>> f)
    {
        try { return f().ToString(); }
        catch (ArgumentException e) { return $"{e.GetType().Name}:{e.ParamName}"; }
    }
}
