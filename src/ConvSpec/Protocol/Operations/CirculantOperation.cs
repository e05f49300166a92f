using System.Numerics;
using ConvSpec.Circulant;
using ConvSpec.Tensors;

namespace ConvSpec.Protocol.Operations;

/// <summary><c>circulant</c>: <c>scipy.linalg.circulant(c)</c>, C[i,j] = c[(i − j) mod n] with c raveled.</summary>
public sealed class CirculantOperation : IEvalOperation
{
    public string Name => "circulant";

    public EvalResult Evaluate(EvalArgs args)
    {
        var c = args.Tensor("c");
        args.RejectUnknown();
        OperationLimits.Matrix(Name, c.Length, c.Length);
        return EvalResult.Of(EntryCopyDispatch.Run(c, new Builder()));
    }

    private sealed class Builder : IEntryCopyKernel
    {
        public NdArray<T> Apply<T>(NdArray<T> x) where T : IAdditiveIdentity<T, T> =>
            CirculantMatrix.Spec.Of(EntryCopyDispatch.Ravel(x));
    }
}

/// <summary>
/// <c>circular_convolve</c>: (in1 ⊛ in2)[k] = Σ_i in1[i] in2[(k − i) mod n] per axis, for two tensors of one shape;
/// <c>method</c>: <c>spec</c> answers the exact result correctly rounded (see <see cref="DTypeDispatch"/>); <c>auto</c>
/// (the default) and <c>fft</c> run <see cref="CircularConvolve.Fast"/> (<see cref="FastDispatch"/>): the FFT for
/// floats and complex, within <see cref="CircularConvolveErrorBound"/>; int64 exact (an FFT rounded to integers where
/// its bound proves that exact, else the direct sum).
/// </summary>
public sealed class CircularConvolveOperation : IEvalOperation
{
    public string Name => "circular_convolve";

    public EvalResult Evaluate(EvalArgs args)
    {
        var (in1, in2) = (args.Tensor("in1"), args.Tensor("in2"));
        var spec = SpecMethod.Asked(args, "auto", "fft");
        args.RejectUnknown();
        if (spec || DTypes.Promote(in1.DType, in2.DType) == DType.Int64)
            OperationLimits.Work(Name, (Int128)in1.Length * in2.Length);
        return EvalResult.Of(spec
            ? DTypeDispatch.Exact(in1, in2, new Kernel(), Name)
            : FastDispatch.Run(in1, in2, new FastKernel(), Name));
    }

    private sealed class FastKernel : IBinaryKernel
    {
        public NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T> =>
            CircularConvolve.Fast.Apply(in1, in2);
    }

    private sealed class Kernel : IBinaryKernel
    {
        public NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T> =>
            CircularConvolve.Spec.Apply(in1, in2);
    }
}
