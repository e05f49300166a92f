using System.Numerics;
using ConvSpec.Bounds;
using ConvSpec.Fourier;
using ConvSpec.Validation;

namespace ConvSpec.Circulant;

/// <summary>
/// Bounds on the residuals of the circulant inverse and solve computed through the O(n²) DFT
/// (<see cref="CirculantMatrix.Spec.Inverse"/>, <see cref="CirculantMatrix.Spec.Solve"/>), in terms of the computed
/// eigenvalues λ̂ = F̂ c and the DFT bounds of <see cref="DftErrorBound"/>. Let η = θ(n)‖c‖₁ bound |λ̂_k − λ_k|
/// and require |λ̂_k| &gt; η. The reciprocal r̂_k = fl(1/λ̂_k) has relative error ρ ≤ γ₄ (a squared modulus with
/// relative error γ₂, then one division per component, after an exact power-of-two scaling).
/// <para>
/// Inverse: ẑ = fl(F⁻¹ r̂) and the exact z* = F⁻¹(1/λ) satisfies c ⊛ z* = e₀, so C(c)C(ẑ) − I is the circulant
/// of c ⊛ (ẑ − z*) and each entry is at most ‖c‖₁ ‖ẑ − z*‖_∞, where
/// ‖ẑ − z*‖_∞ ≤ θ'(n)‖r̂‖₁/n + (1/n) Σ_k |r̂_k − 1/λ_k|  (‖F⁻¹v‖_∞ ≤ ‖v‖₁/n) and
/// |r̂_k − 1/λ_k| ≤ ρ/|λ̂_k| + η/(|λ̂_k|(|λ̂_k| − η))   (|1/λ̂ − 1/λ| = |λ − λ̂|/(|λ̂||λ|), |λ| ≥ |λ̂| − η).
/// </para>
/// <para>
/// Solve: x̂ = fl(F⁻¹ q̂), q̂_k = fl(β̂_k r̂_k), β̂ = F̂ b with |β̂_k − β_k| ≤ η_b = θ(n)‖b‖₁; C x* = b, so
/// C x̂ − b = C(x̂ − x*) has entries at most ‖c‖₁ ‖x̂ − x*‖_∞ ≤ ‖c‖₁ (θ'(n)‖q̂‖₁/n + (1/n) Σ_k |q̂_k − β_k/λ_k|), with
/// |q̂_k − β_k/λ_k| ≤ g|β̂_k|/|λ̂_k| + η_b/|λ̂_k| + (|β̂_k| + η_b) η/(|λ̂_k|(|λ̂_k| − η)), g = (1 + ρ)(1 + √2γ₂) − 1.
/// </para>
/// </summary>
public static class CirculantErrorBound
{
    /// <summary>ρ = γ₄, the relative error of the computed reciprocal of a complex number.</summary>
    public static double ReciprocalError => DftErrorBound.Gamma(4);

    /// <summary>g = (1 + ρ)(1 + √2γ₂) − 1, the relative error of a computed quotient β̂_k r̂_k, composed as ρ + √2γ₂ + ρ·√2γ₂.</summary>
    public static double QuotientError => ErrorBound.Compose(ReciprocalError, DftErrorBound.ProductError);

    /// <summary>The bound on every entry of C(c) C(ẑ) − I for the computed inverse column ẑ.</summary>
    public static double InverseResidual(Complex[] c, Complex[] lambdaHat)
    {
        var (n, eta, norm1) = Setup(c, lambdaHat);
        var reciprocals = lambdaHat.Sum(l => (1 + ReciprocalError) / l.Magnitude);
        var perturbation = lambdaHat.Sum(l => ReciprocalError / l.Magnitude + eta / (l.Magnitude * (l.Magnitude - eta)));
        return norm1 * (DftErrorBound.InverseTermFactor(n) * reciprocals + perturbation) / n;
    }

    /// <summary>The bound on every entry of C(c) x̂ − b for the computed solution x̂, given β̂ = F̂ b.</summary>
    public static double SolveResidual(Complex[] c, Complex[] lambdaHat, Complex[] b, Complex[] betaHat)
    {
        var (n, eta, norm1) = Setup(c, lambdaHat);
        CheckRightHandSide(n, b, betaHat);
        var etaB = DftErrorBound.Forward([n], DftErrorBound.Norm1(b));
        var g = QuotientError;
        double quotients = 0, perturbation = 0;
        for (var k = 0; k < n; k++)
        {
            var (l, beta) = (lambdaHat[k].Magnitude, betaHat[k].Magnitude);
            quotients += (1 + g) * beta / l;
            perturbation += g * beta / l + etaB / l + (beta + etaB) * eta / (l * (l - eta));
        }
        return norm1 * (DftErrorBound.InverseTermFactor(n) * quotients + perturbation) / n;
    }

    /// <summary>The solve bounds' b and β̂ = F̂ b: both given, both of the length n of c.</summary>
    internal static void CheckRightHandSide(int n, Complex[] b, Complex[] betaHat)
    {
        Preconditions.NotNull(b, nameof(b));
        Preconditions.NotNull(betaHat, nameof(betaHat));
        Preconditions.Require(b.Length == n, nameof(b), "must have the length of c");
        Preconditions.Require(betaHat.Length == n, nameof(betaHat), "must have the length of c");
    }

    private static (int N, double Eta, double Norm1) Setup(Complex[] c, Complex[] lambdaHat)
    {
        Preconditions.NotNull(c, nameof(c));
        Preconditions.NotNull(lambdaHat, nameof(lambdaHat));
        Preconditions.Require(lambdaHat.Length == c.Length, nameof(lambdaHat), "must have the length of c");
        var norm1 = DftErrorBound.Norm1(c);
        var eta = DftErrorBound.Forward([c.Length], norm1);
        foreach (var l in lambdaHat)
            Preconditions.Require(l.Magnitude > eta, nameof(lambdaHat), "every |λ̂_k| must exceed the DFT error bound η (else C is singular to working precision)");
        return (c.Length, eta, norm1);
    }
}
