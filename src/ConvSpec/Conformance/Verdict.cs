using System.Text.Json.Nodes;

namespace ConvSpec.Conformance;

/// <summary>The outcome of one case.</summary>
public enum VerdictKind
{
    /// <summary>The answer agrees with the spec (exactly, or within the bound).</summary>
    Pass,
    /// <summary>The candidate answered unsupported: counted, listed, not passed.</summary>
    NotCovered,
    /// <summary>A float or integer element differs beyond what the tolerance allows.</summary>
    ValueMismatch,
    /// <summary>The result's shape differs from the spec's.</summary>
    ShapeMismatch,
    /// <summary>The result's dtype differs from the spec's.</summary>
    DTypeMismatch,
    /// <summary>The candidate answered an error where the spec answers a result.</summary>
    UnexpectedError,
    /// <summary>The candidate answered a result where the spec answers an error.</summary>
    MissingError,
    /// <summary>Both answered errors, of different types (unsupported aside).</summary>
    ErrorTypeMismatch,
    /// <summary>An unsupported answer under --strict.</summary>
    Unsupported,
    /// <summary>The result is not a decodable tensor.</summary>
    MalformedResult,
    /// <summary>The candidate exited or threw.</summary>
    Crash,
    /// <summary>The candidate gave no answer within the timeout.</summary>
    Timeout,
    /// <summary>The candidate wrote something that is not a response.</summary>
    Garbage,
    /// <summary>The candidate answered with another request's id.</summary>
    WrongId,
    /// <summary>ConvSpec itself answered internal, or could not judge the case: a bug in ConvSpec.</summary>
    ReferenceInternal,
}

/// <summary>
/// The judgement of one case: its kind, the worst element error in ulps of the result dtype and as a
/// fraction of the bound, where the first disagreement is, and both answers.
/// </summary>
public sealed record Verdict(VerdictKind Kind, string Detail, JsonObject Expected, JsonObject? Actual,
    double WorstUlps = 0, double WorstFraction = 0, int[]? FirstDifference = null, Tolerance Tolerance = Tolerance.Exact)
{
    /// <summary>True unless the kind is Pass or NotCovered.</summary>
    public bool Failed => Kind is not (VerdictKind.Pass or VerdictKind.NotCovered);
}
