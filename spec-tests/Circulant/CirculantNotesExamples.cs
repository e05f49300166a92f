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
}
