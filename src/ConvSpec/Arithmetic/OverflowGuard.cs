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

    /// <summary>
    /// The tensor of <paramref name="shape"/> whose element at each index is <paramref name="element"/>(index), under
    /// <see cref="Run{T}"/>. Callers build <paramref name="element"/> in their own body, not inside a lambda given to
    /// <see cref="Run{T}"/>: a lambda made inside another is cached by the compiler behind a branch no test can take twice.
    /// </summary>
    public static Tensors.NdArray<T> Create<T>(string operation, int[] shape, Func<int[], T> element) =>
        Run(operation, () => Tensors.NdArray<T>.Create(shape, element));
}
