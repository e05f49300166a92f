namespace ConvSpec.Arithmetic;

/// <summary>
/// Integer arithmetic in the spec is checked (<c>checked(a + b)</c> calls the element type's checked
/// operator); this turns the bare <see cref="OverflowException"/> into one that names the operation.
/// </summary>
public static class OverflowGuard
{
    /// <summary>Runs <paramref name="compute"/>; an overflow inside becomes "<c>operation</c>: integer overflow ...".</summary>
    public static T Run<T>(string operation, Func<T> compute)
    {
        try
        {
            return compute();
        }
        catch (OverflowException e) when (!e.Message.StartsWith(operation + ":", StringComparison.Ordinal))
        {
            throw new OverflowException(
                $"{operation}: integer overflow: a sum or product does not fit in the element type "
                + "(use a wider type such as Int128 or BigInteger for the exact result)", e);
        }
    }
}
