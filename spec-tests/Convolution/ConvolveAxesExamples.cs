using ConvSpec.Convolution;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Convolution;

/// <summary>
/// Convolution over chosen axes with broadcasting, as <c>scipy.signal.fftconvolve(in1, in2, mode, axes)</c>;
/// expected values from SciPy 1.10 (rounded to integers) with p = arange(24).reshape(2,3,4) − 7.
/// </summary>
public class ConvolveAxesExamples
{
    private static readonly NdArray<long> P = NdArray<long>.Create([2, 3, 4], i => i[0] * 12 + i[1] * 4 + i[2] - 7);
    private static readonly NdArray<long> Q = new([1, 3, 2], [1, -2, 0, 3, 2, 1]);
    private static readonly NdArray<long> Q2 = new([2, 1, 3], [1, 2, -1, 0, 1, 3]);

    private static NdArray<long> T(int[] shape, params long[] data) => new(shape, data);

    [Fact]
    public void SciPy_fftconvolve_axes_1_2_broadcasts_axis_0()
    {
        Assert.Equal(T([2, 5, 5], -7, 8, 7, 6, 8, -3, -17, -15, -13, -12, -13, -28, -23, -18, -12, -6, -4, 2, 8, 12, 2, 5, 8, 11, 4,
                5, -4, -5, -6, -16, 9, 7, 9, 11, 0, 23, 32, 37, 42, 12, 18, 68, 74, 80, 60, 26, 41, 44, 47, 16),
            Convolve.Spec.AlongAxes(P, Q, ConvolutionMode.Full, [1, 2]));
        Assert.Equal(T([2, 3, 4], -3, -17, -15, -13, -13, -28, -23, -18, -6, -4, 2, 8, 9, 7, 9, 11, 23, 32, 37, 42, 18, 68, 74, 80),
            Convolve.Spec.AlongAxes(P, Q, ConvolutionMode.Same, [1, 2]));
        Assert.Equal(T([2, 1, 3], -28, -23, -18, 32, 37, 42), Convolve.Spec.AlongAxes(P, Q, ConvolutionMode.Valid, [1, 2]));
    }

    [Fact]
    public void SciPy_fftconvolve_last_axis_given_as_minus_1()
    {
        Assert.Equal(T([2, 3, 6], -7, -20, -10, -8, -3, 4, -3, -8, -2, 0, 1, 0, 1, 4, 6, 8, 5, -4,
                0, 5, 21, 25, 29, 24, 0, 9, 37, 41, 45, 36, 0, 13, 53, 57, 61, 48),
            Convolve.Spec.AlongAxes(P, Q2, ConvolutionMode.Full, [-1]));
        Assert.Equal(T([2, 3, 4], -20, -10, -8, -3, -8, -2, 0, 1, 4, 6, 8, 5, 5, 21, 25, 29, 9, 37, 41, 45, 13, 53, 57, 61),
            Convolve.Spec.AlongAxes(P, Q2, ConvolutionMode.Same, [-1]));
        Assert.Equal(T([2, 3, 2], -10, -8, -2, 0, 6, 8, 21, 25, 37, 41, 53, 57),
            Convolve.Spec.AlongAxes(P, Q2, ConvolutionMode.Valid, [-1]));
    }

    /// <summary>axes=None convolves every axis; axis 1 has length 1 in Q2 and broadcasts instead.</summary>
    [Fact]
    public void SciPy_fftconvolve_all_axes_skips_length_1_axes()
    {
        Assert.Equal(T([3, 3, 6], -7, -20, -10, -8, -3, 4, -3, -8, -2, 0, 1, 0, 1, 4, 6, 8, 5, -4,
                5, 9, -13, -7, -10, -20, 9, 25, 11, 17, 10, -12, 13, 41, 35, 41, 30, -4,
                0, 5, 21, 25, 29, 24, 0, 9, 37, 41, 45, 36, 0, 13, 53, 57, 61, 48),
            Convolve.Spec.AlongAxes(P, Q2, ConvolutionMode.Full, null));
        Assert.Equal(T([2, 3, 4], -20, -10, -8, -3, -8, -2, 0, 1, 4, 6, 8, 5, 9, -13, -7, -10, 25, 11, 17, 10, 41, 35, 41, 30),
            Convolve.Spec.AlongAxes(P, Q2, ConvolutionMode.Same, null));
    }

    /// <summary>fftconvolve([[1,2],[3,4]], [[1,0,2],[2,1,-1],[0,3,1]], 'valid') swaps the inputs: [[9,7],[14,8]]; 'same' keeps in1's 2x2.</summary>
    /// <summary>Full convolution over axes commutes, so the length-1 axis may be in either input (SciPy 1.10 numbers above).</summary>
    [Fact]
    public void SciPy_fftconvolve_broadcasts_a_length_1_axis_of_the_first_input()
    {
        Assert.Equal(Convolve.Spec.AlongAxes(P, Q2, ConvolutionMode.Full, null), Convolve.Spec.AlongAxes(Q2, P, ConvolutionMode.Full, null));
        Assert.Equal(Convolve.Spec.AlongAxes(P, Q, ConvolutionMode.Full, [1, 2]), Convolve.Spec.AlongAxes(Q, P, ConvolutionMode.Full, [1, 2]));
        Assert.Equal(T([2, 3, 3], -13, -11, -9, -5, -3, -1, 3, 5, 7, 11, 13, 15, 19, 21, 23, 27, 29, 31),
            Convolve.Spec.AlongAxes(P, T([1, 1, 2], 1, 1), ConvolutionMode.Valid, [2]));
    }

