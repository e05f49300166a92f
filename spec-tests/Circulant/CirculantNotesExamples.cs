using System.Numerics;
using ConvSpec.Circulant;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Circulant;

/// <summary>The notes' "An n x n circulant matrix C takes the form [c0 c_{n−1} … c1; c1 c0 … c2; …; c_{n−1} … c0]".</summary>
public class CirculantNotesExamples
{
    /// <summary>scipy.linalg.circulant([1, 2, 3, 4]) (SciPy 1.10): c0 on the diagonal, c1 below it, c_{n−1} above it.</summary>
    [Fact]
    public void Notes_circulant_form_has_c0_on_the_diagonal_c1_below_and_c_n_minus_1_above()
    {
        var expected = NdArray<long>.Matrix(new long[,] { { 1, 4, 3, 2 }, { 2, 1, 4, 3 }, { 3, 2, 1, 4 }, { 4, 3, 2, 1 } });
        Assert.Equal(expected, CirculantMatrix.Spec.Of(new long[] { 1, 2, 3, 4 }));
    }

    /// <summary>C(c) = F⁻¹ Λ F with Λ = diag(F c): for c = [1, 2, 3], λ = [6, −3/2 + (√3/2)i, −3/2 − (√3/2)i].</summary>
    [Fact]
    public void Diagonalisation_puts_the_eigenvalues_on_the_diagonal_of_Lambda_and_zeros_elsewhere()
    {
        var lambda = CirculantMatrix.Spec.Diagonalisation([1, 2, 3]).Lambda;
        var eigenvalues = CirculantMatrix.Spec.Eigenvalues([1, 2, 3]);
        Assert.Equal(new Complex(6, 0), eigenvalues[0]);
        for (var i = 0; i < 3; i++)
            for (var j = 0; j < 3; j++)
                Assert.Equal(i == j ? eigenvalues[i] : Complex.Zero, lambda[i, j]);
    }
}
