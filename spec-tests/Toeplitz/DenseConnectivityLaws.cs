using ConvSpec.SpecTests.Generators;
using ConvSpec.Tensors;
using ConvSpec.Toeplitz;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Toeplitz;

/// <summary>
/// The notes' bottom parts of "sparse connectivity, viewed from below / from above": when s is formed by ordinary
/// matrix multiplication with a matrix of nonzero parameters, connectivity is not sparse.
/// </summary>
public class DenseConnectivityLaws
{
    /// <summary>A D′ × D matrix with every entry nonzero (1..9), an input of length D, and an input index j.</summary>
    private static Gen<(NdArray<long> W, long[] X, int J)> Case =>
        from rows in Gen.Choose(1, 6)
        from cols in Gen.Choose(1, 6)
        from w in TensorGen.Tensor([rows, cols], Gen.Choose(1, 9).Select(v => (long)v))
        from x in Gen.ArrayOf(TensorGen.Integer, cols)
        from j in Gen.Choose(0, cols - 1)
        select (w, x, j);

    /// <summary>y = W x with W dense: changing x_j by one changes every output y_i (by W_ij ≠ 0).</summary>
    [Property]
    public Property Viewed_from_below_with_a_dense_matrix_every_output_is_affected_by_x3() =>
        Prop.ForAll(Case.ToArbitrary(), c =>
        {
            var moved = (long[])c.X.Clone();
            moved[c.J] += 1;
            var before = MatrixProduct.Spec.Times(c.W, c.X);
            var after = MatrixProduct.Spec.Times(c.W, moved);
            return Enumerable.Range(0, before.Length).All(i => after[i] - before[i] == c.W[i, c.J]);
        });

    /// <summary>y_i = Σ_j W_ij x_j with W dense: every input x_j affects s_i, so the receptive field of s_i is the whole input.</summary>
    [Property]
    public Property Viewed_from_above_with_a_dense_matrix_all_the_input_units_affect_s3() =>
        Prop.ForAll(Case.ToArbitrary(), c =>
        {
            var before = MatrixProduct.Spec.Times(c.W, c.X);
            return Enumerable.Range(0, c.X.Length).All(j =>
            {
                var moved = (long[])c.X.Clone();
                moved[j] += 1;
                return MatrixProduct.Spec.Times(c.W, moved)[0] != before[0];
            });
        });
}
