namespace ConvSpec.Protocol.Operations;

/// <summary>
/// An invalid_argument error "<c>name</c>: rule" whose <c>ParamName</c> is the same name, so an operation writes the
/// argument's name once and the wire message shows it.
/// </summary>
internal static class ArgumentRule
{
    /// <summary>The error "<paramref name="name"/>: <paramref name="rule"/>" naming <paramref name="name"/>.</summary>
    public static ArgumentException Broken(string name, string rule) => new($"{name}: {rule}", name);
}
