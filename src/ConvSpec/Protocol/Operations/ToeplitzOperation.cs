using System.Numerics;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Toeplitz;

namespace ConvSpec.Protocol.Operations;

/// <summary>
/// <c>toeplitz</c>: either the convolution (or correlation) matrix of a 1-D <c>kernel</c> for inputs of length
/// <c>n</c>, as <c>scipy.linalg.convolution_matrix(kernel, n, mode)</c>; or, given <c>c</c> (and optionally
/// <c>r</c>), <c>scipy.linalg.toeplitz(c, r)</c>.
/// </summary>
public sealed class ToeplitzOperation : IEvalOperation
{
    public string Name => "toeplitz";

    public EvalResult Evaluate(EvalArgs args)
    {
        var c = args.OptionalTensor("c");
        var r = args.OptionalTensor("r");
        var kernel = args.OptionalTensor("kernel");
        if (c is not null || r is not null)
        {
            foreach (var name in new[] { "kernel", "n", "mode", "kind" })
                if (args.Has(name))
                    throw new ArgumentException($"{name}: not allowed with c and r (give either c [, r] or kernel, n, mode, kind)", name);
            args.RejectUnknown();
            if (c is null) throw new ArgumentException("c: required when r is given", "c");
            OperationLimits.Matrix(Name, c.Length, (r ?? c).Length);
            return EvalResult.Of(FromColumnRow(c, r));
        }
        if (kernel is null) throw new ArgumentException("kernel: required argument of toeplitz is missing (or give c [, r])", "kernel");
        var n = args.Integer("n");
        var mode = ConvolutionModeNames.Parse(args.Choice("mode", "full", "full", "valid", "same"));
        var kind = ToeplitzKindNames.Parse(args.Choice("kind", "convolution", "convolution", "correlation"));
        args.RejectUnknown();
        if (kernel.Shape.Length != 1)
            throw new ArgumentException($"kernel: must be 1-D (got rank {kernel.Shape.Length})", "kernel");
        if (n < 1 || n != (int)n) throw new ArgumentException($"n: must be a positive integer (got {n})", "n");
        // full has m + n − 1 rows, past 2^31 − 1 when n is; counted in 64 bits so the limit, not an overflow, refuses it
        var m = kernel.Length;
        var rows = mode == ConvolutionMode.Full ? m - 1 + n : OutputSize.Of(mode, Math.Max(m, (int)n), Math.Min(m, (int)n));
        OperationLimits.Matrix(Name, m == 0 ? 0 : rows, n);
        return EvalResult.Of(EntryCopyDispatch.Run(kernel, new KernelMatrix((int)n, mode, kind)));
    }

    private static TensorValue FromColumnRow(TensorValue c, TensorValue? r)
    {
        var dtype = r is null ? c.DType : DTypes.Promote(c.DType, r.DType);
        if (r is null) return EntryCopyDispatch.Run(c, new Hermitian(), dtype);
        var column = EntryCopyDispatch.Run(c, new Identity(), dtype);
        return EntryCopyDispatch.Run(r, new ColumnRow(column), dtype);
    }

    private sealed record KernelMatrix(int N, ConvolutionMode Mode, ToeplitzKind Kind) : IEntryCopyKernel
    {
        public NdArray<T> Apply<T>(NdArray<T> x) where T : IAdditiveIdentity<T, T> =>
            ToeplitzMatrix.Spec.Of(x.Data, N, Mode, Kind);
    }

    private sealed class Hermitian : IEntryCopyKernel
    {
        public NdArray<T> Apply<T>(NdArray<T> x) where T : IAdditiveIdentity<T, T> =>
            ToeplitzMatrix.Spec.FromColumn(EntryCopyDispatch.Ravel(x));
    }

    private sealed class Identity : IEntryCopyKernel
    {
        public NdArray<T> Apply<T>(NdArray<T> x) where T : IAdditiveIdentity<T, T> => x;
    }

    /// <summary>Pairs the already converted column with the row, both in the row's element type.</summary>
    private sealed record ColumnRow(TensorValue Column) : IEntryCopyKernel
    {
        public NdArray<T> Apply<T>(NdArray<T> row) where T : IAdditiveIdentity<T, T>
        {
            var column = (T[])Column.Data;
            return ToeplitzMatrix.Spec.FromColumnRow(column, EntryCopyDispatch.Ravel(row));
        }
    }
}
