using System.Numerics;
using ConvSpec.Tensors;

namespace ConvSpec.Circulant;

/// <summary>
/// The cyclic sum (a ⊛ b)[k] = Σ_i a[i] b[(k − i) mod n] with flat indices: for each output k the input index i
/// runs in row-major order while the index of b, k − i per axis, steps down by one and wraps at zero, so no
/// modulus is taken in the inner loop. After n_d steps along axis d the index of b is back at k_d.
/// </summary>
internal static class CircularDirect
{
    public static NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2)
        where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
    {
        var shape = in1.Shape.ToArray();
        var (a, b) = (in1.Data, in2.Data);
        var (rank, n) = (shape.Length, a.Length);
        var strides = new int[rank];
        for (int d = rank - 1, s = 1; d >= 0; s *= shape[d], d--) strides[d] = s;
        var result = new T[n];
        var (i, j) = (new int[rank], new int[rank]);
        for (var k = 0; k < n; k++)
        {
            for (int d = rank - 1, rest = k; d >= 0; rest /= shape[d], d--) (i[d], j[d]) = (0, rest % shape[d]);
            var (bFlat, sum) = (k, T.AdditiveIdentity);
            for (var iFlat = 0; iFlat < n; iFlat++)
            {
                sum = checked(sum + a[iFlat] * b[bFlat]);
                for (var d = rank - 1; d >= 0; d--)
                {
                    if (j[d] == 0) { j[d] = shape[d] - 1; bFlat += (shape[d] - 1) * strides[d]; }
                    else { j[d]--; bFlat -= strides[d]; }
                    if (++i[d] < shape[d]) break;
                    i[d] = 0;
                }
            }
            result[k] = sum;
        }
        return new NdArray<T>(shape, result);
    }
}
