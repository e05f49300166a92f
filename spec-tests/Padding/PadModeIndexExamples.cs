using ConvSpec.Padding;

namespace ConvSpec.SpecTests.Padding;

/// <summary>Index maps of the padding modes reject an empty extent and an undefined mode, in both twins.</summary>
public class PadModeIndexExamples
{
    [Fact]
    public void An_extent_below_one_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PadModes.Fast.Index(0, 0, PaddingMode.Reflect));
    }

    [Fact]
    public void An_undefined_mode_is_rejected_outside_the_extent()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PadModes.Fast.Index(-1, 3, (PaddingMode)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => PadModes.Spec.Index(-1, 3, (PaddingMode)42));
    }

    [Fact]
    public void Pad_rejects_a_first_axis_outside_the_rank_and_pad_lists_of_the_wrong_length()
    {
        var x = ConvSpec.Tensors.NdArray<double>.Vector([1.0, 2, 3]);
        Assert.Equal("firstAxis", Assert.ThrowsAny<ArgumentException>(() => PadModes.Spec.Pad(x, -1, [1], [1], PaddingMode.Zeros, 0.0)).ParamName);
        Assert.Equal("firstAxis", Assert.ThrowsAny<ArgumentException>(() => PadModes.Fast.Pad(x, -1, [1], [1], PaddingMode.Zeros, 0.0)).ParamName);
        Assert.Equal("firstAxis", Assert.ThrowsAny<ArgumentException>(() => PadModes.Fast.Pad(x, 2, [], [], PaddingMode.Zeros, 0.0)).ParamName);
        Assert.Equal("pads", Assert.ThrowsAny<ArgumentException>(() => PadModes.Spec.Pad(x, 0, [1], [1, 1], PaddingMode.Zeros, 0.0)).ParamName);
        Assert.Equal("pads", Assert.ThrowsAny<ArgumentException>(() => PadModes.Spec.Pad(x, 0, [1, 1], [1], PaddingMode.Zeros, 0.0)).ParamName);
        Assert.Equal("pads", Assert.ThrowsAny<ArgumentException>(() => PadModes.Fast.Pad(x, 0, [1], [1, 1], PaddingMode.Zeros, 0.0)).ParamName);
        Assert.Equal("pads", Assert.ThrowsAny<ArgumentException>(() => PadModes.Fast.Pad(x, 0, [1, 1], [1], PaddingMode.Zeros, 0.0)).ParamName);
    }
}
