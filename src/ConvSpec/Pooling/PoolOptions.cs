using ConvSpec.Shapes;

namespace ConvSpec.Pooling;

/// <summary>
/// Which explicit pads a pooling window accepts, per axis with window K (dilation d).
/// <code>
///   Onnx    : pad_begin &lt; K and pad_end &lt; K (ONNX Runtime's check "Pad should be smaller than kernel")
///   PyTorch : pad_begin ≤ ⌊K/2⌋ and pad_end ≤ ⌊K/2⌋ ("pad should be at most half of kernel size"; torch 1.13)
///   Any     : no limit beyond every window holding at least one input cell
/// </code>
/// Example K = 3: ONNX accepts pads 0, 1, 2; PyTorch accepts 0, 1. K = 4: ONNX 0..3, PyTorch 0..2.
/// Every rule still requires each window to cover at least one input cell.
/// </summary>
public enum PadLimit
{
    /// <summary>pads &lt; kernel (ONNX Runtime).</summary>
    Onnx,
    /// <summary>pads ≤ ⌊kernel/2⌋ (PyTorch).</summary>
    PyTorch,
    /// <summary>No limit beyond non-empty windows.</summary>
    Any,
}

/// <summary>
/// The attributes of an ONNX pooling operator on an N x C x D1 x ... x Dk input, by ONNX's names:
/// <c>kernel_shape</c> (K_1..K_k), <c>strides</c> (default all 1), <c>pads</c> (b_1..b_k, e_1..e_k, default all 0),
/// <c>dilations</c> (default all 1), <c>auto_pad</c> (default NOTSET), <c>ceil_mode</c> (default floor), and the
/// pad limit to enforce on explicit pads.
/// </summary>
public sealed record PoolOptions(
    int[] KernelShape,
    int[]? Strides = null,
    int[]? Pads = null,
    int[]? Dilations = null,
    AutoPad AutoPad = AutoPad.NotSet,
    bool CeilMode = false,
    PadLimit PadLimit = PadLimit.Onnx);
