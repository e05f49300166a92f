using System.Reflection;

namespace ConvSpec.Protocol;

/// <summary>Every <see cref="IEvalOperation"/> in the library, by name.</summary>
public static class EvalOperations
{
    private static readonly Lazy<IReadOnlyDictionary<string, IEvalOperation>> all = new(Discover);

    /// <summary>The operations by their wire names.</summary>
    public static IReadOnlyDictionary<string, IEvalOperation> All => all.Value;

    /// <summary>The operation named <paramref name="name"/>; an unknown name is an invalid_argument naming op.</summary>
    public static IEvalOperation Find(string name) =>
        All.TryGetValue(name, out var op)
            ? op
            : throw new ArgumentException($"op: unknown operation '{name}' (known: {string.Join(", ", All.Keys.Order(StringComparer.Ordinal))})", "op");

    /// <summary>A fresh scan of the assembly: one instance of every concrete <see cref="IEvalOperation"/> with a parameterless constructor.</summary>
    internal static IReadOnlyDictionary<string, IEvalOperation> Discover() =>
        typeof(EvalOperations).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IEvalOperation).IsAssignableFrom(t)
                        && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IEvalOperation)Activator.CreateInstance(t)!)
            .ToDictionary(op => op.Name, StringComparer.Ordinal);
}
