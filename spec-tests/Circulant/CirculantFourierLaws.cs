using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Circulant;
using ConvSpec.Fourier;
using ConvSpec.SpecTests.Generators;
using ConvSpec.SpecTests.TestSupport;
using ConvSpec.Tensors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics.LinearAlgebra;

namespace ConvSpec.SpecTests.Circulant;

/// <summary>Laws linking circulant matrices and the DFT, each within a bound derived in its comment.</summary>
public class CirculantFourierLaws
{
    private static readonly double U = DftErrorBound.UnitRoundoff;

    /// <summary>Real integer first columns (MathNet's real EVD) and Gaussian-integer ones.</summary>
    private static Gen<Complex[]> Columns => Gen.Frequency(
        (1, TensorGen.Vector(8, Gen.Choose(-9, 9)).Select(v => v.Select(x => new Complex(x, 0)).ToArray())),
        (1, TensorGen.Vector(8, TensorGen.GaussianInteger)));

    /// <summary>
    /// F C F⁻¹ = diag(F c). Bound on each entry of the computed product Q̂ = fl(fl(F̂ C) F̂⁻¹), F̂ and F̂⁻¹ as built by the spec:
    /// |F̂ − F| ≤ μ and |F̂⁻¹ − F⁻¹| ≤ μ'/n with μ' = (1+μ)(1+u) − 1; a computed n-term complex product sum has
    /// |fl(AB) − AB| ≤ γ'|A||B| with γ' = (1+√2γ₂)(1+γ_{n−1}) − 1. Every column of C has 1-norm ‖c‖₁, so with
    /// a = γ'(1+μ) + μ: |P̂ − F C| ≤ a‖c‖₁, |P̂| ≤ (1+a)‖c‖₁, and
    /// |Q̂ − Λ| ≤ [γ'(1+a)(1+μ') + a(1+μ') + μ']‖c‖₁. The diagonal is compared with λ̂ = F̂ c, itself within θ(n)‖c‖₁ of λ.
    /// </summary>
    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Circulant_is_diagonalised_by_the_DFT() =>
        Prop.ForAll(Columns.ToArbitrary(), c =>
        {
            var n = c.Length;
            var (f, lambda, fInverse) = CirculantMatrix.Spec.Diagonalisation(c);
            var q = Multiply(Multiply(f, CirculantMatrix.Spec.Of(c)), fInverse);
            var (mu, muPrime, gamma) = (DftErrorBound.RootError, (1 + DftErrorBound.RootError) * (1 + U) - 1, ProductSumError(n));
            var a = gamma * (1 + mu) + mu;
            var norm1 = DftErrorBound.Norm1(c);
            var bound = (gamma * (1 + a) * (1 + muPrime) + a * (1 + muPrime) + muPrime) * norm1;
            var diagonalBound = bound + DftErrorBound.Forward([n], norm1);
            return Enumerable.Range(0, n).All(i => Enumerable.Range(0, n).All(j =>
                i == j ? Complex.Abs(q[i, i] - lambda[i, i]) <= diagonalBound : Complex.Abs(q[i, j]) <= bound));
        });

    /// <summary>
    /// The eigenvalues of C agree with MathNet.Numerics' eigenvalue decomposition, which knows nothing of the DFT.
    /// C is normal, so (Bauer–Fike with a unitary eigenvector matrix) each eigenvalue of C + E lies within ‖E‖₂ of one of C;
    /// a backward-stable Hessenberg–QR solver has ‖E‖₂ ≤ p(n)·u·‖C‖_F, for which we allow p(n) = 10n² (Golub and Van Loan
    /// leave p(n) a modest polynomial), ‖C‖_F = √n‖c‖₂. Our λ̂ adds θ(n)‖c‖₁. Both directions are checked, so the multisets match.
    /// </summary>
    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Circulant_eigenvalues_are_the_DFT_of_the_first_column_by_MathNet() =>
        Prop.ForAll(Columns.ToArbitrary(), c =>
        {
            var n = c.Length;
            var ours = CirculantMatrix.Spec.Eigenvalues(c);
            var theirs = MathNetEigenvalues(c);
            var frobenius = Math.Sqrt(n * c.Sum(z => z.Magnitude * z.Magnitude));
            var tolerance = 10.0 * n * n * U * frobenius + DftErrorBound.Forward([n], DftErrorBound.Norm1(c));
            return theirs.Length == n
                && ours.All(l => theirs.Any(m => Complex.Abs(l - m) <= tolerance))
                && theirs.All(m => ours.Any(l => Complex.Abs(l - m) <= tolerance));
        });

