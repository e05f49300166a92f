using ConvSpec.Validation;

namespace ConvSpec.Continuous;

/// <summary>
/// The closed interval [Lo, Hi] outside which a function is zero; either end may be infinite.
/// <see cref="Whole"/> = (−∞, ∞) claims nothing.
/// </summary>
public readonly record struct Support
{
    /// <summary>The interval [<paramref name="lo"/>, <paramref name="hi"/>]; lo ≤ hi, neither NaN, lo ≠ +∞, hi ≠ −∞.</summary>
    public Support(double lo, double hi)
    {
        Preconditions.Require(!double.IsNaN(lo) && !double.IsNaN(hi), "support", $"ends must not be NaN (got [{lo}, {hi}])");
        Preconditions.Require(lo <= hi && lo != double.PositiveInfinity && hi != double.NegativeInfinity, "support",
            $"must be an interval lo ≤ hi (got [{lo}, {hi}])");
        (Lo, Hi) = (lo, hi);
    }

    /// <summary>The left end.</summary>
    public double Lo { get; }

    /// <summary>The right end.</summary>
    public double Hi { get; }

    /// <summary>(−∞, ∞).</summary>
    public static Support Whole => new(double.NegativeInfinity, double.PositiveInfinity);

    /// <summary>True when both ends are finite.</summary>
    public bool IsFinite => double.IsFinite(Lo) && double.IsFinite(Hi);

    /// <summary>{u : t − u ∈ this}: the support of u ↦ h(t − u) when this is h's support.</summary>
    public Support Reflected(double t) => new(t - Hi, t - Lo);

    /// <summary>The intersection with <paramref name="other"/>, or null when they are disjoint.</summary>
    public Support? Intersect(Support other)
    {
        var (lo, hi) = (Math.Max(Lo, other.Lo), Math.Min(Hi, other.Hi));
        return lo <= hi ? new Support(lo, hi) : null;
    }

    public override string ToString() => $"[{Lo}, {Hi}]";
}
