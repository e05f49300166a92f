namespace ConvSpec.Shapes;

/// <summary>
/// ONNX's <c>auto_pad</c>: how a window operator (Conv, pooling) pads when pads are not given.
/// <code>
///   NOTSET     : use the explicit pads
///   VALID      : no padding
///   SAME_UPPER : out = ⌈D / s⌉, total pad t = max(0, (out−1)·s + (K−1)·d + 1 − D), begin ⌊t/2⌋, end ⌈t/2⌉
///   SAME_LOWER : the same total, begin ⌈t/2⌉, end ⌊t/2⌋ (the odd element goes first)
/// </code>
/// Example D = 5, K = 2, s = 1: t = 1; SAME_UPPER pads (0, 1), SAME_LOWER pads (1, 0).
/// </summary>
public enum AutoPad
{
    /// <summary>Explicit pads.</summary>
    NotSet,
    /// <summary>No padding.</summary>
    Valid,
    /// <summary>Output ⌈D/s⌉, the odd padding element at the end.</summary>
    SameUpper,
    /// <summary>Output ⌈D/s⌉, the odd padding element at the beginning.</summary>
    SameLower,
}

/// <summary>ONNX spellings of <see cref="AutoPad"/>.</summary>
public static class AutoPadNames
{
    /// <summary>NOTSET, VALID, SAME_UPPER or SAME_LOWER (ONNX's strings); anything else is an error naming <paramref name="name"/>.</summary>
    public static AutoPad Parse(string? text, string name = "auto_pad") => text switch
    {
        "NOTSET" or "" => AutoPad.NotSet,
        "VALID" => AutoPad.Valid,
        "SAME_UPPER" => AutoPad.SameUpper,
        "SAME_LOWER" => AutoPad.SameLower,
        _ => throw new ArgumentException($"{name}: must be one of NOTSET, VALID, SAME_UPPER, SAME_LOWER (got {text ?? "null"})", name),
    };
}
