using System.Text.Json.Nodes;
using ConvSpec.Protocol;

namespace ConvSpec.Conformance;

/// <summary>A request's arguments with typed getters, for candidates written against tensors rather than JSON.</summary>
public sealed class CandidateArgs(JsonObject args)
{
    /// <summary>The raw arguments.</summary>
    public JsonObject Json => args;

    /// <summary>True when <paramref name="name"/> is given and not null.</summary>
    public bool Has(string name) => args[name] is not null;

    /// <summary>A tensor argument (ArgumentException naming it when missing or malformed).</summary>
    public TensorValue Tensor(string name) => WireTensor.FromNode(args[name], name);

    /// <summary>A string argument, or <paramref name="fallback"/> when absent.</summary>
    public string String(string name, string fallback) =>
        args[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : fallback;

    /// <summary>An integer argument, or <paramref name="fallback"/> when absent.</summary>
    public long Integer(string name, long fallback) => Whole(args[name]) ?? fallback;

    /// <summary>A list of integers (a bare integer is a list of one), or null when absent.</summary>
    public long[]? IntegerList(string name) => args[name] switch
    {
        JsonArray a => a.Select(x => Whole(x) ?? throw new ArgumentException($"{name}: must be a list of integers (got {a.ToJsonString()})", name)).ToArray(),
        JsonValue v when Whole(v) is { } x => [x],
        _ => null,
    };

    // A JSON integer as long, whether the node was parsed (JsonElement) or built in memory from an int or a long
    // (JsonValue.TryGetValue<long> is false for an in-memory int, which the case generators build).
    private static long? Whole(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number
            && long.TryParse(v.ToJsonString(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var x)
            ? x : null;
}

/// <summary>
/// Typed in-process candidates: a function from the operation and its arguments to the result tensor. Throw
/// <see cref="NotSupportedException"/> for unsupported, <see cref="ArgumentException"/> for invalid_argument,
/// <see cref="OverflowException"/> for overflow.
/// </summary>
public static class TypedCandidate
{
    /// <summary>The candidate as an <see cref="ICandidate"/>.</summary>
    public static ICandidate Of(Func<string, CandidateArgs, TensorValue> answer, string name = "typed in-process candidate") =>
        new DelegateCandidate(name, (op, args) => WireTensor.ToNode(answer(op, new CandidateArgs(args))));
}
