using System.Numerics;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The shape edits of generators and the shrinker, written out: Fit tiles r[i] = t[i_d mod n_d], Remove drops one
/// slice and keeps the others in order, on every storage (int64, float, complex) and on 3-D row-major strides.
/// </summary>
public class TensorReshapeExamples
{
    /// <summary>t[i, j] = 10·i + j on shape [2, 3]: 0 1 2 / 10 11 12.</summary>
    private static readonly TensorValue Grid = TensorValue.Int64([2, 3], [0, 1, 2, 10, 11, 12]);

    [Fact]
    public void Fit_tiles_each_axis_modulo_its_extent()
    {
        var fitted = TensorReshape.Fit(Grid, [3, 4]);
        Assert.Equal([3, 4], fitted.Shape);
        Assert.Equal(new long[] { 0, 1, 2, 0, 10, 11, 12, 10, 0, 1, 2, 0 }, (long[])fitted.Data);
    }

    [Fact]
    public void Fit_crops_a_3d_tensor_through_its_row_major_strides()
    {
        // t[i, j, k] = 100·i + 10·j + k on [2, 2, 3]; strides (6, 3, 1).
        var t = TensorValue.Real(DType.Float64, [2, 2, 3], [0, 1, 2, 10, 11, 12, 100, 101, 102, 110, 111, 112]);
        var cropped = TensorReshape.Fit(t, [2, 1, 2]);
        Assert.Equal(new double[] { 0, 1, 100, 101 }, (double[])cropped.Data);
    }

    [Fact]
    public void Remove_drops_one_slice_and_keeps_the_rest_in_order()
    {
        Assert.Equal(new long[] { 0, 2, 10, 12 }, (long[])TensorReshape.Remove(Grid, 1, 1).Data);
        Assert.Equal(new long[] { 1, 2, 11, 12 }, (long[])TensorReshape.Remove(Grid, 1, 0).Data);
        Assert.Equal(new long[] { 0, 1, 10, 11 }, (long[])TensorReshape.Remove(Grid, 1, 2).Data);
        var rows = TensorReshape.Remove(Grid, 0, 0);
        Assert.Equal([1, 3], rows.Shape);
        Assert.Equal(new long[] { 10, 11, 12 }, (long[])rows.Data);
    }

    [Fact]
    public void Remove_keeps_complex_values_and_dtype()
    {
        var z = TensorValue.Complex(DType.Complex64, [3], [new Complex(1, 2), new Complex(3, 4), new Complex(5, 6)]);
        var removed = TensorReshape.Remove(z, 0, 1);
        Assert.Equal(DType.Complex64, removed.DType);
        Assert.Equal(new[] { new Complex(1, 2), new Complex(5, 6) }, (Complex[])removed.Data);
    }
}
