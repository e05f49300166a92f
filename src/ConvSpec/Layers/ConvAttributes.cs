using ConvSpec.Padding;
using ConvSpec.Shapes;

namespace ConvSpec.Layers;

/// <summary>
/// The attributes of ONNX's Conv operator, with ONNX's defaults, plus PyTorch's <c>padding_mode</c>.
/// Null lists take the defaults: kernel_shape from W, strides and dilations 1 per spatial axis, pads 0.
/// <c>Pads</c> are ONNX-ordered: [b_1, ..., b_k, e_1, ..., e_k] (all begins, then all ends).
/// </summary>
public sealed record ConvAttributes
{
    /// <summary>The kernel's spatial extents; when given it must equal W's spatial shape.</summary>
    public int[]? KernelShape { get; init; }

    /// <summary>The stride per spatial axis (default 1).</summary>
    public int[]? Strides { get; init; }

    /// <summary>[b_1..b_k, e_1..e_k] (default 0); cannot be non-zero together with an auto_pad other than NOTSET.</summary>
    public int[]? Pads { get; init; }

    /// <summary>The dilation per spatial axis (default 1): the window reads every d-th input cell.</summary>
    public int[]? Dilations { get; init; }

    /// <summary>The number of channel groups (default 1); C and M must be multiples of it.</summary>
    public int Group { get; init; } = 1;

    /// <summary>ONNX's auto_pad (default NOTSET).</summary>
    public AutoPad AutoPad { get; init; } = AutoPad.NotSet;

    /// <summary>What the padding cells hold (default zeros, as ONNX).</summary>
    public PaddingMode PaddingMode { get; init; } = PaddingMode.Zeros;

    /// <summary>All defaults: stride 1, no padding, no dilation, one group, zero padding.</summary>
    public static ConvAttributes Default { get; } = new();
}
