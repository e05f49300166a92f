using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Padding;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.Correlation;

/// <summary>2-D cross-correlation with a boundary, as <c>scipy.signal.correlate2d</c>.</summary>
public static partial class Correlate2D
{
    /// <summary>The notes' cross-correlation formula over a boundary-extended input.</summary>
    public static partial class Spec
    {
        /// <summary>2-D cross-correlation of in1 (extended by <paramref name="boundary"/>) with conj(in2), cropped to <paramref name="mode"/>.</summary>
        /// <remarks>
        /// Notes: S(i,j) = Σ_m Σ_n I(i+m, j+n) K(m,n). With I = in1 read through the extension E, K = conj(in2)
        /// (M2 x N2) and the output origin at (−s_0, −s_1):
        /// out[i,j] = Σ_{m=0}^{M2−1} Σ_{n=0}^{N2−1} E(in1)[i − s_0 + m, j − s_1 + n] · conj(in2[m,n]),
        /// s = (M2−1, N2−1) for full, s = ((M2−1)/2, (N2−1)/2) for same (integer division). For an even kernel
        /// same therefore keeps the window of full starting at ⌈(M2−1)/2⌉, one later than <c>correlate</c>'s
        /// centred crop: correlate2d([1,2,3,4], [1,1], same) = [3,5,7,4], correlate(...) = [1,3,5,7].
        /// valid reads no boundary: s = 0 and out has size M1−M2+1; when in2 is the larger, SciPy swaps the
        /// inputs and reverses the result on both axes: out = reverse(Σ in2[i+m, j+n] conj(in1[m,n])).
        /// </remarks>
        public static NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2, ConvolutionMode mode,
            Boundary boundary = Boundary.Fill, T? fillvalue = default)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            TwoD.CheckInputs(in1, in2, mode, boundary);
            var swapped = mode == ConvolutionMode.Valid && in2.Shape[0] > in1.Shape[0] | in2.Shape[1] > in1.Shape[1];
            if (swapped) (in1, in2) = (in2, in1);
            var fill = fillvalue ?? T.AdditiveIdentity;
            var (m2, n2) = (in2.Shape[0], in2.Shape[1]);
            var s = mode switch
            {
                ConvolutionMode.Full => new[] { m2 - 1, n2 - 1 },
                ConvolutionMode.Same => new[] { (m2 - 1) / 2, (n2 - 1) / 2 },
                _ => new[] { 0, 0 },
            };
            var shape = OutputSize.Of(mode, in1.Shape, in2.Shape);
            // The element function is built outside OverflowGuard's lambda so that no delegate is created
            // (and cached by the compiler) inside another lambda: every branch of the method then runs.
            Func<int[], T> element = o =>
            {
                var sum = T.AdditiveIdentity;
                for (var m = 0; m < m2; m++)
                    for (var n = 0; n < n2; n++)
                        sum = checked(sum + TwoD.Read(in1, o[0] - s[0] + m, o[1] - s[1] + n, boundary, fill)
                                            * Conjugation.Of(in2[m, n]));
                return sum;
            };
            var result = OverflowGuard.Create("correlate2d", shape, element);
            return swapped ? NdArray<T>.Create(shape, o => result[shape[0] - 1 - o[0], shape[1] - 1 - o[1]]) : result;
        }
    }
}
