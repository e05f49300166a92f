using System.Numerics;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Fourier;

/// <summary>
/// The discrete Fourier transform with NumPy's conventions (<c>numpy.fft.fft</c> / <c>fftn</c>): unnormalised
/// forward transform with e^{−2πi jk/n}, inverse with e^{+2πi jk/n} and the factor 1/n; N-D by applying the
/// 1-D transform along each requested axis in turn.
/// <code>
///   fft([1, 2, 3, 4]) = [10, −2+2i, −2, −2−2i]        ifft([0, 4, 0, 0]) = [1, i, −1, −i]
/// </code>
/// </summary>
public static partial class Dft
{
    /// <summary>The O(n²) sums of the definition, in double-precision complex arithmetic.</summary>
    public static partial class Spec
    {
        /// <summary>The forward DFT of a vector.</summary>
        /// <remarks>
        /// X_k = Σ_{j=0}^{n−1} x_j e^{−2πi jk/n}, k = 0..n−1 (notes: "circulant matrices ... can be diagonalized by a
        /// DFT"). Each element is within <see cref="DftErrorBound.Forward"/> of the exact sum.
        /// </remarks>
        public static Complex[] Forward(Complex[] x) => Forward(Vector(x, nameof(x)), null).Data;

        /// <summary>The inverse DFT of a vector, as <c>numpy.fft.ifft</c>.</summary>
        /// <remarks>x_j = (1/n) Σ_{k=0}^{n−1} X_k e^{+2πi jk/n}; within <see cref="DftErrorBound.Inverse"/> of the exact value.</remarks>
        public static Complex[] Inverse(Complex[] x) => Inverse(Vector(x, nameof(x)), null).Data;

        /// <summary>The forward DFT along <paramref name="axes"/> (null: every axis), as <c>numpy.fft.fftn(x, axes=axes)</c>.</summary>
        /// <remarks>
        /// For each axis a in order: X[.., k_a, ..] = Σ_{j=0}^{n_a−1} x[.., j, ..] e^{−2πi j k_a / n_a}. Negative axes
        /// count from the end; a repeated axis is transformed again (as NumPy does); an empty list copies x.
        /// </remarks>
        public static NdArray<Complex> Forward(NdArray<Complex> x, IReadOnlyList<int>? axes = null) => ByAxes(x, axes, -1);

        /// <summary>The inverse DFT along <paramref name="axes"/> (null: every axis), as <c>numpy.fft.ifftn(x, axes=axes)</c>.</summary>
        /// <remarks>For each axis a in order: x[.., j_a, ..] = (1/n_a) Σ_{k=0}^{n_a−1} X[.., k, ..] e^{+2πi k j_a / n_a}.</remarks>
        public static NdArray<Complex> Inverse(NdArray<Complex> x, IReadOnlyList<int>? axes = null) => ByAxes(x, axes, +1);

        /// <summary>The n × n DFT matrix F, so that F x = <see cref="Forward(Complex[])"/>(x).</summary>
        /// <remarks>F[k,j] = e^{−2πi jk/n}.</remarks>
        [SpecOnly("builds a matrix of roots of unity; fast transforms never form it")]
        public static NdArray<Complex> Matrix(int n)
        {
            Preconditions.AtLeast(n, 1, nameof(n));
            return NdArray<Complex>.Create([n, n], kj => RootOfUnity.Of((long)kj[0] * kj[1], n, -1));
        }

        /// <summary>The inverse DFT matrix F⁻¹ = conj(F)/n.</summary>
        /// <remarks>F⁻¹[j,k] = e^{+2πi jk/n} / n.</remarks>
        [SpecOnly("builds a matrix of roots of unity; fast transforms never form it")]
        public static NdArray<Complex> InverseMatrix(int n)
        {
            Preconditions.AtLeast(n, 1, nameof(n));
            return NdArray<Complex>.Create([n, n], jk => RootOfUnity.Of((long)jk[0] * jk[1], n, +1) / n);
        }

        /// <summary>Applies the 1-D transform of <paramref name="sign"/> along each axis in turn.</summary>
        private static NdArray<Complex> ByAxes(NdArray<Complex> x, IReadOnlyList<int>? axes, int sign)
        {
            Preconditions.NotNull(x, nameof(x));
            var result = new NdArray<Complex>(x.Shape.ToArray(), (Complex[])x.Data.Clone());
            foreach (var axis in DftAxes.Normalise(x.Shape, axes)) result = AlongAxis(result, axis, sign);
            return result;
        }

        /// <summary>y[.., k, ..] = s · Σ_j x[.., j, ..] e^{sign·2πi jk/n}, s = 1 (forward) or 1/n (inverse).</summary>
        private static NdArray<Complex> AlongAxis(NdArray<Complex> x, int axis, int sign)
        {
            var n = x.Shape[axis];
            var at = new int[x.Rank];
            return NdArray<Complex>.Create(x.Shape.ToArray(), k =>
            {
                k.CopyTo(at, 0);
                var sum = Complex.Zero;
                for (var j = 0; j < n; j++)
                {
                    at[axis] = j;
                    sum += x[at] * RootOfUnity.Of((long)j * k[axis], n, sign);
                }
                return sign == -1 ? sum : sum / n; // sign is −1 (forward) or +1 (inverse)
            });
        }

        private static NdArray<Complex> Vector(Complex[] x, string name)
        {
            Preconditions.NotNull(x, name);
            return new NdArray<Complex>([x.Length], x);
        }
    }
}