    /// <summary>
    /// C v_k = λ_k v_k for the Fourier mode v_k (|v_j| = 1). Computing C v̂ in double: |fl(C v̂) − C v̂| ≤ γ'(1+μ)‖c‖₁, |C(v̂ − v)| ≤ μ‖c‖₁;
    /// fl(λ̂ v̂) is within ((1+μ)(1+√2γ₂) − 1)|λ̂| + θ(n)‖c‖₁ of λ v.
    /// </summary>
    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Fourier_modes_are_eigenvectors_of_every_circulant() =>
        Prop.ForAll(Columns.ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (c, pick) =>
        {
            var n = c.Length;
            var k = pick % n;
            var v = CirculantMatrix.Spec.Eigenvector(n, k);
            var lambda = CirculantMatrix.Spec.Eigenvalues(c)[k];
            var cv = Multiply(CirculantMatrix.Spec.Of(c), new NdArray<Complex>([n, 1], v));
            var norm1 = DftErrorBound.Norm1(c);
            var mu = DftErrorBound.RootError;
            var bound = (ProductSumError(n) * (1 + mu) + mu) * norm1
                + ((1 + mu) * (1 + DftErrorBound.ProductError) - 1) * lambda.Magnitude + DftErrorBound.Forward([n], norm1);
            return Enumerable.Range(0, n).All(j => Complex.Abs(cv[j, 0] - lambda * v[j]) <= bound);
        });

    /// <summary>Convolution theorem: a ⊛ b = IDFT(DFT a · DFT b), within the bound derived in <see cref="ConvolutionTheoremBound"/>.</summary>
    [Property(MaxTest = 80 / CaseCount.Divisor)]
    public Property Circular_convolution_equals_the_inverse_DFT_of_the_product_of_DFTs() =>
        Prop.ForAll(MatrixGen.ComplexTensor(3, 5).SelectMany(a => TensorGen.Tensor(a.Shape.ToArray(), MatrixGen.ExactComplex).Select(b => (a, b))).ToArbitrary(), p =>
        {
            var (fa, fb) = (Dft.Spec.Forward(p.a), Dft.Spec.Forward(p.b));
            var product = new NdArray<Complex>(fa.Shape.ToArray(), fa.Data.Zip(fb.Data, (x, y) => x * y).ToArray());
            var viaDft = Dft.Spec.Inverse(product);
            var direct = CircularConvolve.Spec.Apply(p.a, p.b); // exact: Gaussian integers and 1/64 fractions, small sums
            var bound = ConvolutionTheoremBound(p.a, p.b, fa, fb, product);
            return viaDft.Data.Zip(direct.Data).All(t => Complex.Abs(t.First - t.Second) <= bound);
        });

    /// <summary>C(c) C(ẑ) = I within <see cref="CirculantErrorBound.InverseResidual"/>, the residual computed exactly.</summary>
    [Property(MaxTest = 80 / CaseCount.Divisor)]
    public Property Circulant_inverse_via_DFT_times_C_is_the_identity_within_bound() =>
        Prop.ForAll(Columns.ToArbitrary(), c =>
        {
            var lambda = CirculantMatrix.Spec.Eigenvalues(c);
            var eta = DftErrorBound.Forward([c.Length], DftErrorBound.Norm1(c));
            return Prop.When(lambda.All(l => l.Magnitude > 2 * eta), () =>
            {
                var z = CirculantMatrix.Spec.Inverse(c);
                var residual = ExactCircular(c, z);
                residual[0] = (residual[0].Re - Dyadic.FromInteger(1), residual[0].Im);
                var bound = CirculantErrorBound.InverseResidual(c, lambda);
                return residual.All(r => Magnitude(r) <= bound);
            });
        });

    /// <summary>C(c) x̂ = b within <see cref="CirculantErrorBound.SolveResidual"/>, the residual computed exactly.</summary>
    [Property(MaxTest = 80 / CaseCount.Divisor)]
    public Property Circulant_solve_via_DFT_has_a_residual_within_bound() =>
        Prop.ForAll(Columns.SelectMany(c => Gen.ArrayOf(MatrixGen.ExactComplex, c.Length).Select(b => (c, b))).ToArbitrary(), p =>
        {
            var lambda = CirculantMatrix.Spec.Eigenvalues(p.c);
            var eta = DftErrorBound.Forward([p.c.Length], DftErrorBound.Norm1(p.c));
            return Prop.When(lambda.All(l => l.Magnitude > 2 * eta), () =>
            {
                var x = CirculantMatrix.Spec.Solve(p.c, p.b);
                var residual = ExactCircular(p.c, x);
                var bound = CirculantErrorBound.SolveResidual(p.c, lambda, p.b, Dft.Spec.Forward(p.b));
                return residual.Select((r, k) => Magnitude((r.Re - Dyadic.FromDouble(p.b[k].Real), r.Im - Dyadic.FromDouble(p.b[k].Imaginary))))
                    .All(e => e <= bound);
            });
        });

