using System.Text.Json;

namespace ConvSpec.Protocol;

/// <summary>
/// The <c>args</c> object of one request, read by name. Every getter names the argument in its error, and
/// <see cref="RejectUnknown"/> turns a misspelt argument into an error instead of a silent default.
/// </summary>
public sealed class EvalArgs
{
    private readonly Dictionary<string, JsonElement> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    /// <summary>Wraps the JSON object <paramref name="args"/> of operation <paramref name="op"/>.</summary>
    public EvalArgs(string op, JsonElement args)
    {
        Op = op;
        if (args.ValueKind == JsonValueKind.Undefined || args.ValueKind == JsonValueKind.Null) return;
        if (args.ValueKind != JsonValueKind.Object)
            throw new ArgumentException($"args: must be an object (got {args.ValueKind.ToString().ToLowerInvariant()})", "args");
        foreach (var p in args.EnumerateObject()) values[p.Name] = p.Value;
    }

    /// <summary>The operation these arguments belong to.</summary>
    public string Op { get; }

    /// <summary>True when <paramref name="name"/> is given and not null.</summary>
    public bool Has(string name) => values.TryGetValue(name, out var v) && v.ValueKind != JsonValueKind.Null;

    /// <summary>The raw JSON of <paramref name="name"/>, or null when absent or null.</summary>
    public JsonElement? Raw(string name)
    {
        read.Add(name);
        return Has(name) ? values[name] : null;
    }

    /// <summary>A required tensor argument.</summary>
    public TensorValue Tensor(string name) =>
        Raw(name) is { } e ? TensorJson.Read(e, name) : throw Missing(name);

    /// <summary>An optional tensor argument.</summary>
    public TensorValue? OptionalTensor(string name) => Raw(name) is { } e ? TensorJson.Read(e, name) : null;

    /// <summary>A string argument restricted to <paramref name="allowed"/>, <paramref name="fallback"/> when absent.</summary>
    public string Choice(string name, string fallback, params string[] allowed)
    {
        if (Raw(name) is not { } e) return fallback;
        var text = e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText();
        return allowed.Contains(text, StringComparer.Ordinal)
            ? text
            : throw new ArgumentException($"{name}: must be one of {string.Join(", ", allowed)} (got {text})", name);
    }

    /// <summary>A string argument, <paramref name="fallback"/> when absent.</summary>
    public string String(string name, string fallback) => Raw(name) is { } e
        ? e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new ArgumentException($"{name}: must be a string (got {e.GetRawText()})", name)
        : fallback;

    /// <summary>An integer argument, <paramref name="fallback"/> when absent.</summary>
    public long Integer(string name, long fallback) => Raw(name) is { } e ? IntegerOf(e, name) : fallback;

    /// <summary>A required integer argument.</summary>
    public long Integer(string name) => Raw(name) is { } e ? IntegerOf(e, name) : throw Missing(name);

    /// <summary>A real argument (a number or "NaN"/"Infinity"/"-Infinity"), <paramref name="fallback"/> when absent.</summary>
    public double Real(string name, double fallback)
    {
        if (Raw(name) is not { } e) return fallback;
        var t = TensorJson.Read(e, name);
        if (t.Shape.Length != 0 || t.DType.IsComplex())
            throw new ArgumentException($"{name}: must be a real number (got {e.GetRawText()})", name);
        return t.AsDouble().Data[0];
    }

    /// <summary>A boolean argument (true/false or 1/0, as ONNX writes flags), <paramref name="fallback"/> when absent.</summary>
    public bool Flag(string name, bool fallback)
    {
        if (Raw(name) is not { } e) return fallback;
        return e.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when e.TryGetInt64(out var v) && v is 0 or 1 => v == 1,
            _ => throw new ArgumentException($"{name}: must be true, false, 0 or 1 (got {e.GetRawText()})", name),
        };
    }

    /// <summary>A list of integers, or null when absent; a bare integer counts as a list of one when <paramref name="allowScalar"/>.</summary>
    public long[]? IntegerList(string name, bool allowScalar = false)
    {
        if (Raw(name) is not { } e) return null;
        if (allowScalar && e.ValueKind == JsonValueKind.Number) return [IntegerOf(e, name)];
        if (e.ValueKind != JsonValueKind.Array)
            throw new ArgumentException($"{name}: must be a list of integers (got {e.GetRawText()})", name);
        return e.EnumerateArray().Select(x => IntegerOf(x, name)).ToArray();
    }

    /// <summary>Fails naming the first argument that no getter asked for.</summary>
    public void RejectUnknown()
    {
        var unknown = values.Keys.Where(k => !read.Contains(k)).OrderBy(k => k, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException(
                $"args: unknown argument '{unknown[0]}' for {Op} (known: {string.Join(", ", read.OrderBy(k => k, StringComparer.Ordinal))})",
                unknown[0]);
    }

    private static long IntegerOf(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Number && !e.GetRawText().AsSpan().ContainsAny('.', 'e', 'E') && e.TryGetInt64(out var v)
            ? v
            : throw new ArgumentException($"{name}: must be an integer (got {e.GetRawText()})", name);

    private ArgumentException Missing(string name) =>
        new($"{name}: required argument of {Op} is missing", name);
}
