namespace ConvSpec.Shapes;

/// <summary>
/// Which part of the full convolution to keep (SciPy's <c>mode</c>).
/// <code>
///   full : every k where the inputs overlap at all      length m + n - 1
///   same : the centre of full, as long as in1            length m
///   valid: only where one input covers the other wholly  length max(m,n) - min(m,n) + 1
/// </code>
/// </summary>
public enum ConvolutionMode
{
    /// <summary>Every overlap: m + n − 1 per axis.</summary>
    Full,
    /// <summary>Complete overlap only: max(m, n) − min(m, n) + 1 per axis.</summary>
    Valid,
    /// <summary>The centre of full with in1's size: m per axis.</summary>
    Same,
}

/// <summary>The text names of <see cref="ConvolutionMode"/> as SciPy spells them.</summary>
public static class ConvolutionModeNames
{
    /// <summary>"full", "valid" or "same" to the mode; anything else is an error naming <paramref name="name"/>.</summary>
    public static ConvolutionMode Parse(string? text, string name = "mode") => text switch
    {
        "full" => ConvolutionMode.Full,
        "valid" => ConvolutionMode.Valid,
        "same" => ConvolutionMode.Same,
        _ => throw new ArgumentException($"{name}: must be one of full, valid, same (got {text ?? "null"})", name),
    };

    /// <summary>The SciPy name of <paramref name="mode"/>.</summary>
    public static string Name(this ConvolutionMode mode) => mode.ToString().ToLowerInvariant();
}
