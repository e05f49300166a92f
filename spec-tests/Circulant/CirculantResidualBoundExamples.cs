using System.Numerics;
using ConvSpec.Circulant;
using ConvSpec.Fourier;

namespace ConvSpec.SpecTests.Circulant;

/// <summary>
/// The residual bounds of <see cref="CirculantErrorBound"/> (O(n²) DFT) and <see cref="CirculantFastErrorBound"/>
/// (FFT) written out from their summaries and compared bit for bit, each sum taken over k in order. With l_k = |λ̂_k|,
/// β_k = |β̂_k|, ρ = γ₄, g the quotient error, η the eigenvalue error bound of c and η_b that of b:
/// <list type="bullet">
/// <item>DFT inverse: ‖c‖₁ (θ'(n) Σ(1 + ρ)/l_k + Σ(ρ/l_k + η/(l_k(l_k − η)))) / n, η = θ(n)‖c‖₁;</item>
/// <item>DFT solve: ‖c‖₁ (θ'(n) Σ(1 + g)β_k/l_k + Σ(gβ_k/l_k + η_b/l_k + (β_k + η_b)η/(l_k(l_k − η)))) / n, η_b = θ(n)‖b‖₁;</item>
/// <item>FFT inverse: ‖c‖₁ (ε'_n √(Σ((1 + ρ)/l_k)²)/√n + Σ(ρ/l_k + η/(l_k(l_k − η)))/n) (1 + 2^−45), η = ε_n √n ‖c‖₂;</item>
/// <item>FFT solve: ‖c‖₁ (ε'_n √(Σ((1 + g)β_k/l_k)²)/√n + Σ(gβ_k/l_k + η_b/l_k + (β_k + η_b)η/(l_k(l_k − η)))/n) (1 + 2^−45).</item>
/// </list>
/// λ̂ and β̂ need not be the transforms of c and b: the bounds take any λ̂ with every l_k &gt; η. The examples put l_k far
/// above η, where the inverse transform's term and the perturbation terms are of like size, and just above η, where
/// η/(l_k(l_k − η)) dominates and η_b is of the size of β_k.
/// </summary>
public class CirculantResidualBoundExamples
{
    /// <summary>An example: c and b, and λ̂ and β̂ as functions of the bounds η and η_b of the transform under test.</summary>
    public sealed record Example(Complex[] C, Complex[] B, Func<double, Complex[]> Lambda, Func<double, Complex[]> Beta);

    private static readonly Dictionary<string, Example> Examples = new()
    {
        ["n = 8, eigenvalues of modulus 25 to 300, far above η"] = new(
            [3, -1, new(0, 2), 0.5, new(1, -1), 4, 0, -2],
            [1, 0.5, new(0, -0.25), 2, 0.125, 3, 1, -1],
            _ => [40, new(0, -25), new(13, 84), 60, new(7, -24), 300, -100, new(9, 40)],
            _ => [700, new(0, 30), -5000, new(12, 5), 900, 0.375, 64, 1e4]),
        ["n = 4, eigenvalues of modulus 1.8η to 5η, β̂ of the size of η_b"] = new(
            [1e3, -2e3, new(0, 500), 250],
            [3, new(0, -7), 0.5, 1],
            eta => [2 * eta, new(0, 3 * eta), new(1.5 * eta, eta), -5 * eta],
            etaB => [3 * etaB, etaB, new(0, 0.5 * etaB), 7 * etaB]),
        ["n = 64, eigenvalues 10⁴ to 6.4·10⁵, where θ'(n) and ε'_n outweigh ρ"] = new(
            [.. Enumerable.Range(1, 64).Select(j => new Complex(j % 7 - 3, j % 3))],
            [.. Enumerable.Range(1, 64).Select(j => new Complex(j % 5, -1))],
            _ => [.. Enumerable.Range(1, 64).Select(k => new Complex(1e4 * k, 3.0 * k))],
            _ => [.. Enumerable.Range(1, 64).Select(k => new Complex(1e6 * (k % 5 + 1), -7.0 * k))]),
    };

    public static TheoryData<string> Names => new(Examples.Keys);

    private static readonly double Rho = CirculantErrorBound.ReciprocalError;
    private static readonly double G = CirculantErrorBound.QuotientError;
    private static readonly double Up = 1 + Math.ScaleB(1, -45);

