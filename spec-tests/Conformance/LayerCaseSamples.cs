using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>Cases of the layer generators as <c>convspec check</c> draws them, and readers of their arguments.</summary>
internal static class LayerCaseSamples
{
    /// <summary>Cases 0..Count−1 of <paramref name="op"/> under <paramref name="options"/>.</summary>
    public static List<JsonObject> Cases(string op, CheckOptions options) =>
        Enumerable.Range(0, options.Count).Select(i => ConformanceCheck.Case(CaseGenerators.Find(op), options, i)).ToList();

    /// <summary>The first <paramref name="count"/> cases of <paramref name="op"/> at seed 7, with the spec's response to each.</summary>
    public static List<(JsonObject Args, JsonObject Response)> Judged(string op, int count) =>
        Cases(op, new CheckOptions { Count = count, Seed = 7 }).Select(a => (a, CaseJudge.Reference(op, a))).ToList();

    /// <summary>The cases of <see cref="Judged"/> that the spec answers.</summary>
    public static List<JsonObject> Answered(string op, int count) =>
        Judged(op, count).Where(c => c.Response["result"] is not null).Select(c => c.Args).ToList();

    /// <summary><paramref name="count"/> values of <paramref name="gen"/>, value i from seed i alone (as check draws cases).</summary>
    public static T[] Sample<T>(Gen<T> gen, int count) =>
        Enumerable.Range(1, count).Select(i => gen.Sample(1, new Rnd((ulong)i * 0x9E3779B97F4A7C15UL), 1)[0]).ToArray();

    /// <summary>A float64 wire tensor of ones of <paramref name="shape"/>.</summary>
    public static JsonNode Ones(params int[] shape) =>
        WireTensor.ToNode(TensorValue.Real(DType.Float64, shape, Enumerable.Repeat(1.0, shape.Aggregate(1, (p, d) => p * d)).ToArray()));

    public static int[]? Ints(JsonObject a, string name) => a[name] is JsonArray v ? v.Select(x => x!.GetValue<int>()).ToArray() : null;

    public static int[] Shape(JsonObject a, string name) => WireTensor.Argument(a, name).Shape;

    public static string? Text(JsonObject a, string name) => a[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static int? Int(JsonObject a, string name) => a[name] is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;

    /// <summary>The type of a response's error, or null when it is an answer.</summary>
    public static string? ErrorType(JsonObject response) => response["error"]?["type"]?.GetValue<string>();

    /// <summary>The spec's error message for the request, or null when it answers.</summary>
    public static string? RejectionOf(string op, JsonObject args) => CaseJudge.Reference(op, args)["error"]?["message"]?.GetValue<string>();
}
