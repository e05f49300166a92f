using ConvSpec.Layers;

namespace ConvSpec.Protocol.Operations;

/// <summary>
/// Conv's output shape: args <c>input_shape</c> (N, C, D_1..D_k), <c>weight_shape</c> (M, C/group, K_1..K_k) and
/// Conv's attributes; N x M x O_1..O_k with O_a = ⌊(D_a + b_a + e_a − (K_a − 1)·d_a − 1)/s_a⌋ + 1.
/// </summary>
public sealed class ConvOutputShapeRule : IOutputShapeRule
{
    public string Name => "Conv";

    public int[] Shape(EvalArgs args)
    {
        var input = ConvArgs.Shape(args, "input_shape");
        var weight = ConvArgs.Shape(args, "weight_shape");
        return ConvGeometry.Resolve(input, weight, null, ConvArgs.Read(args)).OutputShape;
    }
}
