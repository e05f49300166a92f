using ConvSpec.Arithmetic;
using ConvSpec.Bounds;
using ConvSpec.Layers;
using ConvSpec.Padding;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using static ConvSpec.SpecTests.Generators.ConvGen;

namespace ConvSpec.SpecTests.Layers;

/// <summary>Worked examples of Conv: the ONNX operator documentation and torch.nn.functional (PyTorch 1.13, numbers written out).</summary>
public class ConvExamples
{
    private static readonly NdArray<Int128> Square5 = Of([1, 1, 5, 5], Enumerable.Range(0, 25).Select(i => (long)i).ToArray());
    private static readonly NdArray<Int128> Rect7x5 = Of([1, 1, 7, 5], Enumerable.Range(0, 35).Select(i => (long)i).ToArray());
    private static readonly NdArray<Int128> Ones3x3 = Of([1, 1, 3, 3], 1, 1, 1, 1, 1, 1, 1, 1, 1);

    [Fact] // ONNX Conv docs, conv: basic_conv_with_padding
    public void Onnx_conv_with_padding() =>
        Assert.Equal(Of([1, 1, 5, 5], 12, 21, 27, 33, 24, 33, 54, 63, 72, 51, 63, 99, 108, 117, 81, 93, 144, 153, 162, 111, 72, 111, 117, 123, 84),
            Conv.Spec.Apply(Square5, Ones3x3, null, new ConvAttributes { KernelShape = [3, 3], Pads = [1, 1, 1, 1] }));

    [Fact] // ONNX Conv docs, conv: basic_conv_without_padding
    public void Onnx_conv_without_padding() =>
        Assert.Equal(Of([1, 1, 3, 3], 54, 63, 72, 99, 108, 117, 144, 153, 162),
            Conv.Spec.Apply(Square5, Ones3x3, null, new ConvAttributes { KernelShape = [3, 3], Pads = [0, 0, 0, 0] }));

    [Fact] // ONNX Conv docs, conv_with_strides: conv_with_strides_padding (torch F.conv2d(stride=2, padding=1) agrees)
    public void Onnx_conv_with_strides_and_padding() =>
        Assert.Equal(Of([1, 1, 4, 3], 12, 27, 24, 63, 108, 81, 123, 198, 141, 112, 177, 124),
            Conv.Spec.Apply(Rect7x5, Ones3x3, null, new ConvAttributes { Pads = [1, 1, 1, 1], Strides = [2, 2] }));

    [Fact] // ONNX Conv docs, conv_with_strides: conv_with_strides_no_padding
    public void Onnx_conv_with_strides_no_padding() =>
        Assert.Equal(Of([1, 1, 3, 2], 54, 72, 144, 162, 234, 252),
            Conv.Spec.Apply(Rect7x5, Ones3x3, null, new ConvAttributes { Strides = [2, 2] }));

    [Fact] // ONNX Conv docs, conv_with_strides: conv_with_strides_and_asymmetric_padding, pads [1, 0, 1, 0]
    public void Onnx_conv_with_strides_and_asymmetric_padding() =>
        Assert.Equal(Of([1, 1, 4, 2], 21, 33, 99, 117, 189, 207, 171, 183),
            Conv.Spec.Apply(Rect7x5, Ones3x3, null, new ConvAttributes { Pads = [1, 0, 1, 0], Strides = [2, 2] }));

    [Fact] // ONNX Conv docs, conv_with_autopad_same: auto_pad SAME_LOWER, strides 2 (total pad 2, split (1, 1))
    public void Onnx_conv_with_autopad_same() =>
        Assert.Equal(Of([1, 1, 3, 3], 12, 27, 24, 63, 108, 81, 72, 117, 84),
            Conv.Spec.Apply(Square5, Ones3x3, null, new ConvAttributes { AutoPad = AutoPad.SameLower, KernelShape = [3, 3], Strides = [2, 2] }));

    /// <summary>
    /// SAME with an odd total pad: x = [1 2 3 4 5], w = [1 10], stride 1 needs one pad cell. SAME_UPPER puts it
    /// at the end (as PyTorch's padding='same', which gives [21, 32, 43, 54, 5]); SAME_LOWER at the beginning.
    /// </summary>
    [Fact]
    public void Same_upper_pads_at_the_end_and_same_lower_at_the_beginning()
    {
        var (x, w) = (Of([1, 1, 5], 1, 2, 3, 4, 5), Of([1, 1, 2], 1, 10));
        Assert.Equal(Of([1, 1, 5], 21, 32, 43, 54, 5), Conv.Spec.Apply(x, w, null, new ConvAttributes { AutoPad = AutoPad.SameUpper }));
        Assert.Equal(Of([1, 1, 5], 10, 21, 32, 43, 54), Conv.Spec.Apply(x, w, null, new ConvAttributes { AutoPad = AutoPad.SameLower }));
    }

