using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Tensors;

namespace ConvSpec.Protocol;

/// <summary>A computation generic over the element type, given two tensors of one element type.</summary>
public interface IBinaryKernel
{
    /// <summary>Computes the result for elements of type <typeparamref name="T"/>.</summary>
    NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2)
        where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>;
}

/// <summary>
/// Runs a generic kernel on wire tensors in the element type that makes it exact:
/// int64 in Int128 with checked arithmetic, the result narrowed to int64 (an overflow error if it does not fit);
/// finite float32/float64 in <see cref="Dyadic"/>, rounded once to the result dtype (so the answer is the exact
/// result correctly rounded); floats with NaN or ±∞ in IEEE double arithmetic (NaN and ∞ propagate as in the
/// formula's order); complex in double-precision Complex.
/// </summary>
public static class DTypeDispatch
{
    /// <summary>The kernel's result on <paramref name="in1"/> and <paramref name="in2"/>, in their promoted dtype.</summary>
    public static TensorValue Exact(TensorValue in1, TensorValue in2, IBinaryKernel kernel, string operation)
    {
        var dtype = DTypes.Promote(in1.DType, in2.DType);
        switch (dtype)
        {
            case DType.Int64:
            {
                var r = kernel.Apply(in1.AsInt64().Map(x => (Int128)x), in2.AsInt64().Map(x => (Int128)x));
                return TensorValue.Int64(r.Shape.ToArray(), Array.ConvertAll(r.Data, x => Narrow(x, operation)));
            }
            case DType.Float32 or DType.Float64:
            {
                var (a, b) = (in1.AsDouble(), in2.AsDouble());
                if (a.Data.All(double.IsFinite) && b.Data.All(double.IsFinite))
                {
                    var r = kernel.Apply(a.Map(Dyadic.FromDouble), b.Map(Dyadic.FromDouble));
                    return TensorValue.Real(dtype, r.Shape.ToArray(),
                        Array.ConvertAll(r.Data, x => dtype == DType.Float32 ? x.ToSingle() : x.ToDouble()));
                }
                var ieee = kernel.Apply(a, b);
                return TensorValue.Real(dtype, ieee.Shape.ToArray(), ieee.Data);
            }
            default:
            {
                var r = kernel.Apply(in1.AsComplex(), in2.AsComplex());
                return TensorValue.Complex(dtype, r.Shape.ToArray(), r.Data);
            }
        }
    }

    /// <summary>x as int64, or an overflow error naming the operation.</summary>
    public static long Narrow(Int128 x, string operation) =>
        x >= long.MinValue && x <= long.MaxValue
            ? (long)x
            : throw new OverflowException($"{operation}: result element {x} does not fit in int64");
}
