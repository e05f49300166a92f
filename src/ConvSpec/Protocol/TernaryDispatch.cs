using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Tensors;

namespace ConvSpec.Protocol;

/// <summary>A computation generic over the element type, given two tensors and an optional third of one element type.</summary>
public interface ITernaryKernel
{
    /// <summary>Computes the result for elements of type <typeparamref name="T"/>; <paramref name="in3"/> may be null.</summary>
    NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2, NdArray<T>? in3)
        where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>;
}

/// <summary>
/// <see cref="DTypeDispatch.Exact"/> for operations with a third, optional input (Conv's bias): the three dtypes
/// are promoted together, then the kernel runs exactly (int64 in checked Int128, finite floats in
/// <see cref="Dyadic"/> rounded once, non-finite floats in IEEE double, complex in double Complex).
/// </summary>
public static class TernaryDispatch
{
    /// <summary>The kernel's result on the inputs in their promoted dtype.</summary>
    public static TensorValue Exact(TensorValue in1, TensorValue in2, TensorValue? in3, ITernaryKernel kernel, string operation)
    {
        var dtype = in3 is null ? DTypes.Promote(in1.DType, in2.DType) : DTypes.Promote(in1.DType, in2.DType, in3.DType);
        switch (dtype)
        {
            case DType.Int64:
            {
                static NdArray<Int128> Wide(TensorValue t) => t.AsInt64().Map(x => (Int128)x);
                var r = kernel.Apply(Wide(in1), Wide(in2), in3 is null ? null : Wide(in3));
                return TensorValue.Int64(r.Shape.ToArray(), Array.ConvertAll(r.Data, x => DTypeDispatch.Narrow(x, operation)));
            }
            case DType.Float32 or DType.Float64:
            {
                var (a, b, c) = (in1.AsDouble(), in2.AsDouble(), in3?.AsDouble());
                if (a.Data.All(double.IsFinite) && b.Data.All(double.IsFinite) && (c is null || c.Data.All(double.IsFinite)))
                {
                    var r = kernel.Apply(a.Map(Dyadic.FromDouble), b.Map(Dyadic.FromDouble), c?.Map(Dyadic.FromDouble));
                    return TensorValue.Real(dtype, r.Shape.ToArray(),
                        Array.ConvertAll(r.Data, x => dtype == DType.Float32 ? x.ToSingle() : x.ToDouble()));
                }
                var ieee = kernel.Apply(a, b, c);
                return TensorValue.Real(dtype, ieee.Shape.ToArray(), ieee.Data);
            }
            default:
            {
                var r = kernel.Apply(in1.AsComplex(), in2.AsComplex(), in3?.AsComplex());
                return TensorValue.Complex(dtype, r.Shape.ToArray(), r.Data);
            }
        }
    }
}
