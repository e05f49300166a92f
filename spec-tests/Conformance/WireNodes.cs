using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>Wire forms the checker's tests build: an int64 vector tensor and a response carrying a result.</summary>
public static class WireNodes
{
    /// <summary>{"dtype": "int64", "shape": [n], "data": [...]}.</summary>
    public static JsonNode Int64(params long[] data) => WireTensor.ToNode(TensorValue.Int64([data.Length], data));

    /// <summary>{"result": tensor}.</summary>
    public static JsonObject Result(TensorValue t) => new() { ["result"] = WireTensor.ToNode(t) };
}
