using System.Text.Json.Nodes;
using ConvSpec.Protocol;
using static ConvSpec.Vectors.VectorTensors;

namespace ConvSpec.Vectors;

/// <summary>
/// Cases for the ONNX operators <c>Conv</c>, <c>MaxPool</c>, <c>AveragePool</c>, <c>LpPool</c>,
/// <c>GlobalMaxPool</c>, <c>GlobalAveragePool</c> (ONNX attribute names): the ONNX documentation's
/// examples (conv_with_padding, maxpool_2d_ceil, ...), the edges (ceil_mode partial windows, SAME_UPPER vs
/// SAME_LOWER, groups, dilation, asymmetric pads, count_include_pad) and random 1-D and 2-D cases.
/// Inputs are float32, as ONNX Runtime's kernels take them.
/// </summary>
public sealed class OnnxCaseSource : IVectorCaseSource
{
    public IReadOnlyList<string> Ops => ["Conv", "MaxPool", "AveragePool", "LpPool", "GlobalMaxPool", "GlobalAveragePool", "GlobalLpPool"];

    public IEnumerable<VectorCase> Cases(string op, VectorRandom random, int count)
    {
        var fixedData = VectorRandom.For(0, op);
        var x55 = Json(TensorValue.Real(DType.Float32, [1, 1, 5, 5], Enumerable.Range(0, 25).Select(v => (double)v).ToArray()));
        if (op == "Conv")
        {
            var w = Json(TensorValue.Real(DType.Float32, [1, 1, 3, 3], Enumerable.Repeat(1.0, 9).ToArray()));
            yield return new("example", "ONNX Conv docs: conv_with_padding (5x5 arange, 3x3 ones, pads 1)",
                new JsonObject { ["X"] = x55.DeepClone(), ["W"] = w.DeepClone(), ["kernel_shape"] = List(3, 3), ["pads"] = List(1, 1, 1, 1) });
            yield return new("example", "ONNX Conv docs: conv_without_padding",
                new JsonObject { ["X"] = x55.DeepClone(), ["W"] = w.DeepClone(), ["kernel_shape"] = List(3, 3), ["pads"] = List(0, 0, 0, 0) });
            yield return new("example", "ONNX Conv docs: conv_with_strides_and_asymmetric_padding (7x5, strides 2, pads [1,0,1,0])",
                new JsonObject { ["X"] = Json(TensorValue.Real(DType.Float32, [1, 1, 7, 5], Enumerable.Range(0, 35).Select(v => (double)v).ToArray())),
                    ["W"] = w.DeepClone(), ["kernel_shape"] = List(3, 3), ["pads"] = List(1, 0, 1, 0), ["strides"] = List(2, 2) });
            foreach (var autoPad in new[] { "SAME_UPPER", "SAME_LOWER", "VALID" })
                yield return new("edge", $"auto_pad {autoPad}, even kernel, stride 2",
                    new JsonObject { ["X"] = x55.DeepClone(), ["W"] = Json(TensorValue.Real(DType.Float32, [1, 1, 2, 2], [1, 2, 3, 4])), ["auto_pad"] = autoPad, ["strides"] = List(2, 2) });
            yield return new("edge", "group 2, dilation 2, bias",
                new JsonObject { ["X"] = Random(fixedData, DType.Float32, 1, 4, 6, 6), ["W"] = Random(fixedData, DType.Float32, 4, 2, 2, 2),
                    ["B"] = Random(fixedData, DType.Float32, 4), ["group"] = 2, ["dilations"] = List(2, 2) });
        }
        else if (op.StartsWith("Global", StringComparison.Ordinal))
        {
            yield return new("example", $"ONNX {op} docs: 1x3x5x5", new JsonObject { ["X"] = Random(fixedData, DType.Float32, 1, 3, 5, 5) });
            yield return new("edge", $"{op} on a 1-D spatial input", new JsonObject { ["X"] = Random(fixedData, DType.Float32, 2, 2, 7) });
        }
        else
        {
            foreach (var c in PoolCases(op, x55)) yield return c;
        }
        for (var i = 0; i < count; i++) yield return RandomCase(op, random);
    }

