using System.Text.Json.Nodes;
using ConvSpec.Protocol;

namespace ConvSpec.Examples;

/// <summary>
/// What a candidate's answer is compared with: ConvSpec's own response when its registry has the op, else
/// (pooling, until that branch merges) <see cref="PoolReference"/>; with m_k and n for the error bound.
/// </summary>
public static class Reference
{
    public static (JsonObject Expected, TensorValue? Magnitude, int Terms, string Source, double[]? Precise) For(string op, JsonObject args)
    {
        if (op is "correlate2d" or "convolve2d")
        {
            var abs = (JsonObject)args.DeepClone();
            abs["in1"] = Wire.Json(Abs(Wire.Tensor(args["in1"]!)));
            abs["in2"] = Wire.Json(Abs(Wire.Tensor(args["in2"]!)));
            if (args["fillvalue"] is { } f) abs["fillvalue"] = Math.Abs((double)f);
            var m = Wire.ConvSpec(op, abs)["result"] is { } r ? Wire.Tensor(r) : null;
            var k = Wire.Tensor(args["in2"]!).Shape;
            return (Wire.ConvSpec(op, args), m, k[0] * k[1], "convspec", null);
        }
        if (op.Contains("Pool", StringComparison.Ordinal))
        {
            var (response, magnitude, terms, precise) = PoolReference.Evaluate(op, args);
            return Wire.ConvSpecHas(op)
                ? (Wire.ConvSpec(op, args), magnitude, terms, "convspec", null)
                : (response, magnitude, terms, "onnx-docs-reference", precise);
        }
        throw new NotSupportedException(op);
    }

    /// <summary>|t| elementwise as float64 (complex: the modulus).</summary>
    public static TensorValue Abs(TensorValue t) =>
        TensorValue.Real(DType.Float64, t.Shape, t.AsComplex().Data.Select(z => System.Numerics.Complex.Abs(z)).ToArray());
}
