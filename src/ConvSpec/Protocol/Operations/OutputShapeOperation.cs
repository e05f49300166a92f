using System.Text.Json.Nodes;

namespace ConvSpec.Protocol.Operations;

/// <summary>
/// <c>output_shape</c>: the shape an operator would produce, from its input shapes and attributes, without data.
/// Args: <c>op</c> (the operator's name) and that operator's shape arguments; dispatched to the
/// <see cref="IOutputShapeRule"/> of that name. The result is a JSON array of extents.
/// </summary>
public sealed class OutputShapeOperation : IEvalOperation
{
    private static readonly Lazy<IReadOnlyDictionary<string, IOutputShapeRule>> rules = new(Discover);

    public string Name => "output_shape";

    /// <summary>The rules by operator name.</summary>
    public static IReadOnlyDictionary<string, IOutputShapeRule> Rules => rules.Value;

    public EvalResult Evaluate(EvalArgs args)
    {
        var op = args.String("op", "");
        if (!Rules.TryGetValue(op, out var rule))
            throw ArgumentRule.Broken("op", $"output_shape knows no operator '{op}' (known: {string.Join(", ", Rules.Keys.Order(StringComparer.Ordinal))})");
        var shape = rule.Shape(args);
        args.RejectUnknown();
        return EvalResult.Of(new JsonArray(shape.Select(d => (JsonNode)JsonValue.Create(d)).ToArray()));
    }

    /// <summary>A fresh scan of the assembly: one instance of every concrete <see cref="IOutputShapeRule"/> with a parameterless constructor.</summary>
    internal static IReadOnlyDictionary<string, IOutputShapeRule> Discover() =>
        typeof(OutputShapeOperation).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IOutputShapeRule).IsAssignableFrom(t)
                        && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IOutputShapeRule)Activator.CreateInstance(t)!)
            .ToDictionary(rule => rule.Name, StringComparer.Ordinal);
}
