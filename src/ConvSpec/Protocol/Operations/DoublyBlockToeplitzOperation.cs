using System.Numerics;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Toeplitz;

namespace ConvSpec.Protocol.Operations;

/// <summary>
/// <c>doubly_block_toeplitz</c>: the matrix H of an N-D <c>kernel</c> for inputs of <c>input_shape</c> with
/// H vec(f) = vec(<c>scipy.signal.convolve(f, kernel, mode)</c>), vec row-major (the notes' construction).
/// </summary>
public sealed class DoublyBlockToeplitzOperation : IEvalOperation
{
    public string Name => "doubly_block_toeplitz";

    public EvalResult Evaluate(EvalArgs args)
    {
        var kernel = args.Tensor("kernel");
        var shape = args.IntegerList("input_shape") ?? throw new ArgumentException("input_shape: required argument of doubly_block_toeplitz is missing", "input_shape");
        var mode = ConvolutionModeNames.Parse(args.Choice("mode", "full", "full", "valid", "same"));
        args.RejectUnknown();
        var inputShape = shape.Select(d => d >= 1 && d == (int)d
            ? (int)d
            : throw new ArgumentException($"input_shape: extents must be positive integers (got {d})", "input_shape")).ToArray();
        if (inputShape.Length != kernel.Shape.Length)
            throw new ArgumentException(
                $"input_shape: must have one extent per kernel axis (got {inputShape.Length} extents for a rank-{kernel.Shape.Length} kernel)", "input_shape");
        var outShape = OutputSize.Of(mode, inputShape, kernel.Shape);
        OperationLimits.Matrix(Name, outShape.Aggregate(1L, (p, d) => p * d), inputShape.Aggregate(1L, (p, d) => p * d));
        return EvalResult.Of(EntryCopyDispatch.Run(kernel, new Builder(inputShape, mode)));
    }

    private sealed record Builder(int[] InputShape, ConvolutionMode Mode) : IEntryCopyKernel
    {
        public NdArray<T> Apply<T>(NdArray<T> x) where T : IAdditiveIdentity<T, T> =>
            DoublyBlockToeplitz.Spec.Of(x, InputShape, Mode);
    }
}
