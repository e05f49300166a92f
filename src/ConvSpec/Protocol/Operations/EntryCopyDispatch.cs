using System.Numerics;
using ConvSpec.Tensors;

namespace ConvSpec.Protocol.Operations;

/// <summary>A construction that only copies (and conjugates) entries: generic over the element type, no arithmetic.</summary>
public interface IEntryCopyKernel
{
    /// <summary>Builds the result for elements of type <typeparamref name="T"/>.</summary>
    NdArray<T> Apply<T>(NdArray<T> x) where T : IAdditiveIdentity<T, T>;
}

/// <summary>
/// Runs an entry-copying construction (a Toeplitz or circulant matrix) on a wire tensor in its own dtype:
/// int64 as long, float32/float64 as double, complex as Complex. Copies are exact, so the result has the
/// input's dtype and its exact values.
/// </summary>
public static class EntryCopyDispatch
{
    /// <summary>The kernel's result on <paramref name="x"/>, converted first to <paramref name="dtype"/> (default: x's own).</summary>
    public static TensorValue Run(TensorValue x, IEntryCopyKernel kernel, DType? dtype = null)
    {
        var type = dtype ?? x.DType;
        switch (type)
        {
            case DType.Int64:
            {
                var r = kernel.Apply(x.AsInt64());
                return TensorValue.Int64(r.Shape.ToArray(), r.Data);
            }
            case DType.Float32 or DType.Float64:
            {
                var r = kernel.Apply(x.AsDouble());
                return TensorValue.Real(type, r.Shape.ToArray(), r.Data);
            }
            default:
            {
                var r = kernel.Apply(x.AsComplex());
                return TensorValue.Complex(type, r.Shape.ToArray(), r.Data);
            }
        }
    }

    /// <summary>x's elements flattened to a vector, in row-major order (NumPy's ravel).</summary>
    public static T[] Ravel<T>(NdArray<T> x) => (T[])x.Data.Clone();
}
