using System.Text.Json.Nodes;

namespace ConvSpec.Conformance;

/// <summary>
/// A generator whose operation answers named fields besides <c>result</c> (MaxPool's <c>indices</c>) that a
/// candidate must return equal to the spec's, element for element.
/// </summary>
public interface IHasExactFields
{
    /// <summary>The names of the response fields compared exactly.</summary>
    IReadOnlyList<string> ExactFields { get; }
}

/// <summary>Compares the exact extra fields of a passing verdict (<see cref="IHasExactFields"/>).</summary>
public static class ExactFields
{
    /// <summary><paramref name="verdict"/> when it failed or every exact field is equal; otherwise a value mismatch naming the field.</summary>
    public static Verdict Check(ICaseGenerator generator, Verdict verdict)
    {
        if (verdict.Failed || generator is not IHasExactFields declared || verdict.Actual is not { } actual) return verdict;
        foreach (var name in declared.ExactFields)
        {
            var (e, a) = (verdict.Expected[name], actual[name]);
            if (e is null || JsonNode.DeepEquals(e, a)) continue;
            var detail = a is null
                ? $"the response has no '{name}'; the spec answers it"
                : $"'{name}' differs from the spec's (compared exactly){FirstDifference(e, a)}";
            return verdict with { Kind = VerdictKind.ValueMismatch, Detail = detail };
        }
        return verdict;
    }

    private static string FirstDifference(JsonNode expected, JsonNode actual)
    {
        if (!WireTensor.IsTensor(expected) || !WireTensor.IsTensor(actual)) return "";
        try
        {
            // Stryker disable once String : the names only label ArgumentException messages (Npy wrappers keep the type), and the catch below answers ": not a tensor" without them
            var (e, a) = (WireTensor.FromNode(expected, "expected"), WireTensor.FromNode(actual, "actual"));
            if (!e.Shape.SequenceEqual(a.Shape)) return $": shape {Shapes.ShapeText.Of(a.Shape)}, spec says {Shapes.ShapeText.Of(e.Shape)}";
            var (ed, ad) = (e.AsComplex().Data, a.AsComplex().Data);
            for (var k = 0; k < ed.Length; k++)
                if (!ed[k].Equals(ad[k]))
                    return $": element [{string.Join(", ", ResultComparison.Unflatten(e.Shape, k))}] is {ad[k].Real}, spec says {ed[k].Real}";
        }
        catch (ArgumentException) { return ": not a tensor"; }
        return "";
    }
}
