using System.Numerics;
using ConvSpec.Fourier;
using ConvSpec.Tensors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Fourier;

/// <summary>
/// <see cref="Fft.Forward(NdArray{Complex}, IReadOnlyList{int}?)"/> and <see cref="Fft.Inverse(NdArray{Complex}, IReadOnlyList{int}?)"/>
/// along chosen axes (negative ones counting from the end, as scipy.fft.fftn) are the spec's transforms along those
/// axes: each element within the FFT's normwise bound plus the spec's elementwise bound. The inverse scales once by
/// 1/Π n_a, within the bound of per-axis scaling (one rounding instead of one per axis).
/// </summary>
public class FftAxesLaws
{
    private static Gen<Complex> Element =>
        Gen.Zip(Gen.Choose(-1000, 1000), Gen.Choose(-1000, 1000)).Select(t => new Complex(t.Item1 / 64.0, t.Item2 / 7.0));

    /// <summary>Rank 1..3, extents 1..7 (smooth and Bluestein lengths), and a non-empty set of distinct axes, each written either way.</summary>
    private static Gen<(NdArray<Complex> X, int[] Axes)> TensorsWithAxes =>
        from rank in Gen.Choose(1, 3)
        from shape in Gen.ArrayOf(Gen.Choose(1, 7), rank)
        from data in Gen.ArrayOf(Element, shape.Aggregate(1, (p, d) => p * d))
        from order in Gen.Shuffle(Enumerable.Range(0, rank).ToArray())
        from count in Gen.Choose(1, rank)
        from negative in Gen.ArrayOf(Gen.Elements(false, true), rank)
        select (new NdArray<Complex>(shape, data), order.Take(count).Select((a, i) => negative[i] ? a - rank : a).ToArray());

    private static int[] Lengths(NdArray<Complex> x, int[] axes) => axes.Select(a => x.Shape[(a + x.Rank) % x.Rank]).ToArray();

    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Fft_along_axes_is_the_spec_transform_along_those_axes() =>
        Prop.ForAll(TensorsWithAxes.ToArbitrary(), c =>
        {
            var lengths = Lengths(c.X, c.Axes);
            var (n1, n2) = (DftErrorBound.Norm1(c.X.Data), DftFastErrorBound.Norm2(c.X.Data));
            var forward = DftFastErrorBound.Forward(lengths, n2) + DftErrorBound.Forward(lengths, n1);
            var inverse = DftFastErrorBound.Inverse(lengths, n2) + DftErrorBound.Inverse(lengths, n1);
            var (fast, spec) = (Fft.Forward(c.X, c.Axes), Dft.Spec.Forward(c.X, c.Axes));
            var (fastInverse, specInverse) = (Fft.Inverse(c.X, c.Axes), Dft.Spec.Inverse(c.X, c.Axes));
            return fast.Shape.SequenceEqual(c.X.Shape) && fastInverse.Shape.SequenceEqual(c.X.Shape)
                && fast.Data.Zip(spec.Data).All(t => Complex.Abs(t.First - t.Second) <= forward)
                && fastInverse.Data.Zip(specInverse.Data).All(t => Complex.Abs(t.First - t.Second) <= inverse);
        });

    /// <summary>
    /// numpy.fft.fftn([[1, 2], [3, 4]], axes=(0,)) = [[4, 6], [−2, −2]], axes=(−1,) = [[3, −1], [7, −1]], and
    /// ifftn([[10, −2], [−4, 0]]) = [[1, 2], [3, 4]] (NumPy 1.24): exact, every twiddle of length 2 is ±1 and 1/4 a power of two.
    /// Axis −2 is axis 0.
    /// </summary>
    [Fact]
    public void Fft_along_axes_matches_numpy_fftn_on_a_2x2_example()
    {
        var x = new NdArray<Complex>([2, 2], [1, 2, 3, 4]);
        Assert.Equal([4, 6, -2, -2], Fft.Forward(x, [0]).Data);
        Assert.Equal([4, 6, -2, -2], Fft.Forward(x, [-2]).Data);
        Assert.Equal([3, -1, 7, -1], Fft.Forward(x, [-1]).Data);
        Assert.Equal([1, 2, 3, 4], Fft.Inverse(new NdArray<Complex>([2, 2], [10, -2, -4, 0]), [1, 0]).Data);
        Assert.Equal([1, 2, 3, 4], Fft.Inverse(new NdArray<Complex>([2, 2], [10, -2, -4, 0])).Data);
    }

    /// <summary>
    /// x[i, j, k] = 4i + 2j + k (numpy.arange(8).reshape(2, 2, 2)); fftn(x, axes=(1,)) sums and differences the pairs
    /// x[i, 0, k], x[i, 1, k]: [[[2, 4], [−2, −2]], [[10, 12], [−2, −2]]], exact. Its four lines start at offsets 0, 1, 4, 5.
    /// </summary>
    [Fact]
    public void Fft_along_the_middle_axis_transforms_each_line_along_it()
    {
        var x = NdArray<Complex>.Create([2, 2, 2], i => 4 * i[0] + 2 * i[1] + i[2]);
        Assert.Equal([2, 4, -2, -2, 10, 12, -2, -2], Fft.Forward(x, [1]).Data);
        Assert.Equal([1, 2, -1, -1, 5, 6, -1, -1], Fft.Inverse(x, [-2]).Data);
    }
}
