using System.Numerics;
using ConvSpec.Arithmetic;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Arithmetic;

/// <summary>The integer root the correctly rounded p-th roots are built on: R = ⌊n^(1/p)⌋, so R^p ≤ n &lt; (R + 1)^p.</summary>
public class RationalRootLaws
{
    private static readonly Gen<BigInteger> Naturals = Gen.Frequency(
        (1, Gen.Choose(0, 3).Select(n => (BigInteger)n)),
        (3, Gen.Choose(0, int.MaxValue).Select(n => (BigInteger)n)),
        (2, Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(0, int.MaxValue)).Select(t => (BigInteger)t.Item1 * t.Item2 * t.Item2)));

    [Property]
    public Property Integer_root_is_the_floor_of_the_real_root() =>
        Prop.ForAll(Naturals.ToArbitrary(), Gen.Choose(1, 6).ToArbitrary(), (n, p) =>
        {
            var r = RationalRoot.IntegerRoot(n, p);
            return BigInteger.Pow(r, p) <= n && n < BigInteger.Pow(r + 1, p);
        });

    [Fact] // the first power of n is n; 0 and 1 are their own roots of every order; ⌊1000^(1/3)⌋ = 10, ⌊999^(1/3)⌋ = 9
    public void Integer_root_examples()
    {
        Assert.Equal(12345, RationalRoot.IntegerRoot(12345, 1));
        Assert.Equal(0, RationalRoot.IntegerRoot(0, 5));
        Assert.Equal(1, RationalRoot.IntegerRoot(1, 5));
        Assert.Equal(10, RationalRoot.IntegerRoot(1000, 3));
        Assert.Equal(9, RationalRoot.IntegerRoot(999, 3));
        Assert.Equal("n", Assert.ThrowsAny<ArgumentException>(() => RationalRoot.IntegerRoot(-1, 2)).ParamName);
    }
}
