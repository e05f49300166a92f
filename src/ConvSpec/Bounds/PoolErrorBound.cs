namespace ConvSpec.Bounds;

/// <summary>
/// Forward error bounds of the Fast pooling twins, in terms of the unit roundoff u (2^−53 for double, 2^−24 for
/// float) and γ_n = n·u / (1 − n·u) (Higham, Accuracy and Stability of Numerical Algorithms, Lemma 3.1).
/// Valid when no intermediate overflows.
/// </summary>
public static class PoolErrorBound
{
    /// <summary>Unit roundoff of double.</summary>
    public const double DoubleUnit = 1.0 / (1L << 53);

    /// <summary>Unit roundoff of float.</summary>
    public const double SingleUnit = 1.0 / (1 << 24);

    /// <summary>γ_n = n·u / (1 − n·u); n·u must be below 1.</summary>
    public static double Gamma(int n, double unit)
    {
        var nu = n * unit;
        if (nu >= 1) throw new ArgumentOutOfRangeException(nameof(n), n, $"n: n·u must be below 1 (got n = {n}, u = {unit})");
        return nu / (1 - nu);
    }

    /// <summary>
    /// Average of a box window by block running sums: each term passes through at most K_a − 1 additions per
    /// axis (it meets one block's suffix chain and one final addition, or one block's prefix chain), and one
    /// division, so Ŷ = Σ_i (x_i / m) Π_{t ≤ n}(1 + δ_it) with n = Σ_a (K_a − 1) + 1, |δ| ≤ u, and
    /// |Ŷ − Y| ≤ γ_n · Σ_window |x_i| / m, plus half the smallest subnormal (tiny) for an underflowing quotient.
    /// </summary>
    public static double Average(IReadOnlyList<int> kernel, double sumOfAbsolute, double divisor, double unit, double tiny)
    {
        var n = 1;
        foreach (var k in kernel) n += k - 1;
        return Gamma(n, unit) * sumOfAbsolute / divisor + tiny;
    }

    /// <summary>
    /// Lp pooling (|x|^p): the powers carry p − 1 roundings and the sums Σ_a (K_a − 1) more, all terms being
    /// non-negative, so Ŝ = S(1 + θ), |θ| ≤ γ_n with n = p − 1 + Σ_a (K_a − 1); then |(1 + θ)^(1/p) − 1| ≤ |θ|,
    /// and the root adds a relative error ρ (<paramref name="rootError"/>): |Ŷ − Y| ≤ ((1 + γ_n)(1 + ρ) − 1) · Y, the
    /// product formed as γ_n + ρ + γ_n·ρ (<see cref="ErrorBound.Compose"/>).
    /// </summary>
    public static double Lp(IReadOnlyList<int> kernel, int p, double exact, double unit, double rootError)
    {
        var n = p - 1;
        foreach (var k in kernel) n += k - 1;
        return ErrorBound.Compose(Gamma(n, unit), rootError) * Math.Abs(exact);
    }

    /// <summary>
    /// The relative error ρ of the root stage of <c>LpPool.Fast</c> on a power sum s: none for p = 1; otherwise
    /// the rounding to the output type (<paramref name="outputUnit"/>), plus Math.Sqrt/Math.Pow's error (at most
    /// 2·u_double), plus the error of the exponent fl(1/p) = (1/p)(1 + δ): s^(δ/p) − 1 ≤ 1.01·u_double·|ln s|/p.
    /// A zero sum has the exact root 0.
    /// </summary>
    public static double RootError(int p, double s, double outputUnit) =>
        p == 1 || s == 0 ? 0 : outputUnit + 2 * DoubleUnit + 1.01 * DoubleUnit * Math.Abs(Math.Log(s)) / p;

    /// <summary>
    /// Weighted average by direct sums with non-negative weights: N̂ = N + a, |a| ≤ γ_m·Σ|w x| (a dot product of
    /// m terms); Ŵ = W(1 + θ), |θ| ≤ γ_{m−1} (non-negative terms); Ŷ = (N̂/Ŵ)(1 + δ). Hence
    /// |Ŷ − Y| ≤ [γ_m(1 + u)·Σ|w x|/W + |Y|(u + γ_{m−1})] / (1 − γ_{m−1}), plus <paramref name="tiny"/> for underflow.
    /// </summary>
    public static double WeightedAverage(int cells, double sumOfAbsoluteProducts, double weight, double exact, double unit, double tiny)
    {
        var (gm, gm1) = (Gamma(cells, unit), Gamma(Math.Max(cells - 1, 0), unit));
        return (gm * (1 + unit) * sumOfAbsoluteProducts / weight + Math.Abs(exact) * (unit + gm1)) / (1 - gm1) + tiny;
    }
}
