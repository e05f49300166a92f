using ConvSpec.Layers;
using ConvSpec.Padding;
using ConvSpec.SpecTests.Generators;
using ConvSpec.Tensors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Layers;

/// <summary>
/// The notes' parameter sharing and sparse interactions: Conv is the dense matrix product A·vec(x) whose columns are
/// the responses to unit impulses, every entry of A is zero or a kernel entry, and an input unit reaches exactly
/// the outputs its receptive field says.
/// </summary>
public class ConvSharingLaws
{
    private static Gen<ConvCase<Int128>> ZeroPadded =>
        ConvGen.Case(2, ConvGen.SmallInteger.Select(v => (Int128)v), explicitPadsOnly: true)
            .Select(c => c with { B = null, Attributes = c.Attributes with { PaddingMode = PaddingMode.Zeros } });

    /// <summary>Column j of A is Conv(e_j); then Conv(x) = Σ_j x_j · A[:, j] = A·vec(x).</summary>
    private static NdArray<Int128>[] Columns(ConvCase<Int128> c) =>
        Enumerable.Range(0, c.X.Length).Select(j => Conv.Spec.Apply(TensorOps.Impulse(c.X.Shape.ToArray(), j), c.W, null, c.Attributes)).ToArray();

    [Property(MaxTest = 30 / CaseCount.Divisor)]
    public Property Conv_equals_the_dense_matrix_product_built_from_unit_impulses() =>
        Prop.ForAll(ZeroPadded.ToArbitrary(), c =>
        {
            var columns = Columns(c);
            var y = Conv.Spec.Apply(c.X, c.W, null, c.Attributes);
            var product = NdArray<Int128>.Create(y.Shape.ToArray(), o =>
                Enumerable.Range(0, columns.Length).Aggregate(Int128.Zero, (s, j) => s + columns[j][o] * c.X.Data[j]));
            Assert.Equal(product, y);
        });

    [Property(MaxTest = 30 / CaseCount.Divisor)]
    public Property Every_entry_of_the_dense_matrix_is_zero_or_a_kernel_entry() =>
        Prop.ForAll(ZeroPadded.ToArbitrary(), c =>
        {
            var kernel = c.W.Data.ToHashSet();
            Assert.All(Columns(c).SelectMany(col => col.Data), e => Assert.True(e == 0 || kernel.Contains(e), $"entry {e} is not in the kernel"));
        });
}
