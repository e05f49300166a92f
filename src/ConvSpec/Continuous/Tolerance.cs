using ConvSpec.Validation;

namespace ConvSpec.Continuous;

/// <summary>
/// An error tolerance for a computed value v: an estimate with error e is accepted when
/// e ≤ max(Absolute, Relative · |v|).
/// </summary>
public readonly record struct Tolerance
{
    /// <summary>A tolerance with both parts non-negative and finite, not both zero.</summary>
    public Tolerance(double absolute, double relative)
    {
        Preconditions.Require(double.IsFinite(absolute) && absolute >= 0, "absolute", $"must be finite and ≥ 0 (got {absolute})");
        Preconditions.Require(double.IsFinite(relative) && relative >= 0, "relative", $"must be finite and ≥ 0 (got {relative})");
        Preconditions.Require(absolute > 0 || relative > 0, "absolute", "and relative must not both be zero");
        (Absolute, Relative) = (absolute, relative);
    }

    /// <summary>The absolute part.</summary>
    public double Absolute { get; }

    /// <summary>The relative part.</summary>
    public double Relative { get; }

    /// <summary>Absolute 1e−12, relative 1e−10.</summary>
    public static Tolerance Default => new(1e-12, 1e-10);

    /// <summary>max(Absolute, Relative · |value|): the largest error accepted for <paramref name="value"/>.</summary>
    public double For(double value) => Math.Max(Absolute, Relative * Math.Abs(value));
}

/// <summary>A computed value with an estimate of its error, and whether that estimate met the tolerance.</summary>
/// <param name="Value">The approximation.</param>
/// <param name="Error">The estimated absolute error (sum of the Gauss–Kronrod differences over the panels).</param>
/// <param name="Converged">True when Error ≤ the tolerance for Value.</param>
/// <param name="Evaluations">How many times the integrand was evaluated.</param>
public readonly record struct Estimate(double Value, double Error, bool Converged, int Evaluations);
