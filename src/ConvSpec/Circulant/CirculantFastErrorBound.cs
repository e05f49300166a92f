using System.Numerics;
using ConvSpec.Fourier;
using ConvSpec.Validation;

namespace ConvSpec.Circulant;

/// <summary>
/// Bounds on the residuals of <see cref="CirculantMatrix.Fast.Inverse"/> and <see cref="CirculantMatrix.Fast.Solve"/>
/// (FFTs), the argument of <see cref="CirculantErrorBound"/> with the FFT's normwise bounds in place of the O(n²)
/// sums' elementwise ones. η = ε_n √n ‖c‖₂ (<see cref="DftFastErrorBound.Forward"/>) bounds ‖λ̂ − λ‖₂, so every
/// |λ̂_k − λ_k|; |λ̂_k| &gt; η is required. The reciprocal r̂_k has relative error ρ = γ₄
/// (<see cref="CirculantErrorBound.ReciprocalError"/>). The inverse FFT of length n has relative 2-norm error ε'_n
/// (<see cref="DftFastErrorBound.PassRelative"/>) and ‖F⁻¹v‖₂ = ‖v‖₂/√n, ‖F⁻¹v‖_∞ ≤ ‖v‖₁/n.
/// <para>
/// Inverse: C(c)C(ẑ) − I is the circulant of c ⊛ (ẑ − z*), entries at most ‖c‖₁ ‖ẑ − z*‖_∞ with
/// ‖ẑ − z*‖_∞ ≤ ε'_n ‖r̂‖₂/√n + (1/n) Σ_k (ρ/|λ̂_k| + η/(|λ̂_k|(|λ̂_k| − η))), ‖r̂‖₂ ≤ √(Σ_k ((1 + ρ)/|λ̂_k|)²).
/// </para>
/// <para>
/// Solve: q̂_k = fl(β̂_k r̂_k), β̂ = FFT(b) with |β̂_k − β_k| ≤ η_b = ε_n √n ‖b‖₂; C x̂ − b has entries at most
/// ‖c‖₁ (ε'_n ‖q̂‖₂/√n + (1/n) Σ_k |q̂_k − β_k/λ_k|), |q̂_k − β_k/λ_k| ≤ g|β̂_k|/|λ̂_k| + η_b/|λ̂_k| +
/// (|β̂_k| + η_b) η/(|λ̂_k|(|λ̂_k| − η)), g = (1 + ρ)(1 + √2γ₂) − 1, and |q̂_k| ≤ (1 + g)|β̂_k|/|λ̂_k|.
/// </para>
/// </summary>
public static class CirculantFastErrorBound
{
    /// <summary>η = ε_n √n ‖c‖₂: the bound on every |λ̂_k − λ_k| of the FFT eigenvalues.</summary>
    public static double EigenvalueError(Complex[] c)
    {
        Preconditions.NotNull(c, nameof(c));
        return DftFastErrorBound.Forward([c.Length], DftFastErrorBound.Norm2(c));
    }

    /// <summary>The bound on every entry of C(c) C(ẑ) − I for ẑ = <see cref="CirculantMatrix.Fast.Inverse"/>(c), given λ̂ = FFT(c).</summary>
    public static double InverseResidual(Complex[] c, Complex[] lambdaHat)
    {
        var (n, eta, norm1) = Setup(c, lambdaHat);
        var rho = CirculantErrorBound.ReciprocalError;
        double squares = 0, perturbation = 0;
        foreach (var l in lambdaHat.Select(z => z.Magnitude))
        {
            squares += Math.Pow((1 + rho) / l, 2);
            perturbation += rho / l + eta / (l * (l - eta));
        }
        var inverseFft = DftFastErrorBound.PassRelative(n, inverse: true) * Math.Sqrt(squares) / Math.Sqrt(n);
        return Up(norm1 * (inverseFft + perturbation / n));
    }

    /// <summary>The bound on every entry of C(c) x̂ − b for x̂ = <see cref="CirculantMatrix.Fast.Solve"/>(c, b), given λ̂ = FFT(c) and β̂ = FFT(b).</summary>
    public static double SolveResidual(Complex[] c, Complex[] lambdaHat, Complex[] b, Complex[] betaHat)
    {
        var (n, eta, norm1) = Setup(c, lambdaHat);
        CirculantErrorBound.CheckRightHandSide(n, b, betaHat);
        var etaB = DftFastErrorBound.Forward([n], DftFastErrorBound.Norm2(b));
        var g = CirculantErrorBound.QuotientError;
        double squares = 0, perturbation = 0;
        for (var k = 0; k < n; k++)
        {
            var (l, beta) = (lambdaHat[k].Magnitude, betaHat[k].Magnitude);
            squares += Math.Pow((1 + g) * beta / l, 2);
            perturbation += g * beta / l + etaB / l + (beta + etaB) * eta / (l * (l - eta));
        }
        var inverseFft = DftFastErrorBound.PassRelative(n, inverse: true) * Math.Sqrt(squares) / Math.Sqrt(n);
        return Up(norm1 * (inverseFft + perturbation / n));
    }

    private static (int N, double Eta, double Norm1) Setup(Complex[] c, Complex[] lambdaHat)
    {
        Preconditions.NotNull(c, nameof(c));
        Preconditions.NotNull(lambdaHat, nameof(lambdaHat));
        Preconditions.Require(lambdaHat.Length == c.Length, nameof(lambdaHat), "must have the length of c");
        var eta = EigenvalueError(c);
        foreach (var l in lambdaHat)
            Preconditions.Require(l.Magnitude > eta, nameof(lambdaHat), "every |λ̂_k| must exceed the FFT error bound η (else C is singular to working precision)");
        return (c.Length, eta, DftErrorBound.Norm1(c));
    }

    /// <summary>Rounds a bound computed in a few dozen floating-point operations up by a relative 2^−45.</summary>
    private static double Up(double bound) => bound * (1 + Math.ScaleB(1, -45));
}
