using System.Text.Json;
using System.Text.Json.Nodes;
using ConvSpec.Protocol;
using ConvSpec.Vectors;

namespace ConvSpec.Examples;

/// <summary>Protocol tensors and responses as JSON nodes, and ConvSpec's own answer to a request.</summary>
public static class Wire
{
    /// <summary>A JSON tensor argument as a <see cref="TensorValue"/>.</summary>
    public static TensorValue Tensor(JsonNode node, string name = "tensor")
    {
        using var document = JsonDocument.Parse(node.ToJsonString());
        return TensorJson.Read(document.RootElement, name);
    }

    /// <summary>A tensor as JSON (object form).</summary>
    public static JsonNode Json(TensorValue tensor) => VectorTensors.Json(tensor);

    /// <summary>{"result": tensor}.</summary>
    public static JsonObject Result(TensorValue tensor) => new() { ["result"] = Json(tensor) };

    /// <summary>{"error": {"type", "message"}}.</summary>
    public static JsonObject Error(string type, string message) =>
        new() { ["error"] = new JsonObject { ["type"] = type, ["message"] = message } };

    /// <summary>True when ConvSpec's registry has <paramref name="op"/> (other ops arrive as the branches merge).</summary>
    public static bool ConvSpecHas(string op) => EvalOperations.All.ContainsKey(op);

    /// <summary>ConvSpec's response to (op, args), without the id.</summary>
    public static JsonObject ConvSpec(string op, JsonObject args)
    {
        var request = new JsonObject { ["id"] = 0, ["op"] = op, ["args"] = args.DeepClone() };
        var response = JsonNode.Parse(EvalServer.Respond(request.ToJsonString()))!.AsObject();
        response.Remove("id");
        return response;
    }
}
