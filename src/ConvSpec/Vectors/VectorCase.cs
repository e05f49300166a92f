using System.Text.Json.Nodes;

namespace ConvSpec.Vectors;

/// <summary>
/// One request of the corpus before it is answered: its <paramref name="Kind"/> ("example" from the notes or a
/// peer's documentation, "edge", "error" or "random"), a one-line <paramref name="Note"/> naming its source or
/// the edge it reaches, and the request's args.
/// </summary>
public sealed record VectorCase(string Kind, string Note, JsonObject Args);

/// <summary>
/// The cases of one or more operations. Implementations anywhere in the ConvSpec assembly are found by
/// reflection; an operation in <see cref="Protocol.EvalOperations.All"/> without a source gets
/// <see cref="GenericCaseSource"/>'s probes.
/// </summary>
public interface IVectorCaseSource
{
    /// <summary>The operations this source writes cases for.</summary>
    IReadOnlyList<string> Ops { get; }

    /// <summary>The cases of <paramref name="op"/>: fixed ones first, then <paramref name="count"/> drawn from <paramref name="random"/>.</summary>
    IEnumerable<VectorCase> Cases(string op, VectorRandom random, int count);
}
