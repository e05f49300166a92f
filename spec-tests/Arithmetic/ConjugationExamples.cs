using System.Numerics;
using ConvSpec.Arithmetic;

namespace ConvSpec.SpecTests.Arithmetic;

/// <summary>z̄ for complex elements, x for real ones, and the IConjugate hook for exact complex types.</summary>
public class ConjugationExamples
{
    private readonly record struct Gaussian(long Re, long Im) : IConjugate<Gaussian>
    {
        public Gaussian Conjugate() => new(Re, -Im);
    }

    [Fact]
    public void Conjugation_negates_the_imaginary_part_only()
    {
        Assert.Equal(new Complex(2, -3), Conjugation.Of(new Complex(2, 3)));
        Assert.Equal(new Gaussian(2, -3), Conjugation.Of(new Gaussian(2, 3)));
        Assert.Equal(-5L, Conjugation.Of(-5L));
        Assert.Equal(1.5, Conjugation.Of(1.5));
    }
}
