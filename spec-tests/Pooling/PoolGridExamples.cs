using ConvSpec.Pooling;
using ConvSpec.Shapes;

namespace ConvSpec.SpecTests.Pooling;

/// <summary>PoolGrid's geometry at its edges: windows longer than the padded input, limits met exactly, and the cost count.</summary>
public class PoolGridExamples
{
    /// <summary>
    /// The short-window law O = ⌊room/s⌋ + 1 (floor) or ⌈room/s⌉ + 1 (ceil), room = D + b + e − span &lt; 0, and ceil
    /// mode's rule that no window starts at or past D + b (on an empty axis without pads that removes the one window).
    /// </summary>
    [Theory]
    [InlineData(1, 2, 2, false, 0)] // room −1: ⌊−1/2⌋ + 1 = 0
    [InlineData(1, 2, 2, true, 1)]  // ⌈−1/2⌉ + 1 = 1: the partial window holding the one cell
    [InlineData(1, 2, 3, true, 1)]  // ⌈−1/3⌉ + 1 = 1
    [InlineData(1, 4, 2, true, 0)]  // room −3: ⌈−3/2⌉ + 1 = 0
    [InlineData(0, 2, 3, true, 0)]  // room −2: ⌈−2/3⌉ + 1 = 1, but that window starts at 0 = D + b
    [InlineData(0, 3, 2, true, 0)]  // room −3: ⌈−3/2⌉ + 1 = 0
    public void Windows_longer_than_the_padded_input_follow_the_floor_and_ceil_laws(int extent, int kernel, int stride, bool ceil, int expected) =>
        Assert.Equal(expected, PoolGrid.OutputExtent(extent, kernel, stride, 1, 0, 0, ceil));

    [Fact] // N·C·ΠO·ΠK = 2·3·3·2
    public void Cell_visits_count_every_window_cell_of_every_batch_and_channel() =>
        Assert.Equal(36, PoolGrid.Of([2, 3, 4], new PoolOptions([2])).CellVisits);

    [Fact] // span (2 − 1)·10^9 + 1 fits 32 bits, and a 10^9 + 1 axis holds one such window
    public void A_window_span_just_inside_32_bits_is_accepted() =>
        Assert.Equal([1], PoolGrid.Of([1, 1, 1_000_000_001], new PoolOptions([2], Dilations: [1_000_000_000])).Output);

    [Fact] // K = 2, d = 2^31 − 2: the span is 2^31 − 1 = D, so room = 0 and one window, at cell 0
    public void A_window_span_of_exactly_int_MaxValue_is_accepted() =>
        Assert.Equal([1], PoolGrid.Of([1, 1, int.MaxValue], new PoolOptions([2], Dilations: [int.MaxValue - 1])).Output);

    [Fact] // D = 2^31 − 2 and pads (1, 0): the padded extent is 2^31 − 1, holding 2^31 − 2 windows of K = 2
    public void A_padded_extent_of_exactly_int_MaxValue_is_accepted() =>
        Assert.Equal([int.MaxValue - 1], PoolGrid.Of([1, 1, int.MaxValue - 1], new PoolOptions([2], Pads: [1, 0])).Output);

    [Fact] // pads 2 ≥ K = 2, refused by the ONNX limit; with K = 2, d = 3 window 0 reads −2 and 1, window 1 reads −1 and 2
    public void PadLimit_Any_accepts_pads_as_long_as_the_kernel_when_every_window_holds_a_cell() =>
        Assert.Equal([2], PoolGrid.Of([1, 1, 3], new PoolOptions([2], Pads: [2, 0], Dilations: [3], PadLimit: PadLimit.Any)).Output);

    [Fact] // D = 1, K = 2, d = 2, pads (2, 0): the one window reads −2 and 0; no window 1 exists to be checked
    public void Only_windows_of_the_output_are_checked_for_input_cells() =>
        Assert.Equal([1], PoolGrid.Of([1, 1, 1], new PoolOptions([2], Pads: [2, 0], Dilations: [2], PadLimit: PadLimit.Any)).Output);

    [Fact] // SAME output ⌈D/s⌉ whatever the window: D = 5, s = 3, K = 1 leaves cells uncovered and pads nothing
    public void Same_padding_gives_ceil_D_over_s_windows_even_when_it_pads_nothing() =>
        Assert.Equal([2], PoolGrid.Of([1, 1, 5], new PoolOptions([1], [3], AutoPad: AutoPad.SameUpper)).Output);
}
