using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Correlation;

/// <summary>
/// Cross-correlation, "the same as convolution but without flipping the kernel" (notes): what most
/// machine-learning libraries compute and call convolution. For complex data the second input is
/// conjugated, as in SciPy and NumPy.
/// </summary>
public static partial class Correlate
{
    /// <summary>The formulas of the notes, written as loops over their summation indices.</summary>
    public static partial class Spec
    {
        /// <summary>N-D full cross-correlation of two tensors of equal rank.</summary>
        /// <remarks>
        /// The notes' S(i,j) = Σ_m Σ_n I(i+m, j+n) K(m,n), extended to every lag at which the inputs overlap:
        /// r[k] = Σ_{n ∈ idx(b)} a[k + n − (N2 − 1)] · conj(b[n]),  k_d = 0 .. N1_d + N2_d − 2,
        /// terms whose a index falls outside a being zero. Equivalently r = a ∗ flip(conj(b)).
        /// </remarks>
        public static NdArray<T> Full<T>(NdArray<T> a, NdArray<T> b)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Preconditions.NotNull(a, nameof(a));
            Preconditions.NotNull(b, nameof(b));
            var shape = OutputSize.Full(a.Shape, b.Shape);
            var aIndex = new int[a.Rank];
            // The element function is built outside OverflowGuard's lambda so that no delegate is created
            // (and cached by the compiler) inside another lambda: every branch of the method then runs.
            Func<int[], T> element = k =>
            {
                var sum = T.AdditiveIdentity;
                foreach (var n in IndexSpace.Of(b.Shape))
                {
                    for (var d = 0; d < aIndex.Length; d++) aIndex[d] = k[d] + n[d] - (b.Shape[d] - 1);
                    if (IndexSpace.Contains(a.Shape, aIndex))
                        sum = checked(sum + a[aIndex] * Conjugation.Of(b[n]));
                }
                return sum;
            };
            return OverflowGuard.Create("correlate", shape, element);
        }

        /// <summary>N-D cross-correlation cropped to <paramref name="mode"/>, as <c>scipy.signal.correlate</c>.</summary>
        /// <remarks>
        /// r in full mode, then the centred window of the mode's size per axis, start ⌊(full − out)/2⌋.
        /// In valid mode with in2 the larger, this is the reversed, conjugated correlation of (in2, in1),
        /// which is what SciPy returns after swapping.
        /// </remarks>
        public static NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2, ConvolutionMode mode)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Preconditions.NotNull(in1, nameof(in1));
            Preconditions.NotNull(in2, nameof(in2));
            var shape = OutputSize.Of(mode, in1.Shape, in2.Shape);
            return Crop.Centred(Full(in1, in2), shape);
        }

        /// <summary>1-D cross-correlation, as <c>scipy.signal.correlate</c> on vectors.</summary>
        /// <remarks>r_k = Σ_n a_{k+n−(N2−1)} conj(b_n), cropped to <paramref name="mode"/> as in the N-D form.</remarks>
        public static T[] Apply<T>(T[] in1, T[] in2, ConvolutionMode mode)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Preconditions.NotNull(in1, nameof(in1));
            Preconditions.NotNull(in2, nameof(in2));
            return Apply(new NdArray<T>([in1.Length], in1), new NdArray<T>([in2.Length], in2), mode).Data;
        }
    }
}
