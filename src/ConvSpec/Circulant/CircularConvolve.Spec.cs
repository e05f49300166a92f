using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Circulant;

/// <summary>
/// Circular (cyclic) convolution of two tensors of one shape: indices wrap around modulo each extent.
/// Notes: "Circular convolution uses circulant matrices instead of general Toeplitz matrices":
/// a ⊛ b = C(a) b with C the circulant matrix of a.
/// <code>
///   [1, 2, 3] ⊛ [1, 0, 1]:  k=0: 1·1 + 2·1 + 3·0 = 3    (b indices (0−0), (0−1) mod 3 = 2, (0−2) mod 3 = 1)
///                           k=1: 1·0 + 2·1 + 3·1 = 5
///                           k=2: 1·1 + 2·0 + 3·1 = 4    → [3, 5, 4]
/// </code>
/// </summary>
public static partial class CircularConvolve
{
    /// <summary>The cyclic sum of the definition, exact on exact element types.</summary>
    public static partial class Spec
    {
        /// <summary>1-D circular convolution of two vectors of one length.</summary>
        /// <remarks>(a ⊛ b)_k = Σ_{i=0}^{n−1} a_i b_{(k−i) mod n}, k = 0..n−1.</remarks>
        public static T[] Apply<T>(T[] in1, T[] in2)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Preconditions.NotNull(in1, nameof(in1));
            Preconditions.NotNull(in2, nameof(in2));
            return Apply(new NdArray<T>([in1.Length], in1), new NdArray<T>([in2.Length], in2)).Data;
        }

        /// <summary>N-D circular convolution of two tensors of one shape.</summary>
        /// <remarks>
        /// (a ⊛ b)[k] = Σ_{i ∈ idx(a)} a[i] · b[(k − i) mod n], the modulus taken per axis (n_d the extent of axis d);
        /// rank 0 gives the product a·b.
        /// </remarks>
        public static NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            CheckShapes(in1, in2);
            var shape = in1.Shape.ToArray();
            var bIndex = new int[shape.Length];
            Func<int[], T> element = k =>
            {
                var sum = T.AdditiveIdentity;
                foreach (var i in IndexSpace.Of(shape))
                {
                    for (var d = 0; d < shape.Length; d++) bIndex[d] = ((k[d] - i[d]) % shape[d] + shape[d]) % shape[d];
                    sum = checked(sum + in1[i] * in2[bIndex]);
                }
                return sum;
            };
            return OverflowGuard.Create("circular_convolve", shape, element);
        }

        /// <summary>The shared input rule: two non-empty tensors of the same shape.</summary>
        /// <remarks>shape(in1) = shape(in2), every extent ≥ 1 (rank 0 allowed).</remarks>
        [SpecOnly("validation shared by Spec and Fast")]
        public static void CheckShapes<T>(NdArray<T> in1, NdArray<T> in2)
        {
            Preconditions.NotNull(in1, nameof(in1));
            Preconditions.NotNull(in2, nameof(in2));
            Preconditions.SameRank(in1.Rank, in2.Rank, nameof(in1), nameof(in2));
            Preconditions.Require(in1.Shape.SequenceEqual(in2.Shape), nameof(in2),
                $"must have the same shape as in1 (got {ShapeText.Of(in1.Shape)} and {ShapeText.Of(in2.Shape)})");
            Preconditions.NotEmpty(in1.Shape, nameof(in1));
        }
    }
}
