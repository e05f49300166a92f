using System.Text.Json.Nodes;
using ConvSpec.Protocol;

namespace ConvSpec.Conformance;

/// <summary>
/// Judges one case: asks the spec (<see cref="EvalServer"/>) and the candidate, then compares their answers:
/// errors against errors by type, results by dtype, shape and elements (<see cref="ResultComparison"/>).
/// </summary>
public static class CaseJudge
{
    /// <summary>The protocol's request id field, framing that no answer compared or reported keeps.</summary>
    private static readonly string Id = "id";

    /// <summary>
    /// The spec's response object to <paramref name="op"/> on <paramref name="args"/>: the eval protocol's answer
    /// with <c>method</c> set to <c>spec</c> where the operation has a method argument.
    /// </summary>
    public static JsonObject Reference(string op, JsonObject args) =>
        Evaluate(op, CaseGenerators.All.TryGetValue(op, out var g) ? g.WithMethod(args, "spec") ?? args : args);

    /// <summary>The eval protocol's response object to <paramref name="op"/> on <paramref name="args"/> as given.</summary>
    public static JsonObject Evaluate(string op, JsonObject args)
    {
        var request = new JsonObject { [Id] = 0, ["op"] = op, ["args"] = args.DeepClone() };
        var response = (JsonObject)JsonNode.Parse(EvalServer.Respond(request.ToJsonString()))!;
        response.Remove(Id);
        return response;
    }

    /// <summary>The verdict on the candidate's answer to one case.</summary>
    public static Verdict Judge(ICandidate candidate, ICaseGenerator generator, JsonObject args, CheckOptions options)
    {
        var expected = Reference(generator.Op, args);
        try
        {
            return Compare(candidate, generator, args, options, expected);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new(VerdictKind.ReferenceInternal, $"convspec check could not judge this case ({e.GetType().Name}: {e.Message}); please report it", expected, null);
        }
    }

    /// <summary>The verdict on the candidate's answer against <paramref name="expected"/>, the spec's response.</summary>
    internal static Verdict Compare(ICandidate candidate, ICaseGenerator generator, JsonObject args, CheckOptions options, JsonObject expected)
    {
        var reply = candidate.Ask(generator.Op, args, options.Timeout);
        if (reply.Kind != ReplyKind.Response)
            return new(KindOf(reply.Kind), reply.Detail, expected, null);
        var actual = reply.Response!;
        actual.Remove(Id);
        var specError = ErrorOf(expected);
        var candidateError = ErrorOf(actual);
        if (specError is { Type: "internal" })
            return new(VerdictKind.ReferenceInternal, $"ConvSpec answered internal: {specError.Value.Message}", expected, actual);
        if (candidateError is { Type: "unsupported" })
            return new(options.Strict ? VerdictKind.Unsupported : VerdictKind.NotCovered, $"unsupported: {candidateError.Value.Message}", expected, actual);
        return (specError, candidateError) switch
        {
            ({ } s, { } c) when s.Type == c.Type => new(VerdictKind.Pass, "both answer " + s.Type, expected, actual),
            ({ } s, { } c) => new(VerdictKind.ErrorTypeMismatch, $"spec answers {s.Type} ({s.Message}); candidate answers {c.Type} ({c.Message})", expected, actual),
            ({ } s, null) => new(VerdictKind.MissingError, $"candidate answers a result where the spec answers {s.Type}: {s.Message}", expected, actual),
            (null, { } c) => new(VerdictKind.UnexpectedError, $"candidate answers {c.Type} ({c.Message}) where the spec answers a result", expected, actual),
            _ => ExactFields.Check(generator, ResultComparison.Compare(generator, args, expected, actual, ToleranceOf(candidate, generator, args, options))),
        };
    }

    /// <summary>The tolerance for this request: the option, or under Auto the class the candidate declares or the request asks for.</summary>
    public static Tolerance ToleranceOf(ICandidate candidate, ICaseGenerator generator, JsonObject args, CheckOptions options) =>
        options.Tolerance != Tolerance.Auto ? options.Tolerance
        : candidate is IDeclaresAlgorithm declared ? declared.AlgorithmOf(generator, args)
        : generator.AlgorithmOf(args);

    private static (string Type, string Message)? ErrorOf(JsonObject response) =>
        response["error"] is JsonObject e
            ? (e["type"] is JsonValue t && t.TryGetValue<string>(out var type) ? type : "?",
               e["message"] is JsonValue m && m.TryGetValue<string>(out var message) ? message : "")
            : null;

    private static VerdictKind KindOf(ReplyKind kind) => kind switch
    {
        ReplyKind.Crash => VerdictKind.Crash,
        ReplyKind.Timeout => VerdictKind.Timeout,
        ReplyKind.Garbage => VerdictKind.Garbage,
        _ => VerdictKind.WrongId,
    };
}
