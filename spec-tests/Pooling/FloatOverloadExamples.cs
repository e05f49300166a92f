using ConvSpec.Layers;
using ConvSpec.Pooling;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Pooling;

/// <summary>The float and default-argument overloads of the fast pooling and Conv twins on small worked examples.</summary>
public class FloatOverloadExamples
{
    [Fact] // min over windows of 2 of [3, 1, 2] = [1, 1], argmin indices [1, 1]
    public void Min_pool_of_floats_takes_the_window_minimum_and_its_index()
    {
        var r = MinPool.Fast.Apply(new NdArray<float>([1, 1, 3], [3f, 1f, 2f]), new PoolOptions([2]));
        Assert.Equal([1f, 1f], r.Values.Data);
        Assert.Equal(MinPool.Spec.Apply(new NdArray<float>([1, 1, 3], [3f, 1f, 2f]), new PoolOptions([2])).Indices.Data, r.Indices.Data);
    }

    [Fact] // channels [1, 5, 4, 2] in groups of 2: [5, 4]
    public void Channel_max_of_floats_takes_the_group_maximum()
    {
        var x = new NdArray<float>([1, 4, 1], [1f, 5f, 4f, 2f]);
        Assert.Equal([5f, 4f], ChannelPool.Fast.Max(x, 2).Data);
        Assert.Equal(ChannelPool.Spec.Max(x, 2), ChannelPool.Fast.Max(x, 2));
    }

    [Fact] // global L2 of [3, 4] is 5
    public void Global_lp_of_doubles_defaults_to_the_euclidean_norm()
    {
        Assert.Equal([5.0], GlobalPool.Fast.Lp(new NdArray<double>([1, 1, 2], [3, 4])).Data);
    }

    [Fact]
    public void Fast_lp_pooling_computes_only_the_onnx_convention()
    {
        var x = new NdArray<double>([1, 1, 2], [3, 4]);
        Assert.Throws<NotSupportedException>(() => LpPool.Fast.Apply(x, new PoolOptions([2]), 2, LpConvention.PyTorch));
    }

    [Fact]
    public void Weighted_average_without_a_kernel_shape_rejects_the_weights()
    {
        var x = new NdArray<double>([1, 1, 2], [3, 4]);
        var e = Assert.ThrowsAny<ArgumentException>(() => WeightedAveragePool.Spec.Apply(x, NdArray<double>.Vector([1.0, 1]), new PoolOptions(null!)));
        Assert.Equal("W", e.ParamName);
        var fast = Assert.ThrowsAny<ArgumentException>(() => WeightedAveragePool.Fast.Apply(x, NdArray<double>.Vector([1.0, 1]), new PoolOptions(null!)));
        Assert.Equal("W", fast.ParamName);
        Assert.Contains("must have the kernel's shape", fast.Message);
    }

    [Fact] // a 1x1 kernel of 2 doubles every input; with all default attributes
    public void Conv_with_default_attributes_in_float_and_double()
    {
        Assert.Equal([2f, 4f, 6f, 8f], Conv.Fast.Apply(new NdArray<float>([1, 1, 2, 2], [1f, 2f, 3f, 4f]), new NdArray<float>([1, 1, 1, 1], [2f])).Data);
        Assert.Equal([3.0, 5, 7, 9], Conv.Fast.Apply(new NdArray<double>([1, 1, 2, 2], [1.0, 2, 3, 4]), new NdArray<double>([1, 1, 1, 1], [2.0]), NdArray<double>.Vector([1.0])).Data);
    }
}
