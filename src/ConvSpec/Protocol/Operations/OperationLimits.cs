namespace ConvSpec.Protocol.Operations;

/// <summary>
/// Work limits of the dense and O(n²) operations, so a hostile request gets an <c>unsupported</c> answer instead of
/// exhausting memory or running for hours: a dense matrix result holds at most 2^26 entries, and an O(n²) sum at
/// most 2^27 multiply-adds (about ten seconds of the spec).
/// </summary>
public static class OperationLimits
{
    /// <summary>The most entries a dense matrix result may have.</summary>
    public const long MatrixEntries = 1L << 26;

    /// <summary>The most multiply-adds an O(n²) spec evaluation may take.</summary>
    public const long Terms = 1L << 27;

    /// <summary>Throws <see cref="NotSupportedException"/> when a rows × cols matrix exceeds <see cref="MatrixEntries"/>.</summary>
    public static void Matrix(string op, long rows, long cols)
    {
        var entries = (Int128)rows * cols;
        if (entries > MatrixEntries)
            throw new NotSupportedException($"{op}: the {rows} x {cols} matrix has {entries} entries, more than this oracle returns ({MatrixEntries})");
    }

    /// <summary>Throws <see cref="NotSupportedException"/> when <paramref name="terms"/> exceeds <see cref="Terms"/>.</summary>
    public static void Work(string op, Int128 terms)
    {
        if (terms > Terms)
            throw new NotSupportedException($"{op}: {terms} multiply-adds exceed the O(n^2) spec's limit ({Terms})");
    }
}