    [Fact] // torch.nn.functional.conv1d(x, w, b, stride=2, padding=1, dilation=2), PyTorch 1.13
    public void Torch_conv1d_with_bias_stride_padding_and_dilation()
    {
        var x = Of([1, 2, 7], -3, 0, 1, 0, 0, 3, -3, 2, -3, 0, 1, 3, 2, 2);
        var w = Of([3, 2, 3], -1, 0, 1, -1, 1, -3, 3, 2, 1, 1, -1, 0, 3, 1, 2, -2, 0, 0);
        var b = Of([3], 2, 0, 0);
        var expected = Of([1, 3, 3], -4, 3, 3, 3, -1, 5, 0, 12, 1);
        Assert.Equal(expected, Conv.Spec.Apply(x, w, b, new ConvAttributes { Strides = [2], Pads = [1, 1], Dilations = [2] }));
    }

    [Fact] // torch.nn.functional.conv2d(x, w, stride=(2, 1), padding=(1, 2), dilation=(1, 2), groups=2), PyTorch 1.13
    public void Torch_conv2d_with_groups_strides_and_dilations()
    {
        var x = Of([1, 4, 5, 6], 0, 3, 2, 0, -2, -3, -1, 1, 2, -3, -3, 2, 2, -1, 1, -3, 2, -3, 1, -3, -3, 3, -1, -1, -1, 2, 1, -2, -2, 3, 3, 1, 3, -2, 2, 3, 3, -3, 3, 3, 1, 2, -1, 2, 0, -3, -1, -1, 0, -2, -1, 1, 1, 1, -3, 1, 0, 3, 0, -2, -3, -1, 0, 3, -3, -3, -1, 1, -3, 1, -3, 1, -3, 3, -1, -2, 0, -2, 2, 0, 3, -2, 2, -1, -3, 0, -1, 2, 3, 1, 0, -3, -2, -3, 3, 2, -3, 1, 2, 3, -1, 2, 0, -1, 0, -3, -1, -1, -2, -2, -3, -1, 1, 3, 0, -2, -1, 0, 2, 2);
        var w = Of([4, 2, 2, 3], -2, 2, -1, 0, 3, -2, -2, 0, 2, 1, -3, 3, 1, -1, 0, -1, 1, 2, 3, 2, 0, -2, -3, 1, -2, -3, -2, 0, 3, 2, 0, 2, 2, 0, -1, 2, 2, 2, 1, -3, -1, -2, -1, 3, -1, 1, 3, 2);
        var expected = Of([1, 4, 3, 6], -4, 0, 10, 22, -9, -20, 9, -1, 0, 5, -7, -5, 7, 9, -1, -7, 0, 8, -2, -2, -15, -2, -16, -8, 14, -23, 16, -3, 20, 17, 9, -3, 6, -21, -6, 14, -13, 0, 2, 10, -12, -11, -4, 3, 14, -6, 14, -6, -35, 4, -13, 24, -3, 14, -1, -20, 15, -2, 10, -3, -11, -5, 7, -4, -17, 9, 7, -17, 9, -11, 21, 3);
        Assert.Equal(expected, Conv.Spec.Apply(x, w, null, new ConvAttributes { Strides = [2, 1], Pads = [1, 2, 1, 2], Dilations = [1, 2], Group = 2 }));
    }

    [Theory] // torch.nn.Conv2d(1, 1, (2, 3), padding=(1, 2), padding_mode=mode, bias=False), PyTorch 1.13
    [InlineData("reflect", new long[] { -1, -7, 13, 7, 13, -9, -5, -17, 5, 7, 13, -9, 0, -19, -10, 3, 22, 11, 12, 22, 14, -2, -18, -10 })]
    [InlineData("replicate", new long[] { -5, -13, 9, 7, 5, 5, -11, -21, 5, 7, 5, 5, 2, -9, -10, 3, 17, 11, 10, 14, -5, -6, -5, -5 })]
    [InlineData("circular", new long[] { -10, 10, 18, -2, -10, 10, -1, -17, 5, 7, -1, -17, 20, -3, -10, 3, 20, -3, -10, 10, 18, -2, -10, 10 })]
    public void Torch_conv2d_padding_modes(string mode, long[] expected)
    {
        var x = Of([1, 1, 3, 4], -1, -3, 3, 1, 1, -3, 3, 1, 2, 3, -2, -1);
        var w = Of([1, 1, 2, 3], 2, 3, 3, -2, -2, 1);
        var attributes = new ConvAttributes { Pads = [1, 2, 1, 2], PaddingMode = PaddingModeNames.Parse(mode) };
        Assert.Equal(Of([1, 1, 4, 6], expected), Conv.Spec.Apply(x, w, null, attributes));
    }

