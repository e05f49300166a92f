using ConvSpec.Circulant;
using ConvSpec.Convolution;
using ConvSpec.Shapes;
using ConvSpec.SpecTests.Generators;
using ConvSpec.Tensors;
using ConvSpec.Toeplitz;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Circulant;

/// <summary>Exact laws of circulant matrices and circular convolution, on integers.</summary>
public class CirculantLaws
{
    private static Gen<(NdArray<long> A, NdArray<long> B)> SameShapePair(int maxRank, int max) =>
        TensorGen.AnyRankTensor(maxRank, max, TensorGen.Integer)
            .SelectMany(a => TensorGen.Tensor(a.Shape.ToArray(), TensorGen.Integer).Select(b => (a, b)));

    /// <summary>Notes: "a circulant matrix is a special kind of Toeplitz matrix where each column is rotated downward one element relative to the preceding column".</summary>
    [Property]
    public Property A_circulant_matrix_is_a_Toeplitz_matrix_whose_columns_are_rotations_of_the_first() =>
        Prop.ForAll(TensorGen.Vector(8, TensorGen.Integer).ToArbitrary(), c =>
        {
            var m = CirculantMatrix.Spec.Of(c);
            var n = c.Length;
            var rotations = Enumerable.Range(0, n).All(j => Enumerable.Range(0, n).All(i => m[i, j] == c[((i - j) % n + n) % n]));
            return MatrixStructure.Spec.IsToeplitz(m) && MatrixStructure.Spec.IsCirculant(m) && rotations;
        });

    /// <summary>A Toeplitz matrix is circulant exactly when its first row is its first column rotated (t_{−k} = t_{n−k}).</summary>
    [Property]
    public Property A_Toeplitz_matrix_is_circulant_iff_each_column_is_the_previous_rotated() =>
        Prop.ForAll(TensorGen.Vector(5, Gen.Choose(0, 1).Select(v => (long)v)).ToArbitrary(), TensorGen.Vector(5, Gen.Choose(0, 1).Select(v => (long)v)).ToArbitrary(), (c, r) =>
            Prop.When(c.Length == r.Length, () =>
            {
                var n = c.Length;
                var rotated = Enumerable.Range(1, n - 1).All(j => r[j] == c[n - j]);
                return MatrixStructure.Spec.IsCirculant(ToeplitzMatrix.Spec.FromColumnRow(c, r)) == rotated;
            }));

    /// <summary>Notes: "circular convolution uses circulant matrices instead of general Toeplitz matrices": a ⊛ b = C(a) b.</summary>
    [Property]
    public Property Circular_convolution_equals_the_circulant_product() =>
        Prop.ForAll(SameShapePair(1, 9).ToArbitrary(), p =>
        {
            var (a, b) = (p.A.Wide().Data, p.B.Wide().Data);
            return CircularConvolve.Spec.Apply(a, b).SequenceEqual(MatrixProduct.Spec.Times(CirculantMatrix.Spec.Of(a), b));
        });

    /// <summary>In N-D, a ⊛ b is the product with the multilevel circulant matrix of a: H vec(b) with H[vec(k), vec(i)] = a[(k − i) mod n].</summary>
    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property N_D_circular_convolution_is_a_multilevel_circulant_product() =>
        Prop.ForAll(SameShapePair(3, 3).ToArbitrary(), p =>
        {
            var (a, b) = (p.A.Wide(), p.B.Wide());
            var shape = a.Shape.ToArray();
            var indices = IndexSpace.Of(shape).ToArray();
            var h = NdArray<Int128>.Create([indices.Length, indices.Length], rc =>
                a[indices[rc[0]].Zip(indices[rc[1]], (k, i) => k - i).Select((d, axis) => (d % shape[axis] + shape[axis]) % shape[axis]).ToArray()]);
            return MatrixProduct.Spec.Times(h, b.Data).SequenceEqual(CircularConvolve.Spec.Apply(a, b).Data)
                && MatrixStructure.Spec.IsMultilevelToeplitz(h, shape, shape);
        });

