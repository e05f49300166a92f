using ConvSpec.Cost;
using ConvSpec.Layers;

namespace ConvSpec.SpecTests.Cost;

/// <summary>The notes' edge-detection example (parameter sharing slides): 280 x 320 image, kernel [−1, 1] along the width.</summary>
public class ConvCostExamples
{
    private static readonly ConvCost Edge = ConvCost.OfImage([280, 320], [1, 2]);

    [Fact] // "the output image is 319 pixels wide", both 280 tall
    public void Output_is_280_tall_and_319_wide() => Assert.Equal([1, 1, 280, 319], Edge.OutputShape);

    [Fact] // "319 × 280 × 3 = 267 960 floating-point operations (two multiplications and one addition per output pixel)"
    public void Convolution_takes_267960_operations()
    {
        Assert.Equal(319L * 280 * 3, Edge.Flops);
        Assert.Equal(267_960L, Edge.Flops);
    }

    [Fact] // "a convolution kernel containing two elements"
    public void Kernel_has_two_parameters() => Assert.Equal(2L, Edge.Parameters);

    [Fact] // "320 × 280 × 319 × 280 = 8 003 072 000 ... entries in the weight matrix, ... four billion times more efficient"
    public void Dense_matrix_has_8003072000_entries_four_billion_times_the_parameters()
    {
        Assert.Equal(8_003_072_000L, Edge.DenseEntries);
        Assert.Equal(4_001_536_000.0, Edge.EntriesPerParameter);
    }

    [Fact] // "performs over sixteen billion floating point operations, making convolution roughly 60,000 times more efficient"
    public void Dense_product_takes_over_sixteen_billion_operations_about_60000_times_more()
    {
        Assert.Equal(16_006_144_000L, Edge.DenseFlops);
        Assert.Equal(59_733, (long)Edge.FlopRatio);
    }

    [Fact] // a 3x3 layer with bias, 64 -> 64 channels on 56 x 56 with pad 1, batch 8: the benchmark shape
    public void Multi_channel_layer_counts()
    {
        var g = ConvGeometry.Resolve([8, 64, 56, 56], [64, 64, 3, 3], [64], new ConvAttributes { Pads = [1, 1, 1, 1] });
        var cost = ConvCost.Of(g, bias: true);
        Assert.Equal(64L * 64 * 9 + 64, cost.Parameters);
        Assert.Equal(8L * 64 * 56 * 56 * (2 * 576 - 1) + 8L * 64 * 56 * 56, cost.Flops);
        Assert.Equal(64L * 56 * 56 * 64 * 56 * 56, cost.DenseEntries);
        Assert.Equal(2 * 8 * cost.DenseEntries, cost.DenseFlops);
    }
}
