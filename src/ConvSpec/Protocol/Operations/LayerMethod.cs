namespace ConvSpec.Protocol.Operations;

/// <summary>
/// The <c>method</c> argument of the layer and pooling operations: <c>spec</c> (default) runs the exact spec;
/// <c>fast</c> and its synonym <c>direct</c> run the Fast twin (direct summation in the result dtype, judged by
/// the direct-summation bound; max/min pooling is exact either way); <c>auto</c> is <c>fast</c>.
/// The Fast twins compute float32 and float64 only: int64 inputs (and what a twin does not cover) always run the spec.
/// </summary>
public static class LayerMethod
{
    /// <summary>The accepted values.</summary>
    public static readonly string[] Names = ["spec", "fast", "direct", "auto"];

    /// <summary>True when the request asks for the Fast twin (method fast, direct or auto).</summary>
    public static bool Fast(EvalArgs args) => args.Choice("method", "spec", Names) != "spec";

    /// <summary>True when the request asks for the Fast twin and <paramref name="dtype"/> is one it computes.</summary>
    public static bool Fast(EvalArgs args, DType dtype) => Fast(args) && dtype is DType.Float32 or DType.Float64;
}
