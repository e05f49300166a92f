using ConvSpec.Convolution;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Convolution;

/// <summary>Edges of the convolution spec: bad arguments, overflow, kernels longer than the input, rank 0.</summary>
public class ConvolveEdgeExamples
{
    /// <summary>Notes' discrete case c_k = Σ_{i=0}^{k} a_i b_{k−i}: [1,2,3] * [0,1,2] = [0,1,4,7,6] (numpy.convolve).</summary>
    [Fact]
    public void Notes_discrete_sum_over_i_from_0_to_k()
    {
        Assert.Equal([0L, 1, 4, 7, 6], Convolve.Spec.Full([1L, 2, 3], [0L, 1, 2]));
        Assert.Equal([0L, 1, 4, 7, 6], Convolve.Spec.Full([0L, 1, 2], [1L, 2, 3]));
        Assert.Equal([5L, 10, 15], Convolve.Spec.Full([5L], [1L, 2, 3]));
        Assert.Equal([5L, 10, 15], Convolve.Spec.Full([1L, 2, 3], [5L]));
        Assert.Equal([-6L], Convolve.Spec.Full([2L], [-3L]));
    }

    /// <summary>scipy.signal.convolve([1,2,3,4], [1,1,1], mode) and with the inputs swapped (SciPy 1.10; same keeps in1's length).</summary>
    [Fact]
    public void SciPy_convolve_crops_for_a_longer_first_and_a_longer_second_input()
    {
        long[] a = [1, 2, 3, 4], k = [1, 1, 1];
        Assert.Equal([1L, 3, 6, 9, 7, 4], Convolve.Spec.Apply(a, k, ConvolutionMode.Full));
        Assert.Equal([3L, 6, 9, 7], Convolve.Spec.Apply(a, k, ConvolutionMode.Same));
        Assert.Equal([6L, 9], Convolve.Spec.Apply(a, k, ConvolutionMode.Valid));
        Assert.Equal([3L, 6, 9], Convolve.Spec.Apply(k, a, ConvolutionMode.Same));
        Assert.Equal([6L, 9], Convolve.Spec.Apply(k, a, ConvolutionMode.Valid));
    }

    [Fact]
    public void Rank_0_convolution_is_the_product()
    {
        Assert.Equal(NdArray<long>.Scalar(21), Convolve.Spec.Full(NdArray<long>.Scalar(3), NdArray<long>.Scalar(7)));
        Assert.Equal(NdArray<long>.Scalar(21), Convolve.Spec.Apply(NdArray<long>.Scalar(3), NdArray<long>.Scalar(7), ConvolutionMode.Same));
    }

    [Fact]
    public void Convolve_rejects_null_and_empty_inputs()
    {
        Reject.Named<ArgumentNullException>("a", () => Convolve.Spec.Full(null!, new long[1]));
        Reject.Named<ArgumentNullException>("b", () => Convolve.Spec.Full(new long[1], null!));
        Reject.Named<ArgumentException>("a", () => Convolve.Spec.Full(new long[0], new long[1]));
        Reject.Named<ArgumentException>("b", () => Convolve.Spec.Full(new long[1], new long[0]));
        Reject.Named<ArgumentNullException>("a", () => Convolve.Spec.Full(null!, NdArray<long>.Vector(1)));
        Reject.Named<ArgumentNullException>("b", () => Convolve.Spec.Full(NdArray<long>.Vector(1), null!));
        Reject.Named<ArgumentNullException>("in1", () => Convolve.Spec.Apply(null!, new long[1], ConvolutionMode.Full));
        Reject.Named<ArgumentNullException>("in2", () => Convolve.Spec.Apply(new long[1], null!, ConvolutionMode.Full));
        Reject.Named<ArgumentNullException>("in1", () => Convolve.Spec.Apply(null!, NdArray<long>.Vector(1), ConvolutionMode.Full));
        Reject.Named<ArgumentNullException>("in2", () => Convolve.Spec.Apply(NdArray<long>.Vector(1), null!, ConvolutionMode.Full));
        Reject.Named<ArgumentException>("in1", () => Convolve.Spec.Apply(new long[0], new long[1], ConvolutionMode.Full));
    }

    [Fact]
    public void Convolve_overflow_names_the_operation()
    {
        Assert.StartsWith("convolve:", Assert.Throws<OverflowException>(() => Convolve.Spec.Full([long.MaxValue], [2L])).Message);
        Assert.StartsWith("convolve:", Assert.Throws<OverflowException>(() => Convolve.Spec.Full([long.MaxValue, long.MaxValue], [1L, 1])).Message);
        Assert.StartsWith("convolve:", Assert.Throws<OverflowException>(() =>
            Convolve.Spec.Full(NdArray<long>.Vector(long.MaxValue, 1), NdArray<long>.Vector(1, 1))).Message);
    }

    /// <summary>
    /// Notes, edge detection: "taking each pixel … and subtracting the value of its neighboring pixel on the left" is
    /// valid convolution with the two-element kernel [1, −1]: out(i, j) = I(i, j+1) − I(i, j).
    /// </summary>
    [Fact]
    public void Notes_edge_detection_kernel_subtracts_the_left_neighbour()
    {
        var image = NdArray<long>.Matrix(new long[,] { { 3, 5, 4, 4 }, { 0, 2, 7, 1 } });
        var kernel = NdArray<long>.Matrix(new long[,] { { 1, -1 } });
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { 2, -1, 0 }, { 2, 5, -6 } }), Convolve.Spec.Apply(image, kernel, ConvolutionMode.Valid));
    }

    /// <summary>
    /// Notes: "Convolution is not naturally equivariant to … rotation": rotating the image alone does not rotate the
    /// output (here even the shapes differ); rotating image and kernel together does.
    /// </summary>
    [Fact]
    public void Notes_convolution_is_not_equivariant_to_rotation()
    {
        static NdArray<long> Rot90(NdArray<long> x) => NdArray<long>.Create([x.Shape[1], x.Shape[0]], o => x[o[1], x.Shape[1] - 1 - o[0]]);
        var image = NdArray<long>.Matrix(new long[,] { { 1, 2, 0 }, { 3, 4, 5 } });
        var kernel = NdArray<long>.Matrix(new long[,] { { 1, -1 }, { 2, 0 } });
        var rotatedOutput = Rot90(Convolve.Spec.Full(image, kernel));
        Assert.NotEqual(rotatedOutput, Convolve.Spec.Full(Rot90(image), kernel));
        Assert.Equal(rotatedOutput, Convolve.Spec.Full(Rot90(image), Rot90(kernel)));
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { 0, 5 }, { 2, 4 }, { 1, 3 } }), Rot90(image));
    }
}
