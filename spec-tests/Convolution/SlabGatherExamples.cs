using ConvSpec.Convolution;

namespace ConvSpec.SpecTests.Convolution;

/// <summary>
/// The gather behind every fast kernel, dst[i] = src[f(i)] or the fill where f(i) &lt; 0, on maps that are not
/// shifts: a fill run followed directly by sources (which a shift never has: after −1 it gives 0).
/// </summary>
public class SlabGatherExamples
{
    [Fact]
    public void A_fill_run_ends_at_the_first_source_whatever_its_index()
    {
        Assert.Equal([-9, 20, 30, -9, -9, 10], Slab.Gather([10, 20, 30], [3], [[-1, 1, 2, -1, -2, 0]], -9));
        Assert.Equal([-9, 30, 20, 30], Slab.Gather([10, 20, 30], [3], [[-1, 2, 1, 2]], -9));
    }
}
