using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConvSpec.Protocol;

namespace ConvSpec.Conformance;

/// <summary>Tensors as <see cref="JsonNode"/>s in the protocol's object form, both ways.</summary>
public static class WireTensor
{
    /// <summary>The object form {"dtype", "shape", "data"} of <paramref name="tensor"/>.</summary>
    public static JsonNode ToNode(TensorValue tensor)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) TensorJson.Write(writer, tensor);
        return JsonNode.Parse(Encoding.UTF8.GetString(stream.ToArray()))!;
    }

    /// <summary>The tensor argument <paramref name="name"/> of a request, named by its key in errors (absent: an ArgumentException).</summary>
    public static TensorValue Argument(JsonObject args, string name) => FromNode(args[name], name);

    /// <summary>Decodes a tensor in either protocol form; malformed input is an ArgumentException naming <paramref name="name"/>.</summary>
    public static TensorValue FromNode(JsonNode? node, string name)
    {
        if (node is null) throw new ArgumentException($"{name}: must be a tensor (got null)", name);
        using var document = JsonDocument.Parse(node.ToJsonString());
        return TensorJson.Read(document.RootElement, name);
    }

    /// <summary>True for a JSON object of the tensor object form.</summary>
    public static bool IsTensor(JsonNode? node) =>
        node is JsonObject o && o.ContainsKey("dtype") && o.ContainsKey("shape") && o.ContainsKey("data");

    /// <summary>The elementwise absolute value as float64 (exact for every float; int64 as doubles), for bound requests.</summary>
    public static TensorValue Absolute(TensorValue t) => t.Data switch
    {
        long[] l => TensorValue.Real(DType.Float64, t.Shape, Array.ConvertAll(l, x => Math.Abs((double)x))),
        double[] d => TensorValue.Real(DType.Float64, t.Shape, Array.ConvertAll(d, Math.Abs)),
        _ => TensorValue.Real(DType.Float64, t.Shape, Array.ConvertAll((Complex[])t.Data, Complex.Abs)),
    };

    /// <summary>Every element's magnitude as a double.</summary>
    public static double[] Magnitudes(TensorValue t) => Absolute(t).AsDouble().Data;

    /// <summary>The args with every tensor argument replaced by its absolute value (float64).</summary>
    public static JsonObject AbsoluteArgs(JsonObject args)
    {
        var copy = new JsonObject();
        foreach (var (key, value) in args)
            copy[key] = IsTensor(value) ? ToNode(Absolute(FromNode(value, key))) : value?.DeepClone();
        return copy;
    }
}
