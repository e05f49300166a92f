using System.Text.Json.Nodes;
using ConvSpec.Examples;
using ConvSpec.Examples.OnnxRuntime;
using ConvSpec.Protocol;
using ConvSpec.Vectors;
using static ConvSpec.Vectors.VectorTensors;

// Judges ONNX Runtime's CPU kernels (Conv, MaxPool with Indices, AveragePool, LpPool, GlobalMaxPool,
// GlobalAveragePool) with a fixed seed over every combination of auto_pad, ceil_mode, stride, dilation and
// the op's own attributes. The expected answer is ConvSpec's when its registry has the op, else the ONNX
// operator documentation's semantics written out in ConvReference/PoolReference (marked in the table).
if (args is ["one", var oneOp, var oneArgs])
{
    // One request, for shrinking a disagreement by hand: prints ONNX Runtime's answer and the reference's.
    var request1 = JsonNode.Parse(oneArgs)!.AsObject();
    Console.WriteLine($"onnxruntime: {OrtCandidate.Answer(oneOp, request1).ToJsonString()}");
    try
    {
        var reference = oneOp == "Conv" && !Wire.ConvSpecHas("Conv") ? ConvReference.Evaluate(request1).Response : Reference.For(oneOp, request1).Expected;
        Console.WriteLine($"reference:   {reference.ToJsonString()}");
    }
    catch (ArgumentException e)
    {
        Console.WriteLine($"reference:   invalid_argument: {e.Message}");
    }
    return 0;
}
var seed = args.Length > 0 ? ulong.Parse(args[0]) : 2026UL;
var random = new VectorRandom(seed);
var tally = new Tally(Console.Out);
Console.WriteLine($"ONNX Runtime {Microsoft.ML.OnnxRuntime.OrtEnv.Instance().GetVersionString()} vs ConvSpec, seed {seed}");

foreach (var op in new[] { "Conv", "MaxPool", "AveragePool", "LpPool" })
foreach (var autoPad in new[] { "NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID" })
foreach (var ceil in new[] { 0, 1 })
foreach (var stride in new[] { 1, 2 })
foreach (var dilation in new[] { 1, 2 })
foreach (var extra in Extras(op))
for (var i = 0; i < 3; i++)
{
    if (op == "Conv" && ceil == 1) continue; // Conv has no ceil_mode
    var spatial = random.Int(1, 2);
    var (n, c) = (random.Int(1, 2), random.Int(1, 4));
    var extents = Enumerable.Range(0, spatial).Select(_ => random.Int(3, 8)).ToArray();
    var kernel = Enumerable.Range(0, spatial).Select(_ => (long)random.Int(1, 3)).ToArray();
    var request = new JsonObject { ["X"] = Random(random, DType.Float32, [n, c, .. extents]), ["kernel_shape"] = List(kernel) };
    request["strides"] = List(kernel.Select(_ => (long)stride).ToArray());
    request["dilations"] = List(kernel.Select(_ => (long)dilation).ToArray());
    if (autoPad == "NOTSET") request["pads"] = List(kernel.Concat(kernel).Select(k => (long)random.Int(0, (int)k - 1)).ToArray());
    else request["auto_pad"] = autoPad;
    if (ceil == 1) request["ceil_mode"] = 1;
    foreach (var (name, value) in extra) request[name] = value.DeepClone();
    if (op == "Conv")
    {
        var group = request["group"] is { } gr ? (int)gr : 1;
        if (c % group != 0) request["X"] = Random(random, DType.Float32, [n, group * random.Int(1, 2), .. extents]);
        var channels = ((JsonArray)request["X"]!["shape"]!)[1]!.GetValue<int>();
        var m = group * random.Int(1, 2);
        request["W"] = Random(random, DType.Float32, [m, channels / group, .. kernel.Select(k => (int)k)]);
        if (random.Coin()) request["B"] = Random(random, DType.Float32, m);
    }
    var group_ = $"{op} auto_pad={autoPad}{(ceil == 1 ? " ceil" : "")}{(stride > 1 ? " stride" : "")}{(dilation > 1 ? " dilation" : "")} {string.Join(" ", extra.Select(e => $"{e.Key}={e.Value!.ToJsonString()}"))}".TrimEnd();
    Judge1(op, request, group_);
}
foreach (var op in new[] { "GlobalMaxPool", "GlobalAveragePool" })
for (var i = 0; i < 20; i++)
{
    var x = Random(random, DType.Float32, [random.Int(1, 2), random.Int(1, 3), .. Enumerable.Range(0, random.Int(1, 3)).Select(_ => random.Int(1, 6))]);
    Judge1(op, new JsonObject { ["X"] = x }, op);
}
tally.Print();
return tally.AllAgree ? 0 : 1;

void Judge1(string op, JsonObject request, string group)
{
    JsonObject expected;
    TensorValue? magnitude;
    int terms;
    double[]? precise;
    string source;
    try
    {
        if (op == "Conv" && !Wire.ConvSpecHas("Conv"))
        {
            (expected, precise, magnitude, terms) = ConvReference.Evaluate(request);
            source = "onnx-docs-reference";
        }
        else (expected, magnitude, terms, source, precise) = Reference.For(op, request);
    }
    catch (ArgumentException e)
    {
        expected = Wire.Error("invalid_argument", e.Message);
        (magnitude, terms, precise, source) = (null, 1, null, "onnx-docs-reference");
    }
    var actual = OrtCandidate.Answer(op, request);
    tally.Add($"{group} (vs {source})", op, request, Judge.Compare(expected, actual, magnitude, terms, precise));
}

static IEnumerable<Dictionary<string, JsonNode>> Extras(string op) => op switch
{
    "Conv" => [new() { ["group"] = 1 }, new() { ["group"] = 2 }],
    "MaxPool" => [new() { ["storage_order"] = 0 }, new() { ["storage_order"] = 1 }],
    "AveragePool" => [new() { ["count_include_pad"] = 0 }, new() { ["count_include_pad"] = 1 }],
    "LpPool" => [new() { ["p"] = 1 }, new() { ["p"] = 2 }, new() { ["p"] = 3 }],
    _ => [new()],
};
