using System.Reflection;
using System.Text.Json.Nodes;

namespace ConvSpec.Conformance;

/// <summary>
/// A candidate that judges one of ConvSpec's own optimized paths against its spec; <c>convspec check</c> with no
/// <c>--candidate</c> runs every implementation in the library (found by reflection, <see cref="SelfCandidates"/>).
/// </summary>
public interface ISelfCandidate : ICandidate;

/// <summary>A candidate that states the algorithm class of its answer to a request (used under <see cref="Tolerance.Auto"/>).</summary>
public interface IDeclaresAlgorithm
{
    /// <summary>The algorithm class the candidate answers <paramref name="args"/> with.</summary>
    Tolerance AlgorithmOf(ICaseGenerator generator, JsonObject args);
}

/// <summary>
/// ConvSpec's eval protocol asked with <c>method</c> forced to one value where the operation has a method
/// argument (operations without one are asked as they are): whatever the library runs for that method is
/// judged against the spec under that method's algorithm class.
/// </summary>
public abstract class EvalMethodCandidate(string method) : ISelfCandidate, IDeclaresAlgorithm
{
    public string Name => $"convspec eval (method {method})";

    public CandidateReply Ask(string op, JsonObject args, TimeSpan timeout)
    {
        var request = CaseGenerators.All.TryGetValue(op, out var g) ? g.WithMethod(args, method) ?? args : args;
        return CandidateReply.Of(CaseJudge.Evaluate(op, request));
    }

    public Tolerance AlgorithmOf(ICaseGenerator generator, JsonObject args) =>
        generator.AlgorithmOf(generator.WithMethod(args, method) ?? args);

    public void Dispose() { }
}

/// <summary>The library's answers with <c>method: "direct"</c>.</summary>
public sealed class DirectMethodCandidate() : EvalMethodCandidate("direct");

/// <summary>The library's answers with <c>method: "fft"</c>.</summary>
public sealed class FftMethodCandidate() : EvalMethodCandidate("fft");

/// <summary>Every <see cref="ISelfCandidate"/> in the library, in name order.</summary>
public static class SelfCandidates
{
    /// <summary>A fresh instance of each.</summary>
    public static IReadOnlyList<ISelfCandidate> All() =>
        typeof(SelfCandidates).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(ISelfCandidate).IsAssignableFrom(t)
                        && t.GetConstructor(BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is not null)
            .Select(t => (ISelfCandidate)Activator.CreateInstance(t)!)
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
}