    [Property]
    public Property Circular_convolution_is_commutative() =>
        Prop.ForAll(SameShapePair(3, 4).ToArbitrary(), p =>
            CircularConvolve.Spec.Apply(p.A.Wide(), p.B.Wide()).Equals(CircularConvolve.Spec.Apply(p.B.Wide(), p.A.Wide())));

    /// <summary>Circular translation equivariance: shifting a cyclically by s shifts a ⊛ b by s.</summary>
    [Property]
    public Property Circular_convolution_is_equivariant_to_cyclic_shifts() =>
        Prop.ForAll(SameShapePair(3, 4).ToArbitrary(), Gen.ArrayOf(Gen.Choose(-5, 5), 3).ToArbitrary(), (p, s) =>
        {
            var (a, b) = (p.A.Wide(), p.B.Wide());
            return CircularConvolve.Spec.Apply(Shift(a, s), b).Equals(Shift(CircularConvolve.Spec.Apply(a, b), s));
        });

    /// <summary>Linear convolution is circular convolution of both inputs zero-padded to any length L ≥ m + n − 1, cut to m + n − 1.</summary>
    [Property]
    public Property Linear_convolution_equals_circular_convolution_of_inputs_zero_padded_to_at_least_m_plus_n_minus_1() =>
        Prop.ForAll(TensorGen.Pair(3, 4, TensorGen.Integer).ToArbitrary(), Gen.ArrayOf(Gen.Choose(0, 3), 3).ToArbitrary(), (p, extra) =>
        {
            var (a, b) = (p.A.Wide(), p.B.Wide());
            var full = Convolve.Spec.Full(a, b);
            var padded = full.Shape.Select((f, d) => f + extra[d]).ToArray();
            var circular = CircularConvolve.Spec.Apply(ZeroPad(a, padded), ZeroPad(b, padded));
            return Crop.Window(circular, new int[a.Rank], full.Shape).Equals(full);
        });

    /// <summary>With less padding (max(m, n) ≤ L &lt; m + n − 1) the wrap-around is exactly the aliased sum: (a ⊛ b)_k = Σ_{j ≡ k mod L} (a ∗ b)_j.</summary>
    [Property]
    public Property Short_circular_convolution_is_the_aliased_linear_convolution() =>
        Prop.ForAll(TensorGen.Pair(3, 5, TensorGen.Integer).ToArbitrary(), Gen.ArrayOf(Gen.Choose(0, 4), 3).ToArbitrary(), (p, extra) =>
        {
            var (a, b) = (p.A.Wide(), p.B.Wide());
            var full = Convolve.Spec.Full(a, b);
            var length = a.Shape.Select((m, d) => Math.Min(Math.Max(m, b.Shape[d]) + extra[d], full.Shape[d])).ToArray();
            var aliased = NdArray<Int128>.Create(length, _ => 0);
            foreach (var j in IndexSpace.Of(full.Shape))
                aliased[j.Select((v, d) => v % length[d]).ToArray()] += full[j];
            return CircularConvolve.Spec.Apply(ZeroPad(a, length), ZeroPad(b, length)).Equals(aliased);
        });

    private static NdArray<Int128> ZeroPad(NdArray<Int128> x, int[] shape) =>
        NdArray<Int128>.Create(shape, i => IndexSpace.Contains(x.Shape, i) ? x[i] : 0);

    /// <summary>y[k] = x[(k − s) mod n] per axis.</summary>
    private static NdArray<Int128> Shift(NdArray<Int128> x, int[] s) =>
        NdArray<Int128>.Create(x.Shape.ToArray(), k => x[k.Select((v, d) => ((v - s[d]) % x.Shape[d] + x.Shape[d]) % x.Shape[d]).ToArray()]);
}
