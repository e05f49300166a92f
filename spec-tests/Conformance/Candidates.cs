using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>Deliberately wrong and misbehaving candidates for the conformance tests.</summary>
public static class Candidates
{
    /// <summary>The spec's own answer: a correct candidate.</summary>
    public static JsonNode? Correct(string op, JsonObject args) => CaseJudge.Reference(op, args);

    /// <summary>
    /// convolve with <c>same</c> centred one sample late for even kernels: the crop of full starts at
    /// ⌈(full − out)/2⌉ instead of ⌊(full − out)/2⌋ (the classic off-by-one of a hand-written 'same').
    /// </summary>
    public static JsonNode? OffByOneSame(string op, JsonObject args)
    {
        if (args["mode"]?.GetValue<string>() != "same") return Correct(op, args);
        var full = (JsonObject)args.DeepClone();
        full["mode"] = "full";
        var response = CaseJudge.Reference(op, full);
        if (response["result"] is not { } result) return Correct(op, args);
        var c = WireTensor.FromNode(result, "full");
        var in1 = WireTensor.FromNode(args["in1"], "in1");
        var start = c.Shape.Select((n, d) => (n - in1.Shape[d] + 1) / 2).ToArray();
        return WireTensor.ToNode(Crop(c, in1.Shape, start));
    }

    private static TensorValue Crop(TensorValue t, int[] shape, int[] start)
    {
        var strides = ConvSpec.Shapes.IndexSpace.RowMajorStrides(t.Shape);
        var from = ConvSpec.Shapes.IndexSpace.Of(shape).Select(i => i.Select((x, d) => (x + start[d]) * strides[d]).Sum()).ToArray();
        return t.Data switch
        {
            long[] l => TensorValue.Int64(shape, Array.ConvertAll(from, k => l[k])),
            double[] d => TensorValue.Real(t.DType, shape, Array.ConvertAll(from, k => d[k])),
            _ => TensorValue.Complex(t.DType, shape, Array.ConvertAll(from, k => ((System.Numerics.Complex[])t.Data)[k])),
        };
    }

    /// <summary>The spec's answer with every float element multiplied by (1 + <paramref name="relative"/>).</summary>
    public static Func<string, JsonObject, JsonNode?> Perturbed(double relative) => (op, args) =>
    {
        var response = CaseJudge.Reference(op, args);
        if (response["result"] is not { } result) return response;
        var t = WireTensor.FromNode(result, "result");
        return t.Data is double[] d
            ? WireTensor.ToNode(TensorValue.Real(t.DType, t.Shape, Array.ConvertAll(d, x => x * (1 + relative))))
            : response;
    };

    /// <summary>A shell command line for a child-process candidate.</summary>
    public static string Shell(string script) => "/bin/sh -c '" + script.Replace("'", "'\\''") + "'";
}
