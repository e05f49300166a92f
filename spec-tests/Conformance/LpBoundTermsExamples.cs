using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Conformance.Layers;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The terms of the Lp pooling bound written out for a window of 2·3 = 6 cells. n = p − 1 + cells + 4, plus for
/// p ≥ 2 the root's share 2 + ⌈1.01·760·u64/u/p⌉ (u the unit roundoff of X's dtype, u64 = 2^−53, u32 = 2^−24):
/// float64 p = 2: 2 + ⌈767.6/2⌉ = 386, p = 3: 2 + ⌈255.87⌉ = 258; float32: 2 + ⌈1.43e-6/p⌉ = 3. PyTorch's
/// convention with odd p ≥ 3 and a negative element adds ⌈2·γ_n^(1/p)/u⌉, γ_n = n·u/(1 − n·u) (Hölder on the
/// cancelling power sum): float32 p = 3, n = 15: ⌈323251.45⌉ = 323252; float64 p = 3, n = 270: ⌈559600074766.15⌉.
/// </summary>
public class LpBoundTermsExamples
{
    private static JsonObject Args(DType dtype, int? p, string? convention, params double[] x)
    {
        var args = new JsonObject
        {
            ["X"] = WireTensor.ToNode(TensorValue.Real(dtype, [1, 1, x.Length], x)),
            ["kernel_shape"] = new JsonArray(2, 3),
        };
        if (p is not null) args["p"] = p.Value;
        if (convention is not null) args["convention"] = convention;
        return args;
    }

    private static long Terms(JsonObject args) => new LpPoolCases().Bound(args).Terms;

    [Theory]
    [InlineData(DType.Float64, 1, 10L)]      // 0 + 6 + 4
    [InlineData(DType.Float64, 2, 397L)]     // 1 + 6 + 4 + 2 + ⌈767.6/2⌉ = 11 + 386
    [InlineData(DType.Float64, 3, 270L)]     // 2 + 6 + 4 + 2 + ⌈767.6/3⌉ = 12 + 258
    [InlineData(DType.Float32, 1, 10L)]      // 0 + 6 + 4
    [InlineData(DType.Float32, 2, 14L)]      // 1 + 6 + 4 + 2 + ⌈767.6·2^−29/2⌉ = 11 + 3
    [InlineData(DType.Float32, 3, 15L)]      // 2 + 6 + 4 + 3
    public void Lp_terms_count_powers_additions_and_the_root(DType dtype, int p, long terms)
    {
        Assert.Equal(terms, Terms(Args(dtype, p, null, 1, -2, 3)));
        Assert.Equal(terms, Terms(Args(dtype, p, "onnx", 1, -2, 3)));
    }

    [Theory]
    [InlineData(DType.Float64, 397L)]
    [InlineData(DType.Float32, 14L)]
    public void Lp_terms_take_p_2_when_p_is_absent(DType dtype, long terms) =>
        Assert.Equal(terms, Terms(Args(dtype, null, "pytorch", 1, -2, 3)));

    [Theory]
    [InlineData(DType.Float64, 3, 559600075037L)]  // 270 + ⌈2·γ_270^(1/3)/2^−53⌉ = 270 + 559600074767
    [InlineData(DType.Float32, 3, 323267L)]        // 15 + ⌈2·γ_15^(1/3)/2^−24⌉ = 15 + 323252
    [InlineData(DType.Float64, 1, 10L)]            // p = 1: |x| sums do not cancel under a root
    [InlineData(DType.Float32, 2, 14L)]            // even p: x^p = |x|^p
    [InlineData(DType.Float64, 2, 397L)]
    public void Pytorch_lp_terms_with_a_negative_element_add_the_root_of_the_cancelled_power_sum(DType dtype, int p, long terms) =>
        Assert.Equal(terms, Terms(Args(dtype, p, "pytorch", 1, -2, 3)));

    [Theory]
    [InlineData(DType.Float64, 270L)]
    [InlineData(DType.Float32, 15L)]
    public void Pytorch_lp_terms_without_a_negative_element_are_onnx_terms(DType dtype, long terms) =>
        Assert.Equal(terms, Terms(Args(dtype, 3, "pytorch", 0, 2, 3)));

    [Fact]
    public void Global_lp_terms_count_the_cells_of_the_spatial_axes()
    {
        var args = new JsonObject { ["X"] = WireTensor.ToNode(TensorValue.Real(DType.Float64, [1, 2, 2, 3], [1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6])), ["p"] = 2 };
        Assert.Equal(397L, new GlobalLpPoolCases().Bound(args).Terms); // 6 cells: 1 + 6 + 4 + 386
    }
}
