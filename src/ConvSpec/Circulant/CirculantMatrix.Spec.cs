using System.Numerics;
using ConvSpec.Fourier;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Circulant;

/// <summary>
/// Circulant matrices C(c), C[i,j] = c_{(i−j) mod n}: Toeplitz matrices whose every column is the previous one
/// rotated down by one (notes, "Circulant Matrices"). They are diagonalised by the DFT, C = F⁻¹ diag(F c) F, so
/// their eigenvalues are F c, their eigenvectors the Fourier modes, and inverses and solves cost DFTs.
/// <code>
///   C([1, 2, 3]) = | 1 3 2 |      eigenvalues F c = [6, −1.5+0.866i, −1.5−0.866i]
///                  | 2 1 3 |      eigenvector k:  v_j = e^{+2πi jk/n}
///                  | 3 2 1 |
/// </code>
/// </summary>
public static partial class CirculantMatrix
{
    /// <summary>The definitions, and the DFT formulas of the notes' diagonalisation.</summary>
    public static partial class Spec
    {
        /// <summary>The circulant matrix with first column <paramref name="c"/>, as <c>scipy.linalg.circulant(c)</c>.</summary>
        /// <remarks>C[i,j] = c_{(i−j) mod n}, n = len(c) (n = 0 gives the 0 × 0 matrix, as SciPy).</remarks>
        [SpecOnly("builds a matrix by copying entries; there is no arithmetic to make fast")]
        public static NdArray<T> Of<T>(T[] c)
        {
            Preconditions.NotNull(c, nameof(c));
            var n = c.Length;
            return NdArray<T>.Create([n, n], ij => c[((ij[0] - ij[1]) % n + n) % n]);
        }

        /// <summary>The eigenvalues of C(c), λ = F c, in the order of the Fourier modes k = 0..n−1.</summary>
        /// <remarks>
        /// λ_k = Σ_j c_j e^{−2πi jk/n}: since C v_k = λ_k v_k for v_k = <see cref="Eigenvector"/>(n, k),
        /// (C v_k)_i = Σ_j c_{(i−j) mod n} ω^{jk} = ω^{ik} Σ_m c_m ω^{−mk}, ω = e^{2πi/n}.
        /// </remarks>
        public static Complex[] Eigenvalues(Complex[] c)
        {
            CheckVector(c, nameof(c));
            return Dft.Spec.Forward(c);
        }

        /// <summary>The k-th Fourier mode, the eigenvector of every n × n circulant matrix for the eigenvalue (F c)_k.</summary>
        /// <remarks>(v_k)_j = e^{+2πi jk/n}, j = 0..n−1 (n times the k-th column of F⁻¹).</remarks>
        [SpecOnly("builds a vector of roots of unity; no arithmetic on data")]
        public static Complex[] Eigenvector(int n, int k)
        {
            Preconditions.AtLeast(n, 1, nameof(n));
            Preconditions.Require(k >= 0 && k < n, nameof(k), $"must be in 0..{n - 1} (got {k})");
            return Enumerable.Range(0, n).Select(j => RootOfUnity.Of((long)j * k, n, +1)).ToArray();
        }

        /// <summary>The three factors of C(c) = F⁻¹ diag(F c) F.</summary>
        /// <remarks>F[k,j] = e^{−2πi jk/n}, Λ = diag(λ), λ = F c, F⁻¹ = conj(F)/n.</remarks>
        [SpecOnly("builds the factor matrices for display and checking; fast code never forms them")]
        public static (NdArray<Complex> F, NdArray<Complex> Lambda, NdArray<Complex> FInverse) Diagonalisation(Complex[] c)
        {
            var lambda = Eigenvalues(c);
            var n = c.Length;
            var diagonal = NdArray<Complex>.Create([n, n], ij => ij[0] == ij[1] ? lambda[ij[0]] : Complex.Zero);
            return (Dft.Spec.Matrix(n), diagonal, Dft.Spec.InverseMatrix(n));
        }

        /// <summary>The first column z of C(c)⁻¹ (itself circulant, C(c)⁻¹ = C(z)), computed through the DFT.</summary>
        /// <remarks>
        /// z = F⁻¹ (1 ./ F c): C⁻¹ = F⁻¹ diag(1/λ) F is circulant with eigenvalues 1/λ_k. The matrix is singular to
        /// working precision, an error, when some computed |λ̂_k| is within the DFT's error bound η of zero.
        /// C(c) C(z) − I is bounded entrywise by <see cref="CirculantErrorBound.InverseResidual"/>.
        /// </remarks>
        public static Complex[] Inverse(Complex[] c)
        {
            var lambda = NonsingularEigenvalues(c);
            return Dft.Spec.Inverse(lambda.Select(Reciprocal).ToArray());
        }

        /// <summary>The solution x of C(c) x = b, computed through the DFT.</summary>
        /// <remarks>
        /// x = F⁻¹ ((F b) ./ (F c)), computed as F⁻¹((F b) · (1 ./ F c)); singular to working precision as in
        /// <see cref="Inverse"/>. C(c) x − b is bounded entrywise by <see cref="CirculantErrorBound.SolveResidual"/>.
        /// </remarks>
        public static Complex[] Solve(Complex[] c, Complex[] b)
        {
            var lambda = NonsingularEigenvalues(c);
            CheckVector(b, nameof(b));
            Preconditions.Require(b.Length == c.Length, nameof(b), $"must have the length of c (got {b.Length} and {c.Length})");
            var beta = Dft.Spec.Forward(b);
            return Dft.Spec.Inverse(beta.Select((v, k) => v * Reciprocal(lambda[k])).ToArray());
        }

        /// <summary>λ = F c, every |λ̂_k| above the forward bound η = <see cref="DftErrorBound.Forward"/>(n, ‖c‖₁).</summary>
        private static Complex[] NonsingularEigenvalues(Complex[] c)
        {
            var lambda = Eigenvalues(c);
            var eta = DftErrorBound.Forward([c.Length], DftErrorBound.Norm1(c));
            for (var k = 0; k < lambda.Length; k++)
                Preconditions.Require(lambda[k].Magnitude > eta, nameof(c),
                    $"the circulant matrix is singular to working precision: eigenvalue {k} is {lambda[k]}, "
                    + $"within the DFT error bound {eta:G3} of zero");
            return lambda;
        }

        /// <summary>1/z = conj(z')·s / |z'|² with z' = z·s and s a power of two bringing max(|Re|, |Im|) near 1 (exact scaling).</summary>
        private static Complex Reciprocal(Complex z)
        {
            var e = Math.ILogB(Math.Max(Math.Abs(z.Real), Math.Abs(z.Imaginary)));
            var (a, b) = (Math.ScaleB(z.Real, -e), Math.ScaleB(z.Imaginary, -e));
            var d = a * a + b * b;
            return new Complex(Math.ScaleB(a / d, -e), Math.ScaleB(-b / d, -e));
        }

        private static void CheckVector(Complex[] v, string name)
        {
            Preconditions.NotNull(v, name);
            Preconditions.Require(v.Length > 0, name, "must not be empty");
        }
    }
}
