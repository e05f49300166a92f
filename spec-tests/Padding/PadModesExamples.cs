using ConvSpec.Padding;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Padding;

/// <summary>torch.nn.functional.pad(x, (p, p), mode) on x = [0, 1, 2, 3, 4] (PyTorch 1.13), and its limits.</summary>
public class PadModesExamples
{
    private static double[] Pad(int p, PaddingMode mode) =>
        PadModes.Spec.Pad(new NdArray<double>([1, 1, 5], [0, 1, 2, 3, 4]), 2, [p], [p], mode, 0.0).Data;

    [Fact]
    public void Reflect_mirrors_without_repeating_the_edge()
    {
        Assert.Equal([2, 1, 0, 1, 2, 3, 4, 3, 2], Pad(2, PaddingMode.Reflect));
        Assert.Equal([4, 3, 2, 1, 0, 1, 2, 3, 4, 3, 2, 1, 0], Pad(4, PaddingMode.Reflect));
    }

    [Fact]
    public void Replicate_repeats_the_edge_for_any_pad() =>
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 4, 4, 4, 4, 4, 4], Pad(6, PaddingMode.Replicate));

    [Fact]
    public void Circular_wraps_at_most_once()
    {
        Assert.Equal([3, 4, 0, 1, 2, 3, 4, 0, 1], Pad(2, PaddingMode.Circular));
        Assert.Equal([0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3, 4], Pad(5, PaddingMode.Circular));
    }

    [Fact]
    public void Zeros_fill_with_zero() => Assert.Equal([0, 0, 0, 1, 2, 3, 4, 0, 0], Pad(2, PaddingMode.Zeros));

    [Fact] // torch: "Padding size should be less than the corresponding input dimension"
    public void Reflect_pad_must_be_less_than_the_extent() =>
        Assert.Contains("reflect padding must be less than the input extent", Assert.Throws<ArgumentException>(() => Pad(5, PaddingMode.Reflect)).Message);

    [Fact] // torch: "Padding value causes wrapping around more than once"
    public void Circular_pad_must_not_exceed_the_extent() =>
        Assert.Contains("circular padding must not wrap around more than once", Assert.Throws<ArgumentException>(() => Pad(6, PaddingMode.Circular)).Message);
}
