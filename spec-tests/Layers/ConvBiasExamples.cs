using ConvSpec.Layers;
using ConvSpec.SpecTests.TestSupport;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Layers;

/// <summary>ONNX Conv's B is a vector of M, one bias per output channel; any other shape is an error naming B in both twins.</summary>
public class ConvBiasExamples
{
    private static readonly NdArray<double> X = new([1, 1, 3], [1, 2, 3]);
    private static readonly NdArray<double> W = new([2, 1, 2], [1, 1, 1, -1]); // M = 2 output channels

    public static TheoryData<int[]> BadShapes => new() { new[] { 1, 2 }, new[] { 3 }, new[] { 1 }, Array.Empty<int>() };

    [Theory]
    [MemberData(nameof(BadShapes))]
    public void A_bias_that_is_not_a_vector_of_M_is_an_error_naming_B(int[] shape)
    {
        var b = new NdArray<double>(shape, new double[shape.Aggregate(1, (p, e) => p * e)]);
        Assert.Contains("must have shape [2] (M)", Reject.Named<ArgumentException>("B", () => Conv.Spec.Apply(X, W, b)).Message);
        Assert.Contains("must have shape [2] (M)", Reject.Named<ArgumentException>("B", () => Conv.Fast.Apply(X, W, b)).Message);
    }

    [Fact] // Y[0, m] = X ⋆ W[m] + B[m]: [1+2, 2+3] + 10 and [1−2, 2−3] − 1
    public void A_vector_of_M_adds_one_bias_per_output_channel()
    {
        var b = NdArray<double>.Vector([10.0, -1]);
        var expected = new NdArray<double>([1, 2, 2], [13, 15, -2, -2]);
        Assert.Equal(expected, Conv.Spec.Apply(X, W, b));
        Assert.Equal(expected, Conv.Fast.Apply(X, W, b));
    }
}
