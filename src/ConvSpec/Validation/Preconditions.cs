namespace ConvSpec.Validation;

/// <summary>
/// Every argument check of the library, in one message style:
/// "<c>name</c>: the rule broken (what was given)". Each check throws an
/// <see cref="ArgumentException"/> (or a subclass) whose <c>ParamName</c> is the argument.
/// </summary>
public static class Preconditions
{
    /// <summary>Throws <see cref="ArgumentNullException"/> naming <paramref name="name"/> when <paramref name="value"/> is null.</summary>
    public static T NotNull<T>(T? value, string name) where T : class =>
        value ?? throw new ArgumentNullException(name, $"{name}: must not be null");

    /// <summary>Throws <see cref="ArgumentException"/> with "<c>name</c>: rule" when <paramref name="condition"/> is false.</summary>
    public static void Require(bool condition, string name, string rule)
    {
        if (!condition) throw new ArgumentException($"{name}: {rule}", name);
    }

    /// <summary>Requires <paramref name="value"/> &gt;= <paramref name="min"/>.</summary>
    public static int AtLeast(int value, int min, string name)
    {
        if (value < min)
            throw new ArgumentOutOfRangeException(name, value, $"{name}: must be at least {min} (got {value})");
        return value;
    }

    /// <summary>Requires a defined member of the enum <typeparamref name="TEnum"/>.</summary>
    public static TEnum Defined<TEnum>(TEnum value, string name) where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
            throw new ArgumentOutOfRangeException(name, value, $"{name}: {value} is not a {typeof(TEnum).Name}");
        return value;
    }

    /// <summary>Requires two tensors of the same rank.</summary>
    public static void SameRank(int rank1, int rank2, string name1, string name2)
    {
        if (rank1 != rank2)
            throw new ArgumentException(
                $"{name2}: must have the same rank as {name1} (got rank {rank1} and rank {rank2})", name2);
    }

    /// <summary>Requires a tensor with at least one element.</summary>
    public static void NotEmpty(IReadOnlyList<int> shape, string name)
    {
        foreach (var d in shape)
            if (d == 0)
                throw new ArgumentException($"{name}: must not be empty (shape {Shapes.ShapeText.Of(shape)})", name);
    }
}