    [Theory]
    [MemberData(nameof(Names))]
    public void Dft_inverse_bound_is_the_inverse_transform_term_plus_the_reciprocal_perturbations(string name)
    {
        var x = Examples[name];
        var (n, norm1) = (x.C.Length, DftErrorBound.Norm1(x.C));
        var eta = DftErrorBound.Forward([n], norm1);
        var l = Moduli(x.Lambda(eta));
        double reciprocals = 0, perturbation = 0;
        foreach (var lk in l) reciprocals += (1 + Rho) / lk;
        foreach (var lk in l) perturbation += Rho / lk + eta / (lk * (lk - eta));
        Assert.Equal(norm1 * (DftErrorBound.InverseTermFactor(n) * reciprocals + perturbation) / n,
            CirculantErrorBound.InverseResidual(x.C, x.Lambda(eta)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Dft_solve_bound_is_the_inverse_transform_term_plus_the_quotient_perturbations(string name)
    {
        var x = Examples[name];
        var (n, norm1) = (x.C.Length, DftErrorBound.Norm1(x.C));
        var (eta, etaB) = (DftErrorBound.Forward([n], norm1), DftErrorBound.Forward([n], DftErrorBound.Norm1(x.B)));
        var (l, beta) = (Moduli(x.Lambda(eta)), Moduli(x.Beta(etaB)));
        double quotients = 0, perturbation = 0;
        for (var k = 0; k < n; k++)
        {
            quotients += (1 + G) * beta[k] / l[k];
            perturbation += G * beta[k] / l[k] + etaB / l[k] + (beta[k] + etaB) * eta / (l[k] * (l[k] - eta));
        }
        Assert.Equal(norm1 * (DftErrorBound.InverseTermFactor(n) * quotients + perturbation) / n,
            CirculantErrorBound.SolveResidual(x.C, x.Lambda(eta), x.B, x.Beta(etaB)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Fft_inverse_bound_is_the_inverse_fft_term_plus_the_reciprocal_perturbations_rounded_up(string name)
    {
        var x = Examples[name];
        var (n, norm1) = (x.C.Length, DftErrorBound.Norm1(x.C));
        var eta = DftFastErrorBound.Forward([n], DftFastErrorBound.Norm2(x.C));
        var l = Moduli(x.Lambda(eta));
        double squares = 0, perturbation = 0;
        foreach (var lk in l)
        {
            squares += Math.Pow((1 + Rho) / lk, 2);
            perturbation += Rho / lk + eta / (lk * (lk - eta));
        }
        var bound = norm1 * (DftFastErrorBound.PassRelative(n, inverse: true) * Math.Sqrt(squares) / Math.Sqrt(n) + perturbation / n);
        var actual = CirculantFastErrorBound.InverseResidual(x.C, x.Lambda(eta));
        Assert.Equal(bound * Up, actual);
        Assert.True(actual > bound, "rounded up");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Fft_solve_bound_is_the_inverse_fft_term_plus_the_quotient_perturbations_rounded_up(string name)
    {
        var x = Examples[name];
        var (n, norm1) = (x.C.Length, DftErrorBound.Norm1(x.C));
        var (eta, etaB) = (DftFastErrorBound.Forward([n], DftFastErrorBound.Norm2(x.C)), DftFastErrorBound.Forward([n], DftFastErrorBound.Norm2(x.B)));
        var (l, beta) = (Moduli(x.Lambda(eta)), Moduli(x.Beta(etaB)));
        double squares = 0, perturbation = 0;
        for (var k = 0; k < n; k++)
        {
            squares += Math.Pow((1 + G) * beta[k] / l[k], 2);
            perturbation += G * beta[k] / l[k] + etaB / l[k] + (beta[k] + etaB) * eta / (l[k] * (l[k] - eta));
        }
        var bound = norm1 * (DftFastErrorBound.PassRelative(n, inverse: true) * Math.Sqrt(squares) / Math.Sqrt(n) + perturbation / n);
        var actual = CirculantFastErrorBound.SolveResidual(x.C, x.Lambda(eta), x.B, x.Beta(etaB));
        Assert.Equal(bound * Up, actual);
        Assert.True(actual > bound, "rounded up");
    }

    /// <summary>The inverse FFT's pass error ε'_n = ε_n + u + ε_n u exceeds the forward ε_n at the lengths above.</summary>
    [Theory]
    [InlineData(4)]
    [InlineData(8)]
    [InlineData(64)]
    public void Inverse_fft_pass_error_exceeds_the_forward_one(int n) =>
        Assert.True(DftFastErrorBound.PassRelative(n, inverse: true) > DftFastErrorBound.PassRelative(n, inverse: false));

    private static double[] Moduli(Complex[] z) => [.. z.Select(v => v.Magnitude)];
}
