using System.Text.Json.Nodes;
using ConvSpec.Shapes;

namespace ConvSpec.Examples;

/// <summary>
/// ONNX's window attributes for Conv and the pools, resolved for one input shape (N, C, D_1..D_r):
/// kernel_shape, strides (default 1), dilations (default 1), pads [b_1..b_r, e_1..e_r] (default 0) or
/// auto_pad, ceil_mode; the output extents by the sliding-window law (ConvSpec.Shapes.WindowOutputSize).
/// </summary>
public sealed record PoolGeometry(int[] Kernel, int[] Strides, int[] Dilations, int[] Begin, int[] End, int[] Output,
    bool CeilMode, int Storage, bool CountIncludePad, double P)
{
    /// <summary>The cells one window spans on <paramref name="axis"/>: (K − 1)·d + 1.</summary>
    public int Span(int axis) => (Kernel[axis] - 1) * Dilations[axis] + 1;

    /// <summary>An integer attribute however it was built (int, long or parsed JSON).</summary>
    public static int Int(JsonNode node) => checked((int)long.Parse(node.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture));

    public static PoolGeometry From(JsonObject args, int[] xShape, int[]? kernelFromWeights = null)
    {
        var r = xShape.Length - 2;
        int[] Ints(string name, int fallback, int count) =>
            args[name] is JsonArray a ? a.Select(v => Int(v!)).ToArray() : Enumerable.Repeat(fallback, count).ToArray();
        var kernel = args["kernel_shape"] is JsonArray ? Ints("kernel_shape", 1, r) : kernelFromWeights ?? xShape[2..];
        var strides = Ints("strides", 1, r);
        var dilations = Ints("dilations", 1, r);
        var pads = Ints("pads", 0, 2 * r);
        var autoPad = AutoPadNames.Parse((string?)args["auto_pad"] ?? "NOTSET");
        var ceil = args["ceil_mode"] is { } cm && Int(cm) == 1;
        var (begin, end, output) = (new int[r], new int[r], new int[r]);
        for (var d = 0; d < r; d++)
        {
            (begin[d], end[d]) = WindowOutputSize.Pads(autoPad, xShape[d + 2], kernel[d], strides[d], dilations[d], pads[d], pads[d + r]);
            output[d] = autoPad is AutoPad.SameUpper or AutoPad.SameLower
                ? (xShape[d + 2] + strides[d] - 1) / strides[d]
                : WindowOutputSize.Of(xShape[d + 2], kernel[d], strides[d], dilations[d], begin[d], end[d], ceil);
        }
        return new(kernel, strides, dilations, begin, end, output, ceil, args["storage_order"] is { } so ? Int(so) : 0,
            args["count_include_pad"] is { } cip && Int(cip) == 1, args["p"] is { } p ? Int(p) : 2);
    }
}
