using ConvSpec.Validation;

namespace ConvSpec.Shapes;

/// <summary>
/// The output-size laws of discrete convolution and correlation, per axis, for inputs of
/// lengths m (in1) and n (in2):
/// <code>
///   full : m + n - 1                     [1,2,3] * [1,1]     -> 4 values
///   valid: max(m, n) - min(m, n) + 1     [1,2,3,4] * [1,1]   -> 3 values
///   same : m                             [1,2,3,4] * [1,1,1] -> 4 values
/// </code>
/// </summary>
public static class OutputSize
{
    /// <summary>full: m + n − 1 (summed as (m − 1) + n, so it overflows only when the length does not fit).</summary>
    public static int Full(int m, int n) => checked(m - 1 + n);

    /// <summary>valid: max(m, n) − min(m, n) + 1.</summary>
    public static int Valid(int m, int n) => Math.Max(m, n) - Math.Min(m, n) + 1;

    /// <summary>same: m, the length of in1.</summary>
    public static int Same(int m, int n) => m;

    /// <summary>The length of one axis of the output under <paramref name="mode"/>.</summary>
    public static int Of(ConvolutionMode mode, int m, int n) => mode switch
    {
        ConvolutionMode.Full => Full(m, n),
        ConvolutionMode.Valid => Valid(m, n),
        ConvolutionMode.Same => Same(m, n),
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, $"mode: {mode} is not a ConvolutionMode"),
    };

    /// <summary>
    /// The output shape of in1 ⊛ in2 under <paramref name="mode"/>, per axis. The inputs must have the same
    /// rank and be non-empty; for valid, one must be at least as large as the other in every axis.
    /// </summary>
    public static int[] Of(ConvolutionMode mode, IReadOnlyList<int> shape1, IReadOnlyList<int> shape2)
    {
        CheckInputs(mode, shape1, shape2);
        var shape = new int[shape1.Count];
        for (var d = 0; d < shape.Length; d++) shape[d] = Of(mode, shape1[d], shape2[d]);
        IndexSpace.ElementCount(shape, "output");
        return shape;
    }

    /// <summary>The full output shape, m_d + n_d − 1 per axis.</summary>
    public static int[] Full(IReadOnlyList<int> shape1, IReadOnlyList<int> shape2) =>
        Of(ConvolutionMode.Full, shape1, shape2);

    /// <summary>
    /// The shared input rules: same rank, non-empty, a known mode, and for valid one input at least as
    /// large as the other in every axis (SciPy swaps them when in2 is the larger).
    /// </summary>
    public static void CheckInputs(ConvolutionMode mode, IReadOnlyList<int> shape1, IReadOnlyList<int> shape2)
    {
        Preconditions.Defined(mode, nameof(mode));
        Preconditions.SameRank(shape1.Count, shape2.Count, "in1", "in2");
        Preconditions.NotEmpty(shape1, "in1");
        Preconditions.NotEmpty(shape2, "in2");
        if (mode != ConvolutionMode.Valid) return;
        var firstCovers = true;
        var secondCovers = true;
        for (var d = 0; d < shape1.Count; d++)
        {
            firstCovers &= shape1[d] >= shape2[d];
            secondCovers &= shape2[d] >= shape1[d];
        }
        Preconditions.Require(firstCovers || secondCovers, "in2",
            "valid mode needs one input at least as large as the other in every axis "
            + $"(got {ShapeText.Of(shape1)} and {ShapeText.Of(shape2)})");
    }
}
