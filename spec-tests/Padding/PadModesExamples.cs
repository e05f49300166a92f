using ConvSpec.Padding;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Padding;

/// <summary>
/// torch.nn.functional.pad(x, (p, p), mode) on x = [0, 1, 2, 3, 4] (PyTorch 1.13; np.pad's reflect, edge and wrap),
/// and its limits, each twin alike.
/// </summary>
public class PadModesExamples
{
    private static double[] Pad(string twin, int p, PaddingMode mode)
    {
        var x = new NdArray<double>([1, 1, 5], [0, 1, 2, 3, 4]);
        return (twin == "fast" ? PadModes.Fast.Pad(x, 2, [p], [p], mode, 0.0) : PadModes.Spec.Pad(x, 2, [p], [p], mode, 0.0)).Data;
    }

    [Theory, InlineData("spec"), InlineData("fast")]
    public void Reflect_mirrors_without_repeating_the_edge(string twin)
    {
        Assert.Equal([2, 1, 0, 1, 2, 3, 4, 3, 2], Pad(twin, 2, PaddingMode.Reflect));
        Assert.Equal([4, 3, 2, 1, 0, 1, 2, 3, 4, 3, 2, 1, 0], Pad(twin, 4, PaddingMode.Reflect));
    }

    [Theory, InlineData("spec"), InlineData("fast")]
    public void Replicate_repeats_the_edge_for_any_pad(string twin) =>
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 4, 4, 4, 4, 4, 4], Pad(twin, 6, PaddingMode.Replicate));

    [Theory, InlineData("spec"), InlineData("fast")]
    public void Circular_wraps_at_most_once(string twin)
    {
        Assert.Equal([3, 4, 0, 1, 2, 3, 4, 0, 1], Pad(twin, 2, PaddingMode.Circular));
        Assert.Equal([0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3, 4], Pad(twin, 5, PaddingMode.Circular));
    }

    [Theory, InlineData("spec"), InlineData("fast")]
    public void Zeros_fill_with_zero(string twin) => Assert.Equal([0, 0, 0, 1, 2, 3, 4, 0, 0], Pad(twin, 2, PaddingMode.Zeros));

    [Theory, InlineData("spec"), InlineData("fast")] // torch: "Padding size should be less than the corresponding input dimension"
    public void Reflect_pad_must_be_less_than_the_extent(string twin) =>
        Assert.Contains("reflect padding must be less than the input extent", Assert.Throws<ArgumentException>(() => Pad(twin, 5, PaddingMode.Reflect)).Message);

    [Theory, InlineData("spec"), InlineData("fast")] // torch: "Padding value causes wrapping around more than once"
    public void Circular_pad_must_not_exceed_the_extent(string twin) =>
        Assert.Contains("circular padding must not wrap around more than once", Assert.Throws<ArgumentException>(() => Pad(twin, 6, PaddingMode.Circular)).Message);
}