    [Fact]
    public void A_singular_circulant_has_no_inverse()
    {
        Assert.Equal("c", Assert.ThrowsAny<ArgumentException>(() => CirculantMatrix.Spec.Inverse([1, 1])).ParamName);
        Assert.Equal("c", Assert.ThrowsAny<ArgumentException>(() => CirculantMatrix.Spec.Solve([1, 1, 1], [1, 2, 3])).ParamName);
    }

    [Fact] // an n × n circulant has the n modes k = 0..n−1
    public void Mode_indices_outside_0_to_n_minus_1_are_errors_naming_k()
    {
        Assert.Contains("must be in 0..2 (got -1)", Reject.Named<ArgumentException>("k", () => CirculantMatrix.Spec.Eigenvector(3, -1)).Message);
        Assert.Contains("must be in 0..2 (got 3)", Reject.Named<ArgumentException>("k", () => CirculantMatrix.Spec.Eigenvector(3, 3)).Message);
    }

    /// <summary>
    /// With δ_a = Forward(‖a‖₁), δ_b = Forward(‖b‖₁): P̂_k = fl(Â_k B̂_k) is within e_k = √2γ₂|Â_k||B̂_k| + |Â_k|δ_b + (|B̂_k| + δ_b)δ_a
    /// of A_k B_k, so IDFT(P̂) is within Σe_k/N of a ⊛ b, and the computed inverse adds Inverse(‖P̂‖₁).
    /// </summary>
    private static double ConvolutionTheoremBound(NdArray<Complex> a, NdArray<Complex> b, NdArray<Complex> fa, NdArray<Complex> fb, NdArray<Complex> product)
    {
        var (deltaA, deltaB) = (DftErrorBound.Forward(a.Shape, DftErrorBound.Norm1(a.Data)), DftErrorBound.Forward(b.Shape, DftErrorBound.Norm1(b.Data)));
        var sum = fa.Data.Zip(fb.Data, (x, y) =>
            DftErrorBound.ProductError * x.Magnitude * y.Magnitude + x.Magnitude * deltaB + (y.Magnitude + deltaB) * deltaA).Sum();
        return sum / a.Length + DftErrorBound.Inverse(a.Shape, DftErrorBound.Norm1(product.Data));
    }

    /// <summary>γ' = (1+√2γ₂)(1+γ_{n−1}) − 1: the relative error of each term of a computed n-term complex product sum.</summary>
    private static double ProductSumError(int n) => (1 + DftErrorBound.ProductError) * (1 + DftErrorBound.Gamma(n - 1)) - 1;

    /// <summary>The plain complex matrix product, each entry summed in order of the inner index.</summary>
    private static NdArray<Complex> Multiply(NdArray<Complex> a, NdArray<Complex> b) =>
        NdArray<Complex>.Create([a.Shape[0], b.Shape[1]], ij =>
        {
            var sum = Complex.Zero;
            for (var k = 0; k < a.Shape[1]; k++) sum += a[ij[0], k] * b[k, ij[1]];
            return sum;
        });

    private static Complex[] MathNetEigenvalues(Complex[] c)
    {
        var m = CirculantMatrix.Spec.Of(c);
        if (c.All(z => z.Imaginary == 0))
            return Matrix<double>.Build.Dense(c.Length, c.Length, (i, j) => m[i, j].Real).Evd().EigenValues.ToArray();
        return Matrix<Complex>.Build.Dense(c.Length, c.Length, (i, j) => m[i, j]).Evd().EigenValues.ToArray();
    }

    /// <summary>(c ⊛ z) exactly, as Dyadic real and imaginary parts: Re = cr⊛zr − ci⊛zi, Im = cr⊛zi + ci⊛zr.</summary>
    private static (Dyadic Re, Dyadic Im)[] ExactCircular(Complex[] c, Complex[] z)
    {
        Dyadic[] Part(Complex[] v, bool imaginary) => v.Select(x => Dyadic.FromDouble(imaginary ? x.Imaginary : x.Real)).ToArray();
        var (cr, ci, zr, zi) = (Part(c, false), Part(c, true), Part(z, false), Part(z, true));
        var (rr, ii, ri, ir) = (CircularConvolve.Spec.Apply(cr, zr), CircularConvolve.Spec.Apply(ci, zi),
            CircularConvolve.Spec.Apply(cr, zi), CircularConvolve.Spec.Apply(ci, zr));
        return Enumerable.Range(0, c.Length).Select(k => (rr[k] - ii[k], ri[k] + ir[k])).ToArray();
    }

    private static double Magnitude((Dyadic Re, Dyadic Im) z)
    {
        var (re, im) = (z.Re.ToDouble(), z.Im.ToDouble());
        return Math.Sqrt(re * re + im * im);
    }
}
