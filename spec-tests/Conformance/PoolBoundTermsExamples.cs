using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Conformance.Layers;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The terms n of the pooling bounds, written out: a sliding window sums ΠK cells, K from kernel_shape or else
/// W's shape, each entry counted as max(1, k); WeightedAveragePool's n = 2·ΠK + 6; a global window sums the
/// ΠD cells of X's spatial axes (X's dims after N and C).
/// </summary>
public class PoolBoundTermsExamples
{
    private static JsonNode Tensor(int[] shape) =>
        WireTensor.ToNode(TensorValue.Real(DType.Float64, shape, new double[shape.Aggregate(1, (p, d) => p * d)]));

    private static JsonObject Args(int[]? kernelShape = null, int[]? w = null)
    {
        var args = new JsonObject { ["X"] = Tensor([1, 1, 4, 5]) };
        if (kernelShape is not null) args["kernel_shape"] = new JsonArray(kernelShape.Select(k => (JsonNode)k).ToArray());
        if (w is not null) args["W"] = Tensor(w);
        return args;
    }

    [Fact]
    public void A_window_sums_the_product_of_kernel_shape_cells()
    {
        Assert.Equal(6, new MaxPoolCases().Bound(Args(kernelShape: [2, 3])).Terms);      // 2·3
        Assert.Equal(6, new AveragePoolCases().Bound(Args(kernelShape: [2, 3])).Terms);  // 2·3
        Assert.Equal(3, new MaxPoolCases().Bound(Args(kernelShape: [3, 0])).Terms);      // 3·max(1, 0)
        Assert.Equal(1, new MaxPoolCases().Bound(Args()).Terms);                        // neither kernel_shape nor W: one cell
    }

    [Fact]
    public void Weighted_average_pool_counts_two_terms_a_cell_and_six_more_its_window_from_kernel_shape_or_w()
    {
        var pool = new WeightedAveragePoolCases();
        Assert.Equal(18, pool.Bound(Args(w: [2, 3])).Terms);                      // W 2x3: 2·6 + 6
        Assert.Equal(12, pool.Bound(Args(kernelShape: [3])).Terms);              // 2·3 + 6
        Assert.Equal(14, pool.Bound(Args(kernelShape: [4], w: [2, 3])).Terms);   // kernel_shape first: 2·4 + 6
    }

    [Fact]
    public void A_global_window_sums_the_cells_of_the_spatial_axes_of_x()
    {
        Assert.Equal(20, new GlobalAveragePoolCases().Bound(new JsonObject { ["X"] = Tensor([2, 3, 4, 5]) }).Terms); // 4·5
        Assert.Equal(7, new GlobalMaxPoolCases().Bound(new JsonObject { ["X"] = Tensor([1, 2, 7]) }).Terms);         // 7
        Assert.Equal(1, new GlobalAveragePoolCases().Bound(new JsonObject { ["X"] = Tensor([2, 3]) }).Terms);        // no spatial axis: one cell
    }
}
