using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>
/// The operations table is found by scanning the assembly. <see cref="EvalOperations.All"/> is computed once a
/// process, so the scan itself is called here: each concrete operation class once, under its wire name.
/// </summary>
public class EvalOperationsDiscoveryExamples
{
    [Fact]
    public void The_scan_finds_the_22_operations_by_their_wire_names()
    {
        var found = EvalOperations.Discover();
        Assert.Equal(
            ["AveragePool", "Conv", "GlobalAveragePool", "GlobalLpPool", "GlobalMaxPool", "LpPool", "MaxPool",
             "WeightedAveragePool", "circulant", "circular_convolve", "convolve", "convolve2d", "correlate", "correlate2d",
             "cost", "dft", "doubly_block_toeplitz", "fftconvolve", "idft", "oaconvolve", "output_shape", "toeplitz"],
            found.Keys.Order(StringComparer.Ordinal));
        Assert.All(found, kv => Assert.Equal(kv.Key, kv.Value.Name));
    }
}
