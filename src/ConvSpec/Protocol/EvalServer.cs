using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConvSpec.Protocol;

/// <summary>
/// The JSON Lines server behind <c>convspec eval</c>: one request a line in, exactly one response a line out,
/// in order, flushed after each. A bad request gets an error response and the server keeps serving.
/// </summary>
public static class EvalServer
{
    private static readonly JsonDocumentOptions documentOptions = new() { MaxDepth = 256 };

    /// <summary>Answers every line of <paramref name="input"/> until end of input.</summary>
    public static void Serve(TextReader input, TextWriter output)
    {
        while (input.ReadLine() is { } line)
        {
            if (line.Trim().Length == 0) continue;
            output.WriteLine(Respond(line));
            output.Flush();
        }
    }

    /// <summary>The response line to one request line.</summary>
    public static string Respond(string line)
    {
        string? id = null;
        try
        {
            using var document = ParseRequest(line);
            var root = document.RootElement;
            if (root.TryGetProperty("id", out var idElement)) id = idElement.GetRawText();
            var op = root.TryGetProperty("op", out var opElement) && opElement.ValueKind == JsonValueKind.String
                ? opElement.GetString()!
                : throw new RequestFormatException("op: every request needs an \"op\" string");
            var args = root.TryGetProperty("args", out var argsElement) ? argsElement : default;
            var result = EvalOperations.Find(op).Evaluate(new EvalArgs(op, args));
            return Success(id, result);
        }
        catch (Exception e)
        {
            return Failure(id, ErrorType.Of(e), ErrorType.MessageOf(e));
        }
    }

    private static JsonDocument ParseRequest(string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, documentOptions);
        }
        catch (JsonException e)
        {
            throw new RequestFormatException($"request: not valid JSON ({e.Message})");
        }
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            using (document) throw new RequestFormatException("request: must be a JSON object {\"id\", \"op\", \"args\"}");
        }
        return document;
    }

    /// <summary>A result response line: {"id": id, "result": ..., extra fields...}.</summary>
    internal static string Success(string? id, EvalResult result)
    {
        return Write(writer =>
        {
            WriteId(writer, id);
            writer.WritePropertyName("result");
            WriteValue(writer, result.Result);
            foreach (var (name, value) in result.Extra ?? [])
            {
                writer.WritePropertyName(name);
                WriteValue(writer, value);
            }
        });
    }

    /// <summary>An error response line: {"id": id, "error": {"type": type, "message": message}}.</summary>
    public static string Failure(string? id, string type, string message) => Write(writer =>
    {
        WriteId(writer, id);
        writer.WriteStartObject("error");
        writer.WriteString("type", type);
        writer.WriteString("message", message);
        writer.WriteEndObject();
    });

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case TensorValue tensor: TensorJson.Write(writer, tensor); break;
            case JsonNode node: node.WriteTo(writer); break;
            default: throw new InvalidOperationException($"result: cannot write a {value.GetType().Name}");
        }
    }

    private static void WriteId(Utf8JsonWriter writer, string? id)
    {
        writer.WritePropertyName("id");
        if (id is null) writer.WriteNullValue();
        else writer.WriteRawValue(id, skipInputValidation: true);
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

/// <summary>A request that is not of the protocol's form (a parse_error).</summary>
public sealed class RequestFormatException(string message) : Exception(message);

/// <summary>The protocol's error types.</summary>
public static class ErrorType
{
    /// <summary>parse_error, invalid_argument, unsupported, overflow or internal, by exception kind.</summary>
    public static string Of(Exception e) => e switch
    {
        RequestFormatException => "parse_error",
        OverflowException => "overflow",
        NotSupportedException => "unsupported",
        ArgumentException => "invalid_argument",
        _ => "internal",
    };

    /// <summary>
    /// The exception's message without the " (Parameter 'x')" that ArgumentException appends, and without the
    /// "Actual value was ..." line that ArgumentOutOfRangeException appends after it.
    /// </summary>
    public static string MessageOf(Exception e) =>
        e is ArgumentException { ParamName: { } name } && e.Message.LastIndexOf($" (Parameter '{name}')", StringComparison.Ordinal) is var at and >= 0
            ? e.Message[..at]
            : e.Message;
}
