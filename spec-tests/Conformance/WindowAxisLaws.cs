using ConvSpec.Conformance.Layers;
using FsCheck.Fluent;
using static ConvSpec.SpecTests.Conformance.LayerCaseSamples;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// Laws of every window axis <see cref="WindowCases"/> draws for Conv and pooling: extents within
/// <see cref="WindowCases.AxisMax"/>, pads at most K − 1, kernels longer than the input only up to 3 and then
/// padded, and windows that fit: (K − 1)·d + 1 ≤ D + pad_begin + pad_end.
/// </summary>
public class WindowAxisLaws
{
    private static readonly int[] Maxes = [1, 2, 5, 12];

    private static List<WindowAxis> Axes() => Maxes.SelectMany(max => Sample(WindowCases.Axis(max), 1500)).ToList();

    private static int Span(WindowAxis a) => (a.Kernel - 1) * a.Dilation + 1;

    [Fact]
    public void Axis_max_is_max_to_the_power_2_over_k_plus_1_rounded_and_at_least_2()
    {
        Assert.Equal(12, WindowCases.AxisMax(1, 12)); // 12^(2/2)
        Assert.Equal(16, WindowCases.AxisMax(2, 64)); // 64^(2/3) = 16
        Assert.Equal(5, WindowCases.AxisMax(2, 12));  // 12^(2/3) = 5.24
        Assert.Equal(8, WindowCases.AxisMax(3, 64));  // 64^(2/4) = 8
        Assert.Equal(2, WindowCases.AxisMax(3, 2));   // 2^(1/2) = 1.41 rounds to 1, raised to 2
        Assert.Equal(2, WindowCases.AxisMax(1, 1));   // 1, raised to 2
    }

    [Fact]
    public void Generated_axis_extents_never_exceed_axis_max()
    {
        foreach (var k in new[] { 1, 2, 3 })
            foreach (var max in Maxes)
                Assert.All(Sample(WindowCases.Axes(k, max), 300), axes =>
                {
                    Assert.Equal(k, axes.Length);
                    Assert.All(axes, a => Assert.InRange(a.Extent, 1, WindowCases.AxisMax(k, max)));
                });
    }

    [Fact]
    public void Every_generated_window_fits_the_padded_input()
    {
        Assert.All(Axes(), a => Assert.True(Span(a) <= a.Extent + a.PadBegin + a.PadEnd, $"{a} does not fit"));
    }

    [Fact]
    public void Generated_pads_are_at_most_kernel_minus_1_and_reach_both_sides()
    {
        var axes = Axes();
        Assert.All(axes, a => Assert.True(a.PadBegin <= a.Kernel - 1 && a.PadEnd <= a.Kernel - 1, $"{a} pads more than K − 1"));
        Assert.Contains(axes, a => a.PadBegin > 0 && a.PadEnd == 0);
        Assert.Contains(axes, a => a.PadEnd > 0 && a.PadBegin == 0);
    }

    [Fact]
    public void Kernels_longer_than_the_input_are_at_most_3_and_are_reached()
    {
        var axes = Axes();
        Assert.All(axes, a => Assert.True(a.Kernel <= Math.Max(a.Extent, 3), $"{a} has a kernel longer than both its extent and 3"));
        Assert.Contains(axes, a => a.Kernel > a.Extent);
    }

    [Fact]
    public void Generated_windows_reach_the_kernel_equal_to_the_input_and_a_span_filling_both_pads_exactly()
    {
        var axes = Axes();
        Assert.Contains(axes, a => a.Kernel == a.Extent && a.Kernel > 1 && a.Dilation == 1 && a.PadBegin + a.PadEnd == 0);
        Assert.Contains(axes, a => a.Kernel > 1 && a.PadBegin > 0 && a.PadEnd > 0 && Span(a) == a.Extent + a.PadBegin + a.PadEnd);
        Assert.Contains(axes, a => a.Dilation > 1 && a.Kernel > 1);
    }
}
