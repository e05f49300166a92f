using ConvSpec.Pooling;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Pooling;

/// <summary>
/// Pooling output extents against torch 1.13: <c>torch.nn.functional.max_pool1d(zeros(1, 1, D), K, s, p, dilation=d,
/// ceil_mode)</c>.shape[-1], rows picked from a sweep of D 1..8, K 1..4, s 1..3, d 1..2, p 0..K/2 (all 768 agree
/// except where a window covers no input cell: torch returns −inf there, ConvSpec rejects). −1: torch raised
/// "Invalid computed output size".
/// </summary>
public class PoolOutputSizeExamples
{
    [Theory]
    [InlineData(1, 1, 3, 1, 0, 0, 1)]
    [InlineData(1, 2, 1, 2, 0, 1, -1)]
    [InlineData(1, 3, 2, 1, 0, 0, 0)]
    [InlineData(1, 3, 3, 1, 0, 1, 1)]
    [InlineData(1, 4, 1, 1, 1, 0, 0)]
    [InlineData(1, 4, 1, 2, 2, 1, -1)]
    [InlineData(1, 4, 3, 1, 2, 1, 1)]
    [InlineData(2, 1, 1, 2, 0, 0, 2)]
    [InlineData(2, 1, 3, 2, 0, 1, 1)]
    [InlineData(2, 2, 2, 1, 0, 0, 1)]
    [InlineData(2, 2, 3, 1, 0, 1, 1)]
    [InlineData(2, 3, 1, 1, 1, 0, 2)]
    [InlineData(2, 3, 2, 1, 1, 1, 2)]
    [InlineData(2, 3, 3, 2, 0, 0, 0)]
    [InlineData(2, 4, 1, 1, 2, 1, 3)]
    [InlineData(2, 4, 2, 1, 1, 0, 1)]
    [InlineData(2, 4, 2, 2, 2, 1, 1)]
    [InlineData(2, 4, 3, 2, 1, 0, 0)]
    [InlineData(5, 1, 3, 2, 0, 1, 2)]
    [InlineData(5, 2, 3, 1, 0, 1, 2)]
    [InlineData(5, 3, 2, 1, 1, 1, 3)]
    [InlineData(5, 4, 1, 1, 2, 1, 6)]
    [InlineData(5, 4, 2, 2, 2, 1, 2)]
    [InlineData(1, 2, 2, 1, 0, 1, 1)]
    [InlineData(1, 2, 2, 1, 0, 0, 0)]
    public void Output_extent_matches_torch(int d, int k, int s, int dilation, int p, int ceil, int torch)
    {
        var options = new PoolOptions([k], [s], [p, p], [dilation], CeilMode: ceil == 1, PadLimit: PadLimit.PyTorch);
        if (torch < 0)
            Assert.Throws<ArgumentException>(() => PoolGrid.Of([1, 1, d], options));
        else
            Assert.Equal(torch, PoolGrid.Of([1, 1, d], options).Output[0]);
    }

    [Fact]
    public void A_window_covering_only_padding_is_rejected_where_torch_returns_minus_infinity()
    {
        // torch.nn.functional.max_pool1d(ones(1,1,1), 2, 1, 1, dilation=2, return_indices=True) = (-inf, index 1)
        var e = Assert.Throws<ArgumentException>(() => PoolGrid.Of([1, 1, 1], new PoolOptions([2], Pads: [1, 1], Dilations: [2])));
        Assert.Equal("pads", e.ParamName);
    }

    /// <summary>
    /// With no pad limit a begin pad of 2 and a window of 2 put window 0 on cells −2 and −1, wholly in the padding:
    /// rejected too (a pad of 1 leaves it cell 0, and is accepted).
    /// </summary>
    [Fact]
    public void A_window_wholly_in_the_begin_padding_is_rejected_even_without_a_pad_limit()
    {
        var e = Reject.Named<ArgumentException>("pads", () => PoolGrid.Of([1, 1, 3], new PoolOptions([2], Pads: [2, 0], PadLimit: PadLimit.Any)));
        Assert.Contains("window 0 on spatial axis 0 covers no input cell", e.Message);
        Assert.Equal([3], PoolGrid.Of([1, 1, 3], new PoolOptions([2], Pads: [1, 0], PadLimit: PadLimit.Any)).Output);
    }

    /// <summary>
    /// A window wider than the padded input (room −1) in ceil mode: the one partial window is kept when it starts in
    /// the input (D = 1, K = 3, e = 1) and dropped when it would start in the end padding (D = 0, K = 2, e = 1: its
    /// start 0 is D + b), PyTorch's rule that the last window starts inside the input or the begin padding.
    /// </summary>
    [Fact]
    public void Ceil_mode_drops_a_partial_window_that_would_start_in_the_end_padding()
    {
        Assert.Equal(1, PoolGrid.OutputExtent(1, 3, 2, 1, 0, 1, ceilMode: true));
        Assert.Equal(0, PoolGrid.OutputExtent(0, 2, 2, 1, 0, 1, ceilMode: true));
    }

    [Fact]
    public void Empty_output_when_the_window_exceeds_the_input_in_floor_mode()
    {
        var r = MaxPool.Spec.Apply(new ConvSpec.Tensors.NdArray<long>([1, 1, 1], [7]), new PoolOptions([2], [2]));
        Assert.Equal([1, 1, 0], r.Values.Shape);
        var ceil = MaxPool.Spec.Apply(new ConvSpec.Tensors.NdArray<long>([1, 1, 1], [7]), new PoolOptions([2], [2], CeilMode: true));
        Assert.Equal(new long[] { 7 }, ceil.Values.Data);
    }
}
