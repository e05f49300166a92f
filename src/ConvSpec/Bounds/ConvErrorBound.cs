using ConvSpec.Validation;

namespace ConvSpec.Bounds;

/// <summary>
/// Forward error bounds of a convolution layer computed in floating point (Higham, Accuracy and Stability of
/// Numerical Algorithms, §3.1 and Lemma 3.1). Each output element is a sum of n = C/G·ΠK products plus the bias;
/// in any summation order, with or without fused multiply-adds,
/// <code>
///   |ĉ − c| ≤ γ_n · (Σ |W|·|X̃| + |B|),   γ_n = n·u / (1 − n·u),   n = C/G·ΠK + 1
/// </code>
/// with u the unit roundoff (2^−53 double, 2^−24 float), valid while n·u &lt; 1 and nothing overflows.
/// </summary>
public static class ConvErrorBound
{
    /// <summary>Unit roundoff of IEEE double, 2^−53.</summary>
    public const double DoubleUnitRoundoff = 1.0 / (1L << 53);

    /// <summary>Unit roundoff of IEEE single, 2^−24.</summary>
    public const double SingleUnitRoundoff = 1.0 / (1 << 24);

    /// <summary>γ_n = n·u / (1 − n·u); requires n ≥ 0 and n·u &lt; 1.</summary>
    public static double Gamma(int n, double unitRoundoff)
    {
        Preconditions.AtLeast(n, 0, nameof(n));
        Preconditions.Require(unitRoundoff > 0 && unitRoundoff < 1, nameof(unitRoundoff), $"must lie in (0, 1) (got {unitRoundoff})");
        var nu = n * unitRoundoff;
        Preconditions.Require(nu < 1, nameof(n), $"n·u must be below 1 for the bound to hold (got n = {n}, u = {unitRoundoff})");
        return nu / (1 - nu);
    }

    /// <summary>The number of rounded operations per output element, n = C/G·ΠK + 1 (the +1 for the bias).</summary>
    public static int Terms(int channelsPerGroup, IReadOnlyList<int> kernel)
    {
        long n = channelsPerGroup;
        foreach (var k in kernel) n = checked(n * k);
        return checked((int)(n + 1));
    }

    /// <summary>
    /// The bound γ_n·(magnitude) on one output element, with <paramref name="magnitude"/> = Σ|W|·|X̃| + |B|
    /// (the same layer evaluated on absolute values, computed exactly or rounded upward).
    /// </summary>
    public static double Element(int terms, double unitRoundoff, double magnitude) =>
        Gamma(terms, unitRoundoff) * magnitude;
}
