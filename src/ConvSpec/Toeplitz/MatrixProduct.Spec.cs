using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Toeplitz;

/// <summary>The matrix–vector product y = A x that turns a convolution matrix back into a convolution.</summary>
public static partial class MatrixProduct
{
    /// <summary>The sum of the definition, exact on exact element types.</summary>
    public static partial class Spec
    {
        /// <summary>y = A x for an R × C matrix A and a vector x of length C.</summary>
        /// <remarks>y_i = Σ_{j=0}^{C−1} A[i,j] x_j, summed in order of j; integer overflow throws.</remarks>
        [SpecOnly("the reference product that checks matrix constructions; fast convolution never forms the matrix")]
        public static T[] Times<T>(NdArray<T> a, T[] x)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Preconditions.NotNull(a, nameof(a));
            Preconditions.NotNull(x, nameof(x));
            Preconditions.Require(a.Rank == 2, nameof(a), $"must be a matrix (rank 2) (got rank {a.Rank})");
            Preconditions.Require(a.Shape[1] == x.Length, nameof(x),
                $"must have one element per column of a (got {x.Length} for {a.Shape[1]} columns)");
            return OverflowGuard.Run("matrix product", () =>
            {
                var y = new T[a.Shape[0]];
                for (var i = 0; i < y.Length; i++)
                {
                    var sum = T.AdditiveIdentity;
                    for (var j = 0; j < x.Length; j++) sum = checked(sum + a[i, j] * x[j]);
                    y[i] = sum;
                }
                return y;
            });
        }
    }
}
