using System.Numerics;

namespace ConvSpec.SpecTests.TestSupport;

/// <summary>
/// An integer element of reference type: the spec functions are generic over any type with +, · and 0, and for
/// a reference type an omitted fill value is null, which must mean the additive identity.
/// </summary>
public sealed record BoxedInteger(long Value) :
    IAdditionOperators<BoxedInteger, BoxedInteger, BoxedInteger>,
    IMultiplyOperators<BoxedInteger, BoxedInteger, BoxedInteger>,
    IAdditiveIdentity<BoxedInteger, BoxedInteger>
{
    public static BoxedInteger AdditiveIdentity { get; } = new(0);
    public static BoxedInteger operator +(BoxedInteger a, BoxedInteger b) => new(checked(a.Value + b.Value));
    public static BoxedInteger operator *(BoxedInteger a, BoxedInteger b) => new(checked(a.Value * b.Value));
}
