namespace ConvSpec.Padding;

/// <summary>
/// How <c>convolve2d</c>/<c>correlate2d</c> extend in1 beyond its edges (SciPy's <c>boundary</c>).
/// For in1 = a b c d, reading past either end:
/// <code>
///   fill : v v v v | a b c d | v v v v      (v = fillvalue)
///   wrap : a b c d | a b c d | a b c d      period n
///   symm : d c b a | a b c d | d c b a      mirror including the edge, period 2n
/// </code>
/// Kernels longer than in1 read further, and the pattern repeats: wrap and symm are periodic.
/// </summary>
public enum Boundary
{
    /// <summary>Pad with the fill value.</summary>
    Fill,
    /// <summary>Circular: x[i] = x[i mod n].</summary>
    Wrap,
    /// <summary>Symmetric: mirror about each edge, the edge sample repeated.</summary>
    Symm,
}

/// <summary>The text names of <see cref="Boundary"/> as SciPy spells them.</summary>
public static class BoundaryNames
{
    /// <summary>
    /// "fill" (or SciPy's alias "pad"), "wrap" (or "circular"), "symm" (or "symmetric") to the boundary;
    /// anything else is an error naming <paramref name="name"/>.
    /// </summary>
    public static Boundary Parse(string? text, string name = "boundary") => text switch
    {
        "fill" or "pad" => Boundary.Fill,
        "wrap" or "circular" => Boundary.Wrap,
        "symm" or "symmetric" => Boundary.Symm,
        _ => throw new ArgumentException($"{name}: must be one of fill, wrap, symm (got {text ?? "null"})", name),
    };

    /// <summary>The SciPy name of <paramref name="boundary"/>.</summary>
    public static string Name(this Boundary boundary) => boundary.ToString().ToLowerInvariant();
}