    private static IEnumerable<VectorCase> PoolCases(string op, JsonNode x55)
    {
        JsonObject Pool(JsonObject attributes)
        {
            attributes["X"] = x55.DeepClone();
            if (op == "LpPool" && !attributes.ContainsKey("p")) attributes["p"] = 2;
            return attributes;
        }
        yield return new("example", $"ONNX {op} docs: 2-D default (kernel 2x2)", Pool(new() { ["kernel_shape"] = List(2, 2) }));
        yield return new("example", $"ONNX {op} docs: pads 2, kernel 5x5", Pool(new() { ["kernel_shape"] = List(5, 5), ["pads"] = List(2, 2, 2, 2) }));
        yield return new("edge", $"{op}: ceil_mode with a partial last window (kernel 3, stride 2)",
            Pool(new() { ["kernel_shape"] = List(3, 3), ["strides"] = List(2, 2), ["ceil_mode"] = 1 }));
        foreach (var autoPad in new[] { "SAME_UPPER", "SAME_LOWER" })
            yield return new("edge", $"{op}: auto_pad {autoPad}, kernel 2, stride 2", Pool(new() { ["kernel_shape"] = List(2, 2), ["strides"] = List(2, 2), ["auto_pad"] = autoPad }));
        yield return new("edge", $"{op}: asymmetric pads [1,0,0,1], dilation 2",
            Pool(new() { ["kernel_shape"] = List(2, 2), ["pads"] = List(1, 0, 0, 1), ["dilations"] = List(2, 2) }));
        if (op == "AveragePool")
            yield return new("edge", "AveragePool: count_include_pad 1 with pads 1", Pool(new() { ["kernel_shape"] = List(3, 3), ["pads"] = List(1, 1, 1, 1), ["count_include_pad"] = 1 }));
        if (op == "MaxPool")
            yield return new("edge", "MaxPool: storage_order 1 (column-major indices)", Pool(new() { ["kernel_shape"] = List(2, 2), ["storage_order"] = 1 }));
        if (op == "LpPool")
            yield return new("edge", "LpPool: p = 1", Pool(new() { ["kernel_shape"] = List(2, 2), ["p"] = 1 }));
    }

    private static VectorCase RandomCase(string op, VectorRandom random)
    {
        var spatial = random.Int(1, 2);
        var (n, c) = (random.Int(1, 2), random.Int(1, 3));
        var extents = Shape(random, spatial, 7).Select(e => e + 2).ToArray();
        var args = new JsonObject { ["X"] = Random(random, DType.Float32, [n, c, .. extents]) };
        if (op.StartsWith("Global", StringComparison.Ordinal)) return new("random", $"random {spatial}-D", args);
        var kernel = extents.Select(e => (long)random.Int(1, Math.Min(3, e))).ToArray();
        var strides = kernel.Select(_ => (long)random.Int(1, 2)).ToArray();
        args["kernel_shape"] = List(kernel);
        args["strides"] = List(strides);
        if (random.Coin()) args["pads"] = List(kernel.Concat(kernel).Select(k => (long)random.Int(0, (int)k - 1)).ToArray());
        if (op == "Conv")
        {
            var group = c > 1 && random.Coin() ? c : 1;
            var m = group * random.Int(1, 2);
            args["W"] = Random(random, DType.Float32, [m, c / group, .. kernel.Select(k => (int)k)]);
            if (group > 1) args["group"] = group;
            if (random.Coin()) args["B"] = Random(random, DType.Float32, m);
        }
        if (op is "MaxPool" or "AveragePool" && random.Coin()) args["ceil_mode"] = 1;
        if (op == "AveragePool" && random.Coin()) args["count_include_pad"] = 1;
        if (op == "LpPool") args["p"] = random.Pick(1, 2, 3);
        return new("random", $"random {spatial}-D, kernel [{string.Join(",", kernel)}], strides [{string.Join(",", strides)}]", args);
    }
}
