using ConvSpec.Arithmetic;
using ConvSpec.Pooling;

namespace ConvSpec.SpecTests.Pooling;

/// <summary>DistanceWeights' doc example: K = 3 x 3, f(r) = 1/(1 + r²) gives centre 1, edges 1/2, corners 1/3.</summary>
public class DistanceWeightsExamples
{
    [Fact]
    public void Inverse_quadratic_of_distance_on_3x3_gives_centre_1_edges_half_corners_third()
    {
        var w = DistanceWeights.Of([3, 3], r => 1 / (1 + r * r));
        double third = 1.0 / 3;
        double[] expected = [third, 0.5, third, 0.5, 1, 0.5, third, 0.5, third];
        Assert.Equal(expected, w.Data, (x, y) => Math.Abs(x - y) < 1e-15);
        Assert.Equal(w.Data, DistanceWeights.InverseQuadratic([3, 3]).Data.Select(q => q.ToDouble()), (x, y) => Math.Abs(x - y) < 1e-15);
    }

    [Fact]
    public void Even_kernel_centre_lies_between_cells()
    {
        // K = 2: c = 1/2, both cells at distance 1/2, f(r) = r gives [1/2, 1/2].
        Assert.Equal([0.5, 0.5], DistanceWeights.Of([2], r => r).Data);
    }

    [Fact]
    public void Weights_reject_bad_kernel_shapes_and_null_functions()
    {
        Assert.ThrowsAny<ArgumentException>(() => DistanceWeights.Of<double>(null!, r => r));
        Assert.ThrowsAny<ArgumentException>(() => DistanceWeights.Of<double>([3], null!));
        Assert.ThrowsAny<ArgumentException>(() => DistanceWeights.Of([0], r => r));
    }
}
