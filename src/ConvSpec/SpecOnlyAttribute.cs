namespace ConvSpec;

/// <summary>
/// Marks a spec function (or a whole nested <c>Spec</c> class) that has no <c>Fast</c> twin, with the reason.
/// The conventions test accepts a Spec member without a twin only when it, or its class, carries this.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class SpecOnlyAttribute : Attribute
{
    /// <summary>Marks a spec with no fast twin; <paramref name="reason"/> says why none is needed.</summary>
    public SpecOnlyAttribute(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new ArgumentException("reason: a SpecOnly mark must say why there is no fast twin", nameof(reason));
        Reason = reason;
    }

    /// <summary>Why this spec needs no fast twin.</summary>
    public string Reason { get; }
}