    [Fact]
    public void SciPy_fftconvolve_valid_swaps_when_in2_is_larger()
    {
        var r = T([2, 2], 1, 2, 3, 4);
        var big = T([3, 3], 1, 0, 2, 2, 1, -1, 0, 3, 1);
        Assert.Equal(T([2, 2], 9, 7, 14, 8), Convolve.Spec.AlongAxes(r, big, ConvolutionMode.Valid, null));
        Assert.Equal(T([2, 2], 9, 7, 14, 8), Convolve.Spec.AlongAxes(r, big, ConvolutionMode.Same, null));
        Assert.Equal(T([2, 2], 9, 7, 14, 8), Convolve.Spec.AlongAxes(big, r, ConvolutionMode.Valid, null));
    }

    /// <summary>
    /// SciPy 1.10: fftconvolve([[1,2],[3,4]], [[1,0,2],[2,1,-1]], 'valid') = [[9, 7]]: in2 is larger on one axis and
    /// equal on the other, and the inputs are swapped.
    /// </summary>
    [Fact]
    public void SciPy_fftconvolve_valid_swaps_when_in2_is_larger_on_one_axis_and_equal_on_another() =>
        Assert.Equal(T([1, 2], 9, 7), Convolve.Spec.AlongAxes(T([2, 2], 1, 2, 3, 4), T([2, 3], 1, 0, 2, 2, 1, -1), ConvolutionMode.Valid, null));

    /// <summary>
    /// SciPy 1.10: fftconvolve(ones((1,5)), ones((3,2)), 'valid') = 2 everywhere, shape (3, 4): axis 0, of length 1
    /// in in1, broadcasts against in2's 3 and is not part of the valid-mode comparison.
    /// </summary>
    [Fact]
    public void SciPy_fftconvolve_valid_ignores_length_1_axes_of_either_input()
    {
        var ones15 = NdArray<long>.Create([1, 5], _ => 1);
        var ones32 = NdArray<long>.Create([3, 2], _ => 1);
        Assert.Equal(NdArray<long>.Create([3, 4], _ => 2), Convolve.Spec.AlongAxes(ones15, ones32, ConvolutionMode.Valid, null));
    }

    [Fact]
    public void An_output_too_large_to_hold_is_an_argument_error() =>
        Reject.Named<ArgumentException>("output", () => Convolve.Spec.AlongAxes(
            NdArray<long>.Create([50_000, 1], _ => 1), NdArray<long>.Create([1, 50_000], _ => 1), ConvolutionMode.Full, null));

    [Fact]
    public void Two_scalars_give_their_product()
    {
        Assert.Equal(NdArray<long>.Scalar(-12), Convolve.Spec.AlongAxes(NdArray<long>.Scalar(3), NdArray<long>.Scalar(-4), ConvolutionMode.Full, null));
        Assert.Equal(NdArray<long>.Scalar(-12), Convolve.Spec.AlongAxes(NdArray<long>.Scalar(3), NdArray<long>.Scalar(-4), ConvolutionMode.Valid, null));
    }

    [Fact]
    public void AlongAxes_rejects_bad_axes_and_shapes()
    {
        var a = T([2, 3], 1, 2, 3, 4, 5, 6);
        var b = T([3, 2], 1, 2, 3, 4, 5, 6);
        Reject.Named<ArgumentException>("axes", () => Convolve.Spec.AlongAxes(a, b, ConvolutionMode.Full, []));
        Reject.Named<ArgumentOutOfRangeException>("axes", () => Convolve.Spec.AlongAxes(a, b, ConvolutionMode.Full, [2]));
        Reject.Named<ArgumentOutOfRangeException>("axes", () => Convolve.Spec.AlongAxes(a, b, ConvolutionMode.Full, [-3]));
        Assert.Equal(T([4, 4], 1, 4, 7, 6, 7, 23, 33, 24, 17, 47, 65, 42, 20, 49, 60, 36), Convolve.Spec.AlongAxes(a, b, ConvolutionMode.Full, [-2, 1]));
        Assert.Contains("must be unique (got 1, -1)", Reject.Named<ArgumentException>("axes", () => Convolve.Spec.AlongAxes(a, b, ConvolutionMode.Full, [1, -1])).Message);
        var e = Assert.Throws<ArgumentException>(() => Convolve.Spec.AlongAxes(a, b, ConvolutionMode.Full, [1]));
        Assert.Equal("in2", e.ParamName);
        Assert.Contains("axis 0", e.Message);
        Reject.Named<ArgumentException>("in2", () => Convolve.Spec.AlongAxes(a, b, ConvolutionMode.Valid, null));
        Reject.Named<ArgumentException>("in2", () => Convolve.Spec.AlongAxes(a, T([2], 1, 2), ConvolutionMode.Full, null));
        Reject.Named<ArgumentException>("in1", () => Convolve.Spec.AlongAxes(T([0]), T([1], 1), ConvolutionMode.Full, null));
        Reject.Named<ArgumentException>("in2", () => Convolve.Spec.AlongAxes(T([1], 1), T([0]), ConvolutionMode.Full, null));
        Reject.Named<ArgumentOutOfRangeException>("mode", () => Convolve.Spec.AlongAxes(a, b, (ConvolutionMode)7, null));
        Reject.Named<ArgumentNullException>("in1", () => Convolve.Spec.AlongAxes(null!, b, ConvolutionMode.Full, null));
        Reject.Named<ArgumentNullException>("in2", () => Convolve.Spec.AlongAxes(a, null!, ConvolutionMode.Full, null));
    }

    [Fact]
    public void AlongAxes_overflow_names_fftconvolve()
    {
        var big = T([2], long.MaxValue, long.MaxValue);
        Assert.StartsWith("fftconvolve:", Assert.Throws<OverflowException>(() => Convolve.Spec.AlongAxes(big, big, ConvolutionMode.Full, null)).Message);
    }
}
