using System.Text.Json.Nodes;
using static ConvSpec.Vectors.VectorTensors;

namespace ConvSpec.Vectors;

/// <summary>
/// Cases for the data-free operations <c>output_shape</c> and <c>cost</c>: the notes' edge-detection figures,
/// the ONNX Conv documentation's shapes, SAME_UPPER/SAME_LOWER and random Conv geometries.
/// </summary>
public sealed class ShapeCaseSource : IVectorCaseSource
{
    public IReadOnlyList<string> Ops => ["output_shape", "cost"];

    public IEnumerable<VectorCase> Cases(string op, VectorRandom random, int count)
    {
        if (op == "cost")
            yield return new("example", "notes: 320x280 image, two-element edge kernel",
                new JsonObject { ["input_shape"] = List(280, 320), ["kernel_shape"] = List(1, 2) });
        else
            yield return new("example", "ONNX Conv docs: conv_with_strides_and_asymmetric_padding",
                Conv(List(1, 1, 7, 5), List(1, 1, 3, 3), new JsonObject { ["pads"] = List(1, 0, 1, 0), ["strides"] = List(2, 2) }));
        foreach (var autoPad in new[] { "SAME_UPPER", "SAME_LOWER", "VALID" })
            yield return new("edge", $"auto_pad {autoPad}, even kernel, stride 2",
                Conv(List(1, 1, 5, 5), List(1, 1, 2, 2), new JsonObject { ["auto_pad"] = autoPad, ["strides"] = List(2, 2) }));
        for (var i = 0; i < count; i++)
        {
            var (c, group) = (random.Int(1, 2) * 2, random.Pick(1, 2));
            var attributes = new JsonObject { ["strides"] = List(random.Int(1, 3), random.Int(1, 3)), ["dilations"] = List(random.Int(1, 2), random.Int(1, 2)), ["group"] = group };
            yield return new("random", "random Conv geometry",
                Conv(List(random.Int(1, 3), c, random.Int(5, 12), random.Int(5, 12)), List(2 * group, c / group, random.Int(1, 3), random.Int(1, 3)), attributes));
        }

        JsonObject Conv(JsonArray input, JsonArray weight, JsonObject attributes)
        {
            attributes["input_shape"] = input;
            attributes["weight_shape"] = weight;
            if (op == "output_shape") attributes["op"] = "Conv";
            return attributes;
        }
    }
}
