using System.Text.Json;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>Helpers for protocol tests: send one request line, read the response.</summary>
public static class Wire
{
    /// <summary>The parsed response to <paramref name="line"/> (the caller disposes it).</summary>
    public static JsonDocument Send(string line) => JsonDocument.Parse(EvalServer.Respond(line));

    /// <summary>The error type of the response to <paramref name="line"/>, or "result" when it succeeded.</summary>
    public static string Outcome(string line)
    {
        using var doc = Send(line);
        return doc.RootElement.TryGetProperty("error", out var e) ? e.GetProperty("type").GetString()! : "result";
    }

    /// <summary>The error message of the response to <paramref name="line"/>.</summary>
    public static string Message(string line)
    {
        using var doc = Send(line);
        return doc.RootElement.GetProperty("error").GetProperty("message").GetString()!;
    }

    /// <summary>The request line asking <paramref name="op"/> with the given args JSON, id 1.</summary>
    public static string Line(string op, string args) => $$"""{"id": 1, "op": "{{op}}", "args": {{args}}}""";

    /// <summary>A convolve request with the given args JSON.</summary>
    public static string Convolve(string args, string id = "1") => $$"""{"id":{{id}},"op":"convolve","args":{{args}}}""";
}
