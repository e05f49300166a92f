namespace ConvSpec.Padding;

/// <summary>
/// How a convolution layer extends its input into the padding (PyTorch's <c>padding_mode</c> of
/// <c>torch.nn.Conv1d/2d/3d</c>, ONNX's Conv being <see cref="Zeros"/>). For x = a b c d padded by 3 cells:
/// <code>
///   zeros    :  0 0 0 | a b c d | 0 0 0
///   reflect  :  d c b | a b c d | c b a      mirror about the edge cell, the edge not repeated (pad ≤ n − 1)
///   replicate:  a a a | a b c d | d d d      the edge cell repeated (any pad)
///   circular :  b c d | a b c d | a b c      x[i mod n], wrapping at most once (pad ≤ n)
/// </code>
/// The limits are PyTorch's: <c>F.pad</c> raises "Padding size should be less than the corresponding input
/// dimension" for reflect and "Padding value causes wrapping around more than once" for circular.
/// </summary>
public enum PaddingMode
{
    /// <summary>Zero outside the input (ONNX Conv, PyTorch's default).</summary>
    Zeros,
    /// <summary>Mirror about the edge cell, excluding it: x[−i] = x[i].</summary>
    Reflect,
    /// <summary>Repeat the edge cell: x[i] = x[clamp(i, 0, n − 1)].</summary>
    Replicate,
    /// <summary>Periodic: x[i] = x[i mod n].</summary>
    Circular,
}

/// <summary>The text names of <see cref="PaddingMode"/> as PyTorch spells them.</summary>
public static class PaddingModeNames
{
    /// <summary>zeros, reflect, replicate or circular; anything else is an error naming <paramref name="name"/>.</summary>
    public static PaddingMode Parse(string? text, string name = "padding_mode") => text switch
    {
        "zeros" => PaddingMode.Zeros,
        "reflect" => PaddingMode.Reflect,
        "replicate" => PaddingMode.Replicate,
        "circular" => PaddingMode.Circular,
        _ => throw new ArgumentException(
            $"{name}: must be one of zeros, reflect, replicate, circular (got {text ?? "null"})", name),
    };

    /// <summary>The PyTorch name of <paramref name="mode"/>.</summary>
    public static string Name(this PaddingMode mode) => mode.ToString().ToLowerInvariant();
}
