using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Convolution;

/// <summary>Discrete convolution c = a ∗ b, in 1-D and N-D, with SciPy's modes.</summary>
public static partial class Convolve
{
    /// <summary>The formulas of the notes, written as loops over their summation indices.</summary>
    public static partial class Spec
    {
        /// <summary>1-D full convolution of two sequences.</summary>
        /// <remarks>
        /// Notes, "The Convolution Operation", discrete case: for a = (a_0, ..., a_{m−1}) and
        /// b = (b_0, ..., b_{n−1}), c = (c_0, ..., c_{n+m−2}) with
        /// c_k = Σ_{i=0}^{k} a_i b_{k−i}   (a_i = 0 for i ≥ m, b_j = 0 for j ≥ n).
        /// </remarks>
        public static T[] Full<T>(T[] a, T[] b)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Preconditions.NotNull(a, nameof(a));
            Preconditions.NotNull(b, nameof(b));
            Preconditions.Require(a.Length > 0, nameof(a), "must not be empty");
            Preconditions.Require(b.Length > 0, nameof(b), "must not be empty");
            return OverflowGuard.Run("convolve", () =>
            {
                var c = new T[OutputSize.Full(a.Length, b.Length)];
                for (var k = 0; k < c.Length; k++)
                {
                    var sum = T.AdditiveIdentity;
                    for (var i = 0; i <= k; i++)
                        if (i < a.Length && k - i < b.Length)
                            sum = checked(sum + a[i] * b[k - i]);
                    c[k] = sum;
                }
                return c;
            });
        }

        /// <summary>1-D convolution cropped to <paramref name="mode"/>, as <c>scipy.signal.convolve</c>.</summary>
        /// <remarks>
        /// full as in <see cref="Full{T}(T[], T[])"/>; valid and same are the centred crops of full of length
        /// max(m,n) − min(m,n) + 1 and m, starting at ⌊(m + n − 1 − length) / 2⌋.
        /// </remarks>
        public static T[] Apply<T>(T[] in1, T[] in2, ConvolutionMode mode)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Preconditions.NotNull(in1, nameof(in1));
            Preconditions.NotNull(in2, nameof(in2));
            return Apply(new NdArray<T>([in1.Length], in1), new NdArray<T>([in2.Length], in2), mode).Data;
        }

        /// <summary>N-D full convolution of two tensors of equal rank.</summary>
        /// <remarks>
        /// The discrete sum over every axis at once (the notes' 2-D form
        /// S(i,j) = Σ_m Σ_n I(m,n) K(i−m, j−n), for any rank):
        /// c[k] = Σ_{i ∈ idx(a)} a[i] · b[k − i],  k_d = 0 .. m_d + n_d − 2,
        /// terms whose b index falls outside b being zero. Rank 0 gives the product a·b.
        /// </remarks>
        public static NdArray<T> Full<T>(NdArray<T> a, NdArray<T> b)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Preconditions.NotNull(a, nameof(a));
            Preconditions.NotNull(b, nameof(b));
            var shape = OutputSize.Full(a.Shape, b.Shape);
            var bIndex = new int[a.Rank];
            // The element function is built outside OverflowGuard's lambda so that no delegate is created
            // (and cached by the compiler) inside another lambda: every branch of the method then runs.
            Func<int[], T> element = k =>
            {
                var sum = T.AdditiveIdentity;
                foreach (var i in IndexSpace.Of(a.Shape))
                {
                    for (var d = 0; d < bIndex.Length; d++) bIndex[d] = k[d] - i[d];
                    if (IndexSpace.Contains(b.Shape, bIndex))
                        sum = checked(sum + a[i] * b[bIndex]);
                }
                return sum;
            };
            return OverflowGuard.Create("convolve", shape, element);
        }

        /// <summary>N-D convolution cropped to <paramref name="mode"/>, as <c>scipy.signal.convolve</c>.</summary>
        /// <remarks>
        /// (in1 ∗ in2) in full mode, then the centred window of the mode's size per axis (see <see cref="Crop"/>).
        /// valid needs one input at least as large as the other on every axis; convolution commutes, so
        /// which one is larger does not change the result.
        /// </remarks>
        public static NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2, ConvolutionMode mode)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Preconditions.NotNull(in1, nameof(in1));
            Preconditions.NotNull(in2, nameof(in2));
            var shape = OutputSize.Of(mode, in1.Shape, in2.Shape);
            return Crop.Centred(Full(in1, in2), shape);
        }
    }
}
