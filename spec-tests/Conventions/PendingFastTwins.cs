namespace ConvSpec.SpecTests.Conventions;

/// <summary>
/// Spec methods allowed, for now, to lack their Fast twin. The list is empty and must stay so: a new spec comes
/// with its twin or a [SpecOnly] reason. An entry whose twin exists is itself reported, so that it is removed.
/// Each entry covers every overload of the named method.
/// </summary>
public static class PendingFastTwins
{
    /// <summary>(the Spec class, the method name) pairs still waiting for a Fast twin.</summary>
    public static readonly IReadOnlyList<(Type Spec, string Method)> Entries = [];
}
