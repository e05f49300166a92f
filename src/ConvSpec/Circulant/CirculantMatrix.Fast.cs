using System.Numerics;
using ConvSpec.Fourier;
using ConvSpec.Validation;

namespace ConvSpec.Circulant;

public static partial class CirculantMatrix
{
    /// <summary>
    /// Optimized twins of <see cref="Spec"/>, same signatures: the diagonalisation C = F⁻¹ diag(F c) F with the
    /// FFT (<see cref="Fft"/>) in place of the O(n²) DFT sums, O(n log n). Errors:
    /// eigenvalues ‖λ̂ − λ‖₂ ≤ ε_n √n ‖c‖₂ (<see cref="DftFastErrorBound.Forward"/>); inverse and solve by their
    /// residuals, entrywise |C(c)C(ẑ) − I| ≤ <see cref="CirculantFastErrorBound.InverseResidual"/> and
    /// |C(c)x̂ − b| ≤ <see cref="CirculantFastErrorBound.SolveResidual"/>. Singular to working precision (an error)
    /// when some |λ̂_k| is within η = <see cref="CirculantFastErrorBound.EigenvalueError"/> of zero; η is the FFT's
    /// bound, not the O(n²) sums' one, so near that threshold the twins may disagree on which matrices are singular.
    /// </summary>
    public static partial class Fast
    {
        /// <summary>The eigenvalues of C(c), λ = F c, in the order of the Fourier modes k = 0..n−1.</summary>
        public static Complex[] Eigenvalues(Complex[] c)
        {
            CheckVector(c, nameof(c));
            return Fft.Forward(c);
        }

        /// <summary>The first column z of C(c)⁻¹, z = F⁻¹(1 ./ F c), by FFTs.</summary>
        public static Complex[] Inverse(Complex[] c)
        {
            var lambda = NonsingularEigenvalues(c);
            var r = new Complex[lambda.Length];
            for (var k = 0; k < r.Length; k++) r[k] = Reciprocal(lambda[k]);
            return Fft.Inverse(r);
        }

        /// <summary>The solution x of C(c) x = b, x = F⁻¹((F b) · (1 ./ F c)), by FFTs.</summary>
        public static Complex[] Solve(Complex[] c, Complex[] b)
        {
            var lambda = NonsingularEigenvalues(c);
            CheckVector(b, nameof(b));
            Preconditions.Require(b.Length == c.Length, nameof(b), $"must have the length of c (got {b.Length} and {c.Length})");
            var q = Fft.Forward(b);
            for (var k = 0; k < q.Length; k++) q[k] *= Reciprocal(lambda[k]);
            return Fft.Inverse(q);
        }

        /// <summary>λ̂ = FFT(c), every |λ̂_k| above η = <see cref="CirculantFastErrorBound.EigenvalueError"/>.</summary>
        private static Complex[] NonsingularEigenvalues(Complex[] c)
        {
            var lambda = Eigenvalues(c);
            var eta = CirculantFastErrorBound.EigenvalueError(c);
            for (var k = 0; k < lambda.Length; k++)
                Preconditions.Require(lambda[k].Magnitude > eta, nameof(c),
                    $"the circulant matrix is singular to working precision: eigenvalue {k} is {lambda[k]}, "
                    + $"within the FFT error bound {eta:G3} of zero");
            return lambda;
        }

        /// <summary>1/z = conj(z')·s / |z'|² with z' = z/s, s = 2^e bringing max(|Re|, |Im|) into [1, 2) (exact scaling).</summary>
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