    [Fact] // torch.nn.functional.conv1d(x, w, groups=3, padding=1): depthwise with channel multiplier 2, PyTorch 1.13
    public void Torch_depthwise_conv1d()
    {
        var x = Of([2, 3, 5], -2, 2, 0, -1, 3, 1, -1, -2, 1, 3, 3, -3, -2, 3, 1, 0, -1, -2, -3, 2, -3, 3, -1, 1, 3, 0, 2, -3, 1, 2);
        var w = Of([6, 1, 2], 1, 2, 2, 1, 1, 0, 0, 0, 3, -3, 3, -3);
        var expected = Of([2, 6, 6], -4, 2, 2, -2, 5, 3, -2, -2, 4, -1, 1, 6, 0, 1, -1, -2, 1, 3, 0, 0, 0, 0, 0, 0, -9, 18, -3, -15, 6, 3, -9, 18, -3, -15, 6, 3, 0, -2, -5, -8, 1, 2, 0, -1, -4, -7, -4, 4, 0, -3, 3, -1, 1, 3, 0, 0, 0, 0, 0, 0, 0, -6, 15, -12, -3, 6, 0, -6, 15, -12, -3, 6);
        Assert.Equal(expected, Conv.Spec.Apply(x, w, null, new ConvAttributes { Group = 3, Pads = [1, 1] }));
    }

    [Fact] // torch.nn.functional.conv3d(x, w, b, stride=(1, 2, 1), padding=(1, 0, 1)), PyTorch 1.13
    public void Torch_conv3d_with_bias_and_strides()
    {
        var x = Of([1, 2, 3, 4, 3], -1, -3, 1, -2, -1, 1, 1, -3, 1, -1, 3, -3, 2, 1, -1, 1, -1, -1, 2, -1, -1, -2, 2, -3, 1, -1, 3, -2, 0, -2, -1, 3, -1, 0, -2, -3, 3, 1, -3, 0, -2, -1, -3, 2, 0, -3, -3, -1, -1, -3, 0, 0, 0, -2, 0, 1, 2, 0, 1, -2, 0, 3, -3, 0, -2, -2, 1, -1, -2, -2, 3, 2);
        var w = Of([2, 2, 2, 2, 2], 1, -1, -3, 1, 0, 0, -1, 0, 0, -2, 2, 3, 2, -1, 3, -2, 1, 3, -2, 2, 2, 1, -1, -1, -1, 1, 1, 1, -3, 3, 2, -3);
        var b = Of([2], 2, -3);
        var expected = Of([1, 2, 4, 2, 4], -1, 13, 4, -8, 11, -8, -4, 2, -4, 1, 0, -7, -3, -8, -18, 11, 3, 8, 7, -10, 1, 5, -8, 11, -1, -2, -8, 7, -5, 3, 25, 14, 7, -5, -21, 5, -1, 12, -17, 0, -9, -16, 12, -7, -4, -1, -12, -6, 7, 14, -17, 9, 7, -10, -10, 9, -4, 0, -9, 5, -7, 0, -1, 6);
        Assert.Equal(expected, Conv.Spec.Apply(x, w, b, new ConvAttributes { Strides = [1, 2, 1], Pads = [1, 0, 1, 1, 0, 1] }));
    }

    [Fact] // torch.nn.functional.conv2d on float64 values in [0, 1), PyTorch 1.13: within the bound of the exact result
    public void Torch_conv2d_float64_is_within_the_bound_of_the_exact_result()
    {
        var x = new NdArray<double>([1, 1, 3, 3], [0.7345364605623868, 0.48441069575977913, 0.12242455147871234, 0.8543644805686369,
            0.8870757859153777, 0.664049030142553, 0.31896429412047644, 0.278291127215075, 0.024134820958604863]);
        var w = new NdArray<double>([1, 1, 2, 2], [0.6933352185951176, 0.7547958669243625, 0.22451253201856525, 0.8335727310326199]);
        double[] torch = [1.8061689068011226, 1.180957335484331, 1.5655094969838865, 1.1988603215536093];
        var exact = Conv.Spec.Apply(x.Map(Dyadic.FromDouble), w.Map(Dyadic.FromDouble));
        var magnitude = Conv.Spec.Apply(x.Map(v => Dyadic.FromDouble(Math.Abs(v))), w.Map(v => Dyadic.FromDouble(Math.Abs(v))));
        var gamma = ConvErrorBound.Gamma(ConvErrorBound.Terms(1, [2, 2]), ConvErrorBound.DoubleUnitRoundoff);
        for (var i = 0; i < torch.Length; i++)
            Assert.True(Math.Abs(torch[i] - exact.Data[i].ToDouble()) <= gamma * magnitude.Data[i].ToDouble(),
                $"element {i}: torch {torch[i]}, exact {exact.Data[i].ToDouble()}");
    }
}
