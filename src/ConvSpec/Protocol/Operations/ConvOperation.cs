using System.Numerics;
using ConvSpec.Layers;
using ConvSpec.Tensors;

namespace ConvSpec.Protocol.Operations;

/// <summary>
/// <c>Conv</c>: ONNX's Conv (X, W, optional B, kernel_shape, strides, pads, dilations, group, auto_pad) plus
/// PyTorch's padding_mode and <c>method</c> (<see cref="LayerMethod"/>), computed exactly by <see cref="Conv.Spec"/> and rounded once to the result dtype.
/// </summary>
public sealed class ConvOperation : IEvalOperation
{
    public string Name => "Conv";

    public EvalResult Evaluate(EvalArgs args)
    {
        var (x, w, b) = (args.Tensor("X"), args.Tensor("W"), args.OptionalTensor("B"));
        var attributes = ConvArgs.Read(args);
        var fast = LayerMethod.Fast(args);
        args.RejectUnknown();
        ConvArgs.CheckWork(ConvGeometry.Resolve(x.Shape, w.Shape, b?.Shape, attributes), Name);
        if (fast && LayerFast.Conv(x, w, b, attributes) is { } y) return EvalResult.Of(y);
        return EvalResult.Of(TernaryDispatch.Exact(x, w, b, new Kernel(attributes), Name));
    }

    private sealed record Kernel(ConvAttributes Attributes) : ITernaryKernel
    {
        public NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2, NdArray<T>? in3)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T> =>
            Conv.Spec.Apply(in1, in2, in3, Attributes);
    }
}
