using System.Numerics;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Layers;

/// <summary>
/// The notes' three-stage convolutional layer: "In the first stage, the layer performs several convolutions in
/// parallel to produce a set of linear activations. In the second stage, each linear activation is run through a
/// nonlinear activation function, such as the rectified linear activation function (detector stage). In the third
/// stage, we use a pooling function to modify the output of the layer further."
/// <code>  Y = Pool(φ(Conv(X))),   φ = ReLU by default: φ(z) = max(z, 0) </code>
/// The stages are functions so the layer composes with any convolution (e.g. ONNX Conv) and any pooling.
/// </summary>
public static class ConvReluPool
{
    /// <summary>ReLU: max(z, 0), taken as z unless z &lt; 0, so −0 and NaN pass through unchanged.</summary>
    public static T Relu<T>(T z) where T : IComparisonOperators<T, T, bool>, IAdditiveIdentity<T, T> =>
        z < T.AdditiveIdentity ? T.AdditiveIdentity : z;

    /// <summary>The detector stage: φ applied elementwise to the convolution's output.</summary>
    public static NdArray<T> Detector<T>(NdArray<T> x, Func<NdArray<T>, NdArray<T>> convolution, Func<T, T> nonlinearity)
    {
        Preconditions.NotNull(x, "X");
        Preconditions.NotNull(convolution, nameof(convolution));
        Preconditions.NotNull(nonlinearity, nameof(nonlinearity));
        return convolution(x).Map(nonlinearity);
    }

    /// <summary>Pool(φ(Conv(X))) with φ given.</summary>
    public static NdArray<T> Apply<T>(NdArray<T> x, Func<NdArray<T>, NdArray<T>> convolution, Func<T, T> nonlinearity,
        Func<NdArray<T>, NdArray<T>> pooling)
    {
        Preconditions.NotNull(pooling, nameof(pooling));
        return pooling(Detector(x, convolution, nonlinearity));
    }

    /// <summary>Pool(ReLU(Conv(X))).</summary>
    public static NdArray<T> Apply<T>(NdArray<T> x, Func<NdArray<T>, NdArray<T>> convolution, Func<NdArray<T>, NdArray<T>> pooling)
        where T : IComparisonOperators<T, T, bool>, IAdditiveIdentity<T, T> =>
        Apply(x, convolution, Relu, pooling);
}
