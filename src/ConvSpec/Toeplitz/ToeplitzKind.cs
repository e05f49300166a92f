namespace ConvSpec.Toeplitz;

/// <summary>
/// Which product the matrix of a kernel h computes: convolution (h flipped as it slides, y = h ∗ x) or
/// cross-correlation (h slid unflipped and conjugated, what deep-learning libraries call convolution).
/// The correlation matrix of h is the convolution matrix of conj(h) reversed.
/// </summary>
public enum ToeplitzKind
{
    /// <summary>y_k = Σ_i h_i x_{k−i}.</summary>
    Convolution,
    /// <summary>y_k = Σ_i conj(h_i) x_{k+i−(m−1)}.</summary>
    Correlation,
}

/// <summary>The text names of <see cref="ToeplitzKind"/>.</summary>
public static class ToeplitzKindNames
{
    /// <summary>"convolution" or "correlation"; anything else is an error naming <paramref name="name"/>.</summary>
    public static ToeplitzKind Parse(string? text, string name = "kind") => text switch
    {
        "convolution" => ToeplitzKind.Convolution,
        "correlation" => ToeplitzKind.Correlation,
        _ => throw new ArgumentException($"{name}: must be one of convolution, correlation (got {text ?? "null"})", name),
    };
}
