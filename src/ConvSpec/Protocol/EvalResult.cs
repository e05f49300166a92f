using System.Text.Json.Nodes;

namespace ConvSpec.Protocol;

/// <summary>
/// What an operation answers: the <c>result</c> tensor, or a plain JSON value for operations whose answer
/// is not a tensor (a shape, a cost table), plus named extra fields (e.g. MaxPool's <c>indices</c>).
/// </summary>
public sealed record EvalResult(object Result, IReadOnlyList<KeyValuePair<string, object>>? Extra = null)
{
    /// <summary>A result that is one tensor.</summary>
    public static EvalResult Of(TensorValue tensor) => new(tensor);

    /// <summary>A result that is a plain JSON value.</summary>
    public static EvalResult Of(JsonNode node) => new(node);
}
