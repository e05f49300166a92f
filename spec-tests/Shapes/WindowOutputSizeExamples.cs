using ConvSpec.Shapes;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Shapes;

/// <summary>The sliding-window size law and ONNX auto_pad, with worked numbers (PyTorch/ONNX output-size formulas).</summary>
public class WindowOutputSizeExamples
{
    /// <summary>Notes, pooling with downsampling: width 6, pool 3, stride 2: floor 2 windows, ceil 3 (the smaller rightmost region).</summary>
    [Fact]
    public void Notes_pool_width_3_stride_2_floor_and_ceil()
    {
        Assert.Equal(2, WindowOutputSize.Of(6, 3, 2, 1, 0, 0, ceilMode: false));
        Assert.Equal(3, WindowOutputSize.Of(6, 3, 2, 1, 0, 0, ceilMode: true));
    }

    [Fact]
    public void Dilation_pads_and_stride_enter_the_formula()
    {
        Assert.Equal(5, WindowOutputSize.Of(7, 3, 1, 1, 0, 0, false));
        Assert.Equal(3, WindowOutputSize.Of(7, 3, 1, 2, 0, 0, false));
        Assert.Equal(5, WindowOutputSize.Of(7, 3, 1, 2, 1, 1, false));
        Assert.Equal(4, WindowOutputSize.Of(7, 3, 1, 2, 1, 0, false));
        Assert.Equal(4, WindowOutputSize.Of(7, 3, 1, 2, 0, 1, false));
        Assert.Equal(2, WindowOutputSize.Of(7, 2, 3, 1, 0, 0, false));
        Assert.Equal(3, WindowOutputSize.Of(7, 2, 3, 1, 0, 0, true));
        Assert.Equal(1, WindowOutputSize.Of(3, 3, 5, 1, 0, 0, true));
        Assert.Equal(1, WindowOutputSize.Of(0, 1, 1, 1, 1, 0, false));
    }

    /// <summary>Ceil mode drops a last window that would start inside the end padding: D=4, K=2, s=2, pads (0,1).</summary>
    [Fact]
    public void Ceil_mode_drops_a_window_starting_in_the_end_padding()
    {
        Assert.Equal(2, WindowOutputSize.Of(4, 2, 2, 1, 0, 1, ceilMode: true));
        Assert.Equal(2, WindowOutputSize.Of(4, 2, 2, 1, 0, 1, ceilMode: false));
        Assert.Equal(3, WindowOutputSize.Of(5, 2, 2, 1, 0, 1, ceilMode: true));
        Assert.Equal(3, WindowOutputSize.Of(4, 2, 2, 1, 1, 1, ceilMode: true));
    }

    [Fact]
    public void Every_argument_is_validated()
    {
        Reject.Named<ArgumentOutOfRangeException>("extent", () => WindowOutputSize.Of(-1, 1, 1, 1, 0, 0, false));
        Reject.Named<ArgumentOutOfRangeException>("kernel", () => WindowOutputSize.Of(3, 0, 1, 1, 0, 0, false));
        Reject.Named<ArgumentOutOfRangeException>("stride", () => WindowOutputSize.Of(3, 1, 0, 1, 0, 0, false));
        Reject.Named<ArgumentOutOfRangeException>("dilation", () => WindowOutputSize.Of(3, 1, 1, 0, 0, 0, false));
        Reject.Named<ArgumentOutOfRangeException>("padBegin", () => WindowOutputSize.Of(3, 1, 1, 1, -1, 0, false));
        Reject.Named<ArgumentOutOfRangeException>("padEnd", () => WindowOutputSize.Of(3, 1, 1, 1, 0, -1, false));
        var e = Assert.Throws<ArgumentException>(() => WindowOutputSize.Of(3, 4, 1, 2, 1, 2, false));
        Assert.Equal("kernel", e.ParamName);
        Assert.Contains("spans 7 cells but the padded input has only 6", e.Message);
        Assert.Equal(1, WindowOutputSize.Of(3, 3, 1, 2, 1, 1, false));
    }

    [Fact]
    public void A_count_beyond_int_is_an_overflow() =>
        Assert.Throws<OverflowException>(() => WindowOutputSize.Of(int.MaxValue, 1, 1, 1, 1, 0, false));

    /// <summary>ONNX auto_pad (AutoPad's doc comment): D=5, K=2, s=1 gives total 1: SAME_UPPER (0,1), SAME_LOWER (1,0).</summary>
    [Fact]
    public void ONNX_auto_pad_splits_the_total_pad()
    {
        Assert.Equal((0, 1), WindowOutputSize.Pads(AutoPad.SameUpper, 5, 2, 1, 1));
        Assert.Equal((1, 0), WindowOutputSize.Pads(AutoPad.SameLower, 5, 2, 1, 1));
        Assert.Equal((1, 1), WindowOutputSize.Pads(AutoPad.SameUpper, 5, 3, 2, 1));
        Assert.Equal((0, 1), WindowOutputSize.Pads(AutoPad.SameUpper, 6, 3, 2, 1));
        Assert.Equal((2, 2), WindowOutputSize.Pads(AutoPad.SameLower, 5, 3, 1, 2));
        Assert.Equal((1, 2), WindowOutputSize.Pads(AutoPad.SameUpper, 4, 2, 1, 3));
        Assert.Equal((2, 1), WindowOutputSize.Pads(AutoPad.SameLower, 4, 2, 1, 3));
        Assert.Equal((0, 0), WindowOutputSize.Pads(AutoPad.SameUpper, 5, 1, 3, 1));
        Assert.Equal((0, 0), WindowOutputSize.Pads(AutoPad.Valid, 5, 3, 1, 1, 4, 5));
        Assert.Equal((4, 5), WindowOutputSize.Pads(AutoPad.NotSet, 5, 3, 1, 1, 4, 5));
        Assert.Equal((0, 0), WindowOutputSize.Pads(AutoPad.NotSet, 5, 3, 1, 1));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => WindowOutputSize.Pads((AutoPad)4, 5, 3, 1, 1));
        Assert.Equal("autoPad", e.ParamName);
        Assert.StartsWith("auto_pad: 4 is not an AutoPad", e.Message);
    }
}
