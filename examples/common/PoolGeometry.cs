using System.Text.Json.Nodes;
using ConvSpec.Shapes;

namespace ConvSpec.Examples;

/// <summary>
/// ONNX's window attributes for one request, resolved per spatial axis: kernel_shape, strides (default 1),
/// dilations (default 1) and the leading pads (explicit <c>pads</c> [b_1..b_r, e_1..e_r] or from auto_pad).
/// </summary>
public sealed record PoolGeometry(int[] Kernel, int[] Strides, int[] Dilations, int[] Begin)
{
    /// <summary>The cells one window spans on <paramref name="axis"/>: (K − 1)·d + 1.</summary>
    public int Span(int axis) => (Kernel[axis] - 1) * Dilations[axis] + 1;

    /// <summary>An integer attribute however it was built (int, long or parsed JSON).</summary>
    public static int Int(JsonNode node) => checked((int)long.Parse(node.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The attributes of <paramref name="args"/> for the spatial <paramref name="extents"/> (r axes).</summary>
    public static PoolGeometry Pads(JsonObject args, int r, int[] extents)
    {
        int[] Ints(string name, int fallback, int count) =>
            args[name] is JsonArray a ? a.Select(v => Int(v!)).ToArray() : Enumerable.Repeat(fallback, count).ToArray();
        var (kernel, strides, dilations, pads) = (Ints("kernel_shape", 1, r), Ints("strides", 1, r), Ints("dilations", 1, r), Ints("pads", 0, 2 * r));
        var autoPad = AutoPadNames.Parse((string?)args["auto_pad"] ?? "NOTSET");
        var begin = new int[r];
        for (var d = 0; d < r; d++)
            begin[d] = WindowOutputSize.Pads(autoPad, extents[d], kernel[d], strides[d], dilations[d], pads[d], pads[d + r]).Begin;
        return new(kernel, strides, dilations, begin);
    }

    /// <summary>This 1-D geometry as 2-D with a leading axis of extent 1 (kernel 1, stride 1, no pad).</summary>
    public PoolGeometry WithLeadingUnitAxis() => new([1, .. Kernel], [1, .. Strides], [1, .. Dilations], [0, .. Begin]);
}
