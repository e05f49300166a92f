using ConvSpec.Shapes;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Shapes;

/// <summary>The output-size laws with worked numbers (the examples in OutputSize's doc comment, and the notes).</summary>
public class OutputSizeExamples
{
    [Fact]
    public void Full_valid_and_same_lengths()
    {
        Assert.Equal(4, OutputSize.Full(3, 2));
        Assert.Equal(3, OutputSize.Valid(4, 2));
        Assert.Equal(3, OutputSize.Valid(2, 4));
        Assert.Equal(1, OutputSize.Valid(5, 5));
        Assert.Equal(4, OutputSize.Same(4, 3));
        Assert.Equal(2, OutputSize.Same(2, 9));
        Assert.Equal(4, OutputSize.Of(ConvolutionMode.Full, 3, 2));
        Assert.Equal(3, OutputSize.Of(ConvolutionMode.Valid, 2, 4));
        Assert.Equal(2, OutputSize.Of(ConvolutionMode.Same, 2, 4));
        Reject.Named<ArgumentOutOfRangeException>("mode", () => OutputSize.Of((ConvolutionMode)3, 2, 4));
    }

    /// <summary>Notes: a 2x3 input and a 2x2 kernel give (M1+M2−1) x (N1+N2−1) = 3x4.</summary>
    [Fact]
    public void Notes_doubly_block_Toeplitz_example_result_is_3x4()
    {
        Assert.Equal([3, 4], OutputSize.Full([2, 3], [2, 2]));
        Assert.Equal([1, 2], OutputSize.Of(ConvolutionMode.Valid, [2, 3], [2, 2]));
        Assert.Equal([1, 2], OutputSize.Of(ConvolutionMode.Valid, [2, 2], [2, 3]));
        Assert.Equal([2, 3], OutputSize.Of(ConvolutionMode.Same, [2, 3], [2, 2]));
    }

    /// <summary>Notes, edge detection: a 320-pixel-wide row with a two-element kernel gives 319 outputs.</summary>
    [Fact]
    public void Notes_edge_detection_320_wide_gives_319_outputs() =>
        Assert.Equal([280, 319], OutputSize.Of(ConvolutionMode.Valid, [280, 320], [1, 2]));

    [Fact]
    public void Full_length_overflow_is_an_error() =>
        Assert.Throws<OverflowException>(() => OutputSize.Full(int.MaxValue, 2));

    [Fact]
    public void An_output_too_large_to_hold_is_an_argument_error() =>
        Reject.Named<ArgumentException>("output", () => OutputSize.Full([50_000, 50_000], [2, 2]));

    [Fact]
    public void Inputs_must_share_rank_be_non_empty_and_for_valid_one_must_cover_the_other()
    {
        var rank = Assert.Throws<ArgumentException>(() => OutputSize.CheckInputs(ConvolutionMode.Full, [2], [2, 2]));
        Assert.Equal("in2", rank.ParamName);
        Assert.Equal("in2: must have the same rank as in1 (got rank 1 and rank 2)", rank.Message.Split(" (Parameter")[0]);
        Reject.Named<ArgumentException>("in1", () => OutputSize.CheckInputs(ConvolutionMode.Full, [0, 2], [2, 2]));
        Reject.Named<ArgumentException>("in2", () => OutputSize.CheckInputs(ConvolutionMode.Full, [2, 2], [2, 0]));
        Reject.Named<ArgumentOutOfRangeException>("mode", () => OutputSize.CheckInputs((ConvolutionMode)(-1), [2], [2]));
        var e = Assert.Throws<ArgumentException>(() => OutputSize.CheckInputs(ConvolutionMode.Valid, [3, 2], [2, 3]));
        Assert.Equal("in2: valid mode needs one input at least as large as the other in every axis (got 3x2 and 2x3)", e.Message.Split(" (Parameter")[0]);
        Assert.Throws<ArgumentException>(() => OutputSize.CheckInputs(ConvolutionMode.Valid, [2, 3], [3, 2]));
        OutputSize.CheckInputs(ConvolutionMode.Full, [3, 2], [2, 3]);
        OutputSize.CheckInputs(ConvolutionMode.Same, [3, 2], [2, 3]);
        OutputSize.CheckInputs(ConvolutionMode.Valid, [3, 3], [3, 2]);
        OutputSize.CheckInputs(ConvolutionMode.Valid, [3, 2], [3, 3]);
        OutputSize.CheckInputs(ConvolutionMode.Valid, [], []);
        // "in every axis": an odd number of axes, and two covering axes around one that is not
        OutputSize.CheckInputs(ConvolutionMode.Valid, [3], [2]);
        OutputSize.CheckInputs(ConvolutionMode.Valid, [2], [3]);
        Assert.Throws<ArgumentException>(() => OutputSize.CheckInputs(ConvolutionMode.Valid, [3, 2, 3], [2, 3, 2]));
        Assert.Throws<ArgumentException>(() => OutputSize.CheckInputs(ConvolutionMode.Valid, [2, 3, 2], [3, 2, 3]));
    }
}
