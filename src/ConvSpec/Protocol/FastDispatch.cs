using System.Numerics;

namespace ConvSpec.Protocol;

/// <summary>
/// Runs a kernel of fast twins on wire tensors: int64 in Int128 with checked arithmetic (the fast twins are exact on
/// integers; the result is narrowed to int64, an overflow error if it does not fit); float32 and float64 in IEEE
/// double (float32 results rounded once to float); complex in double-precision Complex. Results are within the
/// error bound of the algorithm the kernel runs (docs/protocol.md), not correctly rounded.
/// </summary>
public static class FastDispatch
{
    /// <summary>The kernel's result on <paramref name="in1"/> and <paramref name="in2"/>, in their promoted dtype.</summary>
    public static TensorValue Run(TensorValue in1, TensorValue in2, IBinaryKernel kernel, string operation)
    {
        var dtype = DTypes.Promote(in1.DType, in2.DType);
        switch (dtype)
        {
            case DType.Int64:
            {
                var r = kernel.Apply(in1.AsInt64().Map(x => (Int128)x), in2.AsInt64().Map(x => (Int128)x));
                return TensorValue.Int64(r.Shape.ToArray(), Array.ConvertAll(r.Data, x => DTypeDispatch.Narrow(x, operation)));
            }
            case DType.Float32 or DType.Float64:
            {
                var r = kernel.Apply(in1.AsDouble(), in2.AsDouble());
                return TensorValue.Real(dtype, r.Shape.ToArray(), r.Data);
            }
            default:
            {
                var r = kernel.Apply(in1.AsComplex(), in2.AsComplex());
                return TensorValue.Complex(dtype, r.Shape.ToArray(), r.Data);
            }
        }
    }
}

/// <summary>The wire names of <see cref="Convolution.Method"/>: auto, direct, fft, spec, the members' names in lower case.</summary>
internal static class MethodText
{
    /// <summary>The method a wire name names; <paramref name="text"/> is one of the four (EvalArgs.Choice admits no other).</summary>
    public static Convolution.Method Parse(string text) => Enum.Parse<Convolution.Method>(text, ignoreCase: true);
}
