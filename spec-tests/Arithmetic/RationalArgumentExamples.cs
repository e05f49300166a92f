using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Arithmetic;

/// <summary>
/// Rational arithmetic and roots called with one bad argument: refused with the argument's name and the rule broken;
/// a zero denominator is a division by zero named after the type.
/// </summary>
public class RationalArgumentExamples
{
    private static readonly Dictionary<string, ArgumentCase> Cases = new()
    {
        ["Sticky p 0"] = ArgumentCase.Range(() => RationalRoot.Sticky(Rational.FromInteger(2), 0), "p", "must be at least 1 (got 0)"),
        ["Sticky r negative"] = ArgumentCase.Rule(() => RationalRoot.Sticky(Rational.Create(-1, 2), 2), "r",
            "must be non-negative for a real root (got -1/2)"),
        ["IntegerRoot n negative"] = ArgumentCase.Rule(() => RationalRoot.IntegerRoot(-1, 2), "n", "must be non-negative (got -1)"),
        ["Create denominator 0"] = new(() => Rational.Create(1, 0), typeof(DivideByZeroException), null, "rational: division by zero"),
        ["Create 0/0"] = new(() => Rational.Create(0, 0), typeof(DivideByZeroException), null, "rational: division by zero"),
        ["Division by zero"] = new(() => Rational.FromInteger(1) / Rational.AdditiveIdentity, typeof(DivideByZeroException), null,
            "rational: division by zero"),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_bad_argument_is_refused_with_its_name_and_rule(string name) => Cases[name].Refuses();

    /// <summary>
    /// The root of 2 of order p = 4·10^7 needs ⌊2·2^(p·62)⌋, a shift of 2.48·10^9 bits, past an int: an overflow,
    /// not a shift by the wrapped count (which gave 0).
    /// </summary>
    [Fact]
    public void A_root_whose_scaling_shift_exceeds_an_int_is_an_overflow() =>
        Assert.StartsWith("rational root: the scaling shift p·k = 2480000000 (p = 40000000)",
            Assert.Throws<OverflowException>(() => RationalRoot.Sticky(Rational.FromInteger(2), 40_000_000)).Message);
}
