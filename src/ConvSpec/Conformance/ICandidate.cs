using System.Text.Json.Nodes;

namespace ConvSpec.Conformance;

/// <summary>How a candidate's reply to one request went, before its content is judged.</summary>
public enum ReplyKind
{
    /// <summary>A well-formed response line with the right id (its content still to be compared).</summary>
    Response,
    /// <summary>The candidate exited, or threw (in process).</summary>
    Crash,
    /// <summary>No answer within the timeout.</summary>
    Timeout,
    /// <summary>An answer that is not a protocol response (not JSON, not an object, neither result nor error).</summary>
    Garbage,
    /// <summary>A response whose id is not the request's.</summary>
    WrongId,
}

/// <summary>A candidate's reply: the response object {"result"} or {"error"} when well-formed, else what went wrong.</summary>
public sealed record CandidateReply(ReplyKind Kind, JsonObject? Response, string Detail)
{
    /// <summary>A well-formed response.</summary>
    public static CandidateReply Of(JsonObject response) => new(ReplyKind.Response, response, "");
}

/// <summary>An implementation under test: answers one request of the eval protocol at a time.</summary>
public interface ICandidate : IDisposable
{
    /// <summary>A name for reports.</summary>
    string Name { get; }

    /// <summary>Asks the candidate for <paramref name="op"/> on <paramref name="args"/>; never blocks past <paramref name="timeout"/> (plus cleanup).</summary>
    CandidateReply Ask(string op, JsonObject args, TimeSpan timeout);
}

/// <summary>
/// An in-process candidate from a delegate. The delegate returns either a response object ({"result": ...} or
/// {"error": {"type", "message"}}) or the result tensor itself. A delegate that throws
/// <see cref="NotSupportedException"/> answers unsupported; <see cref="ArgumentException"/>, invalid_argument;
/// <see cref="OverflowException"/>, overflow; any other exception is a crash. A delegate still running at the
/// timeout is reported as hung and abandoned (it cannot be killed in process).
/// </summary>
public sealed class DelegateCandidate(string name, Func<string, JsonObject, JsonNode?> answer) : ICandidate
{
    public string Name => name;

    public CandidateReply Ask(string op, JsonObject args, TimeSpan timeout)
    {
        var copy = (JsonObject)args.DeepClone();
        var task = Task.Run(() => answer(op, copy));
        try
        {
            if (!task.Wait(timeout)) return new(ReplyKind.Timeout, null, $"no answer within {timeout.TotalSeconds:0.###} s");
        }
        catch (AggregateException e) when (e.InnerException is { } inner)
        {
            return inner switch
            {
                NotSupportedException or ArgumentException or OverflowException =>
                    CandidateReply.Of(ErrorResponse(Protocol.ErrorType.Of(inner), Protocol.ErrorType.MessageOf(inner))),
                _ => new(ReplyKind.Crash, null, $"threw {inner.GetType().Name}: {inner.Message}"),
            };
        }
        return task.Result switch
        {
            JsonObject o when o.ContainsKey("result") || o.ContainsKey("error") => CandidateReply.Of(o),
            JsonObject o when WireTensor.IsTensor(o) => CandidateReply.Of(new JsonObject { ["result"] = o }),
            null => new(ReplyKind.Garbage, null, "answered null"),
            var other => new(ReplyKind.Garbage, null, $"answered {Abbreviate(other.ToJsonString())}, neither a response nor a tensor"),
        };
    }

    /// <summary>{"error": {"type": type, "message": message}}.</summary>
    public static JsonObject ErrorResponse(string type, string message) =>
        new() { ["error"] = new JsonObject { ["type"] = type, ["message"] = message } };

    internal static string Abbreviate(string text) => text.Length <= 200 ? text : text[..200] + "…";

    public void Dispose() { }
}
