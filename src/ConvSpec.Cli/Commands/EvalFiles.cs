using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConvSpec.Npy;
using ConvSpec.Protocol;

namespace ConvSpec.Cli.Commands;

/// <summary>
/// <c>convspec eval --op NAME [--ARG VALUE]... [--out FILE.npy] [--out-FIELD FILE.npy]</c>: one request built
/// from options, its tensors read from and written to .npy files. Each <c>--ARG VALUE</c> becomes the
/// argument ARG: a value ending in ".npy" is {"npy": VALUE}; a JSON number, array, object, string literal,
/// true, false or null is that JSON value; anything else is the string VALUE. The result goes to
/// <c>--out</c> as .npy (stdout as a JSON response without it); an extra tensor field F of the response
/// (e.g. MaxPool's indices) goes to <c>--out-F</c>, or else next to --out as "OUT-without-.npy.F.npy".
/// </summary>
internal static class EvalFiles
{
    /// <summary>Runs one request; returns the exit status (0 ok, 1 an error response, 2 a usage error).</summary>
    public static int Run(string? op, string? output, IReadOnlyList<string> tokens, TextWriter stdout, TextWriter stderr)
    {
        var (args, outs, usage) = Parse(tokens);
        if (usage is not null || op is null)
        {
            stderr.WriteLine($"convspec eval: {usage ?? "--op: required when arguments are given as options"}");
            return 2;
        }
        EvalResult result;
        try
        {
            using var document = JsonDocument.Parse(args.ToJsonString());
            result = EvalOperations.Find(op).Evaluate(new EvalArgs(op, document.RootElement));
        }
        catch (Exception e)
        {
            stderr.WriteLine($"convspec eval: {ErrorType.Of(e)}: {ErrorType.MessageOf(e)}");
            return 1;
        }
        return Write(result, output, outs, stdout, stderr);
    }

    /// <summary>Splits "--name value" pairs into the args object and the --out-FIELD paths.</summary>
    public static (JsonObject Args, Dictionary<string, string> Outs, string? Usage) Parse(IReadOnlyList<string> tokens)
    {
        var args = new JsonObject();
        var outs = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i += 2)
        {
            var token = tokens[i];
            if (!token.StartsWith("--", StringComparison.Ordinal) || token.Length == 2)
                return (args, outs, $"expected an option --NAME, got '{token}'");
            if (i + 1 >= tokens.Count) return (args, outs, $"{token}: needs a value");
            var name = token[2..];
            if (name.StartsWith("out-", StringComparison.Ordinal)) outs[name[4..]] = tokens[i + 1];
            else if (args.ContainsKey(name)) return (args, outs, $"{token}: given twice");
            else args[name] = Value(tokens[i + 1]);
        }
        return (args, outs, null);
    }

    /// <summary>The JSON value an option's text stands for.</summary>
    public static JsonNode? Value(string text)
    {
        if (text.EndsWith(".npy", StringComparison.OrdinalIgnoreCase)) return new JsonObject { ["npy"] = text };
        var looksJson = text.Length > 0 && (text[0] is '[' or '{' or '"' || text is "true" or "false" or "null"
            || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && text[0] is '-' or '.' or (>= '0' and <= '9'));
        if (looksJson)
        {
            try
            {
                return JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                // Not JSON after all (e.g. "1e"): the text itself.
            }
        }
        return JsonValue.Create(text);
    }

    /// <summary>Writes the result to <paramref name="output"/> and each extra tensor to its --out-NAME or beside the result.</summary>
    public static int Write(EvalResult result, string? output, Dictionary<string, string> outs, TextWriter stdout, TextWriter stderr)
    {
        if (output is null)
        {
            stdout.WriteLine(Describe(result));
            return 0;
        }
        if (result.Result is not TensorValue tensor)
        {
            stderr.WriteLine("convspec eval: --out: the result is not a tensor; omit --out to print it");
            return 2;
        }
        NpyFile.WriteFile(output, tensor);
        foreach (var (name, value) in result.Extra ?? [])
        {
            if (value is TensorValue extra)
                NpyFile.WriteFile(outs.TryGetValue(name, out var path) ? path : ExtraPath(output, name), extra);
            else
                stdout.WriteLine($"{name}: {((JsonNode)value).ToJsonString()}");
        }
        return 0;
    }

    /// <summary>"c.npy" and "indices" give "c.indices.npy".</summary>
    public static string ExtraPath(string output, string name) =>
        (output.EndsWith(".npy", StringComparison.OrdinalIgnoreCase) ? output[..^4] : output) + "." + name + ".npy";

    private static string Describe(EvalResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("result");
            WriteValue(writer, result.Result);
            foreach (var (name, value) in result.Extra ?? [])
            {
                writer.WritePropertyName(name);
                WriteValue(writer, value);
            }
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        if (value is TensorValue t) TensorJson.Write(writer, t);
        else ((JsonNode)value).WriteTo(writer);
    }
}
