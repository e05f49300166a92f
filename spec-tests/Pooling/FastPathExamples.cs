using ConvSpec.Pooling;
using ConvSpec.SpecTests.TestSupport;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Pooling;

/// <summary>
/// The Fast twins on inputs that reach every part of their drivers: planes of more than one 64-wide strip on either
/// axis (so strips and their scratch are reused), more than one outer block, padding at a block start, partial last
/// windows. Integer-valued doubles keep every window sum exact, so Fast equals Spec bit for bit.
/// </summary>
public class FastPathExamples
{
    /// <summary>Small integers with many ties: value (7·i) mod 5 at flat position i.</summary>
    private static NdArray<double> Ties(params int[] shape) => IntegerTensors.Cycle(7, 5, 0, shape);

    public static TheoryData<int[], PoolOptions> Planes => new()
    {
        { [1, 1, 3, 70], new PoolOptions([2, 2]) },                     // 70 columns: two strips on axis 0
        { [1, 1, 70, 3], new PoolOptions([2, 2], [1, 2]) },             // 70 rows: two strips on the last axis
        { [1, 2, 2, 3, 70], new PoolOptions([2, 2, 3], Pads: [0, 1, 1, 1, 0, 1]) }, // two outer blocks per axis
        { [1, 1, 70, 4], new PoolOptions([1, 2], Pads: [0, 0, 0, 1]) },  // end padding at a block start, second strip
        { [1, 1, 130, 5], new PoolOptions([3, 2], [2, 2], Pads: [1, 1, 1, 0], CeilMode: true) },
        { [1, 1, 20], new PoolOptions([3], Dilations: [2]) },           // one axis: a line with two residue classes
    };

    [Theory]
    [MemberData(nameof(Planes))]
    public void Fast_average_pool_equals_spec_on_multi_strip_planes(int[] shape, PoolOptions options)
    {
        var x = Ties(shape);
        foreach (var include in new[] { false, true })
            Assert.Equal(AveragePool.Spec.Apply(x, options, include).Data, AveragePool.Fast.Apply(x, options, include).Data);
    }

    [Theory]
    [MemberData(nameof(Planes))]
    public void Fast_max_pool_equals_spec_on_multi_strip_planes_values_and_indices(int[] shape, PoolOptions options)
    {
        var x = Ties(shape);
        var (spec, fast) = (MaxPool.Spec.Apply(x, options), MaxPool.Fast.Apply(x, options));
        Assert.Equal(spec.Values, fast.Values);
        Assert.Equal(spec.Indices, fast.Indices);
    }

    [Fact] // AverageOverhang's worked example: X = [1..5], K = 2, s = 2, ceil_mode, count_include_pad
    public void Fast_average_divides_an_overhanging_window_by_its_padded_cells_or_the_full_kernel()
    {
        var x = new NdArray<double>([1, 1, 5], [1, 2, 3, 4, 5]);
        var options = new PoolOptions([2], [2], CeilMode: true);
        Assert.Equal(new[] { 1.5, 3.5, 5 }, AveragePool.Fast.Apply(x, options, true, OverhangDivisor.PaddedWindow).Data);
        Assert.Equal(new[] { 1.5, 3.5, 2.5 }, AveragePool.Fast.Apply(x, options, true, OverhangDivisor.FullKernel).Data);
    }

    [Fact] // torch's scale K/m for the partial last window: [∞, 1 | 2, overhang], p = 2 → (2²·2/1)^(1/2)
    public void Lp_pool_with_infinities_scales_a_partial_window_by_kernel_over_cells()
    {
        var x = new NdArray<double>([1, 1, 3], [double.PositiveInfinity, 1, 2]);
        var y = LpPool.Spec.Apply(x, new PoolOptions([2], [2], CeilMode: true), 2, LpConvention.PyTorch);
        Assert.Equal(new[] { double.PositiveInfinity, Math.Pow(8, 0.5) }, y.Data);
    }

    [Fact] // Prefer's order under the ONNX rule: a NaN never replaces an earlier NaN; under propagation a later one does
    public void Ignoring_NaN_keeps_the_earlier_of_two_NaNs()
    {
        Assert.False(SlidingLine.Prefer(double.NaN, 0, double.NaN, 1, propagateNaN: false));
        Assert.True(SlidingLine.Prefer(double.NaN, 0, double.NaN, 1, propagateNaN: true));
    }
}
