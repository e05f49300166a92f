namespace ConvSpec.Protocol.Operations;

/// <summary>
/// The <c>method</c> argument of an operation whose default runs its fast twin: one of the fast names (the first is
/// the default) or <c>spec</c>, the spec's answer.
/// </summary>
internal static class SpecMethod
{
    /// <summary>True when <c>method</c> is <c>spec</c>; absent or null it is <paramref name="fastNames"/>[0].</summary>
    public static bool Asked(EvalArgs args, params string[] fastNames) =>
        args.Choice("method", fastNames[0], [.. fastNames, "spec"]) == "spec";
}
