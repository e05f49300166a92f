using System.Reflection;
using System.Text.Json.Nodes;
using ConvSpec.Protocol;
using FsCheck;

namespace ConvSpec.Conformance;

/// <summary>What a case generator may draw from: the element types, the largest extent, non-finite values.</summary>
public sealed record CaseSpace(IReadOnlyList<DType> DTypes, int MaxSize, bool NonFinite);

/// <summary>
/// The inputs of a case's error bound: n (the most products any output element sums), the absolute-value
/// request whose answer is (|a| * |b|), the FFT transform length and the norms of the two factors.
/// <paramref name="AbsoluteArgs"/> null means the operation's float answers must be exact (e.g. max pooling).
/// </summary>
public sealed record BoundInputs(long Terms, JsonObject? AbsoluteArgs, long TransformLength,
    double NormA2, double NormA1, double NormB2, double NormB1);

/// <summary>
/// Generates the <c>args</c> of requests for one operation of the eval protocol and describes their error
/// bound. Implementations anywhere in the ConvSpec assembly are found by reflection
/// (<see cref="CaseGenerators"/>), so an operation family adds its generator as a class.
/// </summary>
public interface ICaseGenerator
{
    /// <summary>The operation's wire name.</summary>
    string Op { get; }

    /// <summary>Request arguments (tensors in the object form), reaching the operation's edge cases.</summary>
    Gen<JsonObject> Args(CaseSpace space);

    /// <summary>The algorithm class the request asks for (Direct or Fft) when the tolerance is Auto.</summary>
    Tolerance AlgorithmOf(JsonObject args);

    /// <summary>The inputs of the error bound of this request.</summary>
    BoundInputs Bound(JsonObject args);

    /// <summary>The same request with <c>method</c> set to <paramref name="method"/>, or null when the op has no method argument.</summary>
    JsonObject? WithMethod(JsonObject args, string method);
}

/// <summary>Every <see cref="ICaseGenerator"/> in the library, by operation name.</summary>
public static class CaseGenerators
{
    private static readonly Lazy<IReadOnlyDictionary<string, ICaseGenerator>> all = new(Discover);

    /// <summary>The generators by operation name.</summary>
    public static IReadOnlyDictionary<string, ICaseGenerator> All => all.Value;

    /// <summary>The generator for <paramref name="op"/>; an unknown name is an error naming the known ones.</summary>
    public static ICaseGenerator Find(string op) =>
        All.TryGetValue(op, out var g)
            ? g
            : throw new ArgumentException($"ops: no case generator for '{op}' (known: {string.Join(", ", All.Keys.Order(StringComparer.Ordinal))})", "ops");

    private static IReadOnlyDictionary<string, ICaseGenerator> Discover() =>
        typeof(CaseGenerators).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(ICaseGenerator).IsAssignableFrom(t)
                        && t.GetConstructor(BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is not null)
            .Select(t => (ICaseGenerator)Activator.CreateInstance(t)!)
            .ToDictionary(g => g.Op, StringComparer.Ordinal);
}
