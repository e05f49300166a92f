using ConvSpec.Cost;
using ConvSpec.Layers;

namespace ConvSpec.SpecTests.Cost;

/// <summary>Counts that do not fit in int64 are an overflow naming the cost, never a wrapped number.</summary>
public class ConvCostOverflowExamples
{
    [Fact] // 1x1 conv on a 2^20 x 2^20 image: the dense matrix has 2^40 · 2^40 = 2^80 entries
    public void A_dense_matrix_of_2_to_the_80_entries_is_an_overflow()
    {
        var g = ConvGeometry.Resolve([1, 1, 1 << 20, 1 << 20], [1, 1, 1, 1], null, ConvAttributes.Default);
        var e = Assert.Throws<OverflowException>(() => ConvCost.Of(g, bias: false));
        Assert.StartsWith("cost:", e.Message);
    }
}
