using ConvSpec.Tensors;

namespace ConvSpec.Pooling;

/// <summary>
/// ONNX MaxPool's <c>storage_order</c>: how the argmax of a window is flattened into the <c>Indices</c> output.
/// Indices count over N, C and the spatial axes of the unpadded input X (N x C x D_1 x ... x D_k):
/// <code>
///   RowMajor    (0): index = ((n·C + c)·D_1 + i_1)·D_2 ... + i_k          (last spatial axis fastest)
///   ColumnMajor (1): index = (n·C + c)·D_1⋯D_k + i_1 + i_2·D_1 + ... + i_k·D_1⋯D_{k−1}   (first spatial axis fastest)
/// </code>
/// Example N = 1, C = 2, D = 3 x 4, maximum of channel 1 at (h, w) = (2, 1):
/// row-major 12 + 2·4 + 1 = 21; column-major 12 + 2 + 1·3 = 17.
/// </summary>
public enum StorageOrder
{
    /// <summary>storage_order = 0.</summary>
    RowMajor = 0,
    /// <summary>storage_order = 1.</summary>
    ColumnMajor = 1,
}

/// <summary>
/// What max pooling does with NaN (a value not equal to itself).
/// <code>
///   Propagate : NaN is larger than every number; among NaNs the last one in the window wins
///               (PyTorch: "val &gt; max || isnan(val)")
///   Ignore    : a value replaces the running maximum only when strictly greater, starting from the window's
///               first input cell (ONNX's reference implementation: NaN only if it is that first cell)
/// </code>
/// Example window [1, NaN, 3, NaN]: Propagate gives NaN at index 3; Ignore gives 3 at index 2.
/// </summary>
public enum NanRule
{
    /// <summary>PyTorch's rule.</summary>
    Propagate,
    /// <summary>ONNX reference's rule.</summary>
    Ignore,
}

/// <summary>Max pooling's two outputs: the maxima Y and the flattened argmax Indices (int64), both N x C x O_1 x ... x O_k.</summary>
public sealed record MaxPoolResult<T>(NdArray<T> Values, NdArray<long> Indices);
