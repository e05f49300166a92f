using System.Numerics;
using ConvSpec.Convolution;
using ConvSpec.Correlation;
using ConvSpec.Shapes;
using ConvSpec.SpecTests.Generators;
using ConvSpec.Toeplitz;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Toeplitz;

/// <summary>Laws of the 1-D Toeplitz (convolution and correlation) matrices, exact on integers.</summary>
public class ToeplitzLaws
{
    private static Int128[] Wide(long[] x) => Array.ConvertAll(x, v => (Int128)v);

    /// <summary>T(h) x is the convolution of h and x, cropped as scipy.linalg.convolution_matrix crops (the longer input first).</summary>
    [Property]
    public Property Toeplitz_product_equals_direct_convolution_in_every_mode() =>
        Prop.ForAll(MatrixGen.KernelAndInput(TensorGen.Integer).ToArbitrary(), MatrixGen.Mode.ToArbitrary(), (p, mode) =>
        {
            var (h, x) = (Wide(p.Kernel), Wide(p.Input));
            var (longer, shorter) = h.Length >= x.Length ? (h, x) : (x, h);
            return MatrixProduct.Spec.Times(ToeplitzMatrix.Spec.Convolution(h, x.Length, mode), x)
                .SequenceEqual(Convolve.Spec.Apply(longer, shorter, mode));
        });

    /// <summary>With the kernel no longer than the input, same mode keeps the input's length: scipy.signal.convolve(x, h, 'same').</summary>
    [Property]
    public Property Toeplitz_same_mode_keeps_the_input_length_when_the_kernel_fits() =>
        Prop.ForAll(MatrixGen.KernelAndInput(TensorGen.Integer).ToArbitrary(), p =>
            Prop.When(p.Kernel.Length <= p.Input.Length, () =>
                MatrixProduct.Spec.Times(ToeplitzMatrix.Spec.Convolution(Wide(p.Kernel), p.Input.Length, ConvolutionMode.Same), Wide(p.Input))
                    .SequenceEqual(Convolve.Spec.Apply(Wide(p.Input), Wide(p.Kernel), ConvolutionMode.Same))));

    /// <summary>R(h) = T(g) with g the reversed, conjugated kernel: correlation is convolution with conj(h) flipped.</summary>
    [Property]
    public Property Correlation_matrix_is_the_convolution_matrix_of_the_reversed_conjugated_kernel() =>
        Prop.ForAll(MatrixGen.KernelAndInput(MatrixGen.GaussianInteger).ToArbitrary(), MatrixGen.Mode.ToArbitrary(), (p, mode) =>
        {
            var reversedConjugate = p.Kernel.Reverse().Select(Complex.Conjugate).ToArray();
            return ToeplitzMatrix.Spec.Correlation(p.Kernel, p.Input.Length, mode)
                .Equals(ToeplitzMatrix.Spec.Convolution(reversedConjugate, p.Input.Length, mode));
        });

    /// <summary>R(h) x = scipy.signal.correlate(x, h, mode) for full and valid, and for same when the kernel fits (exact on Gaussian integers).</summary>
    [Property]
    public Property Correlation_matrix_product_equals_direct_correlation() =>
        Prop.ForAll(MatrixGen.KernelAndInput(MatrixGen.GaussianInteger).ToArbitrary(), MatrixGen.Mode.ToArbitrary(), (p, mode) =>
            Prop.When(mode != ConvolutionMode.Same || p.Kernel.Length <= p.Input.Length, () =>
                MatrixProduct.Spec.Times(ToeplitzMatrix.Spec.Of(p.Kernel, p.Input.Length, mode, ToeplitzKind.Correlation), p.Input)
                    .SequenceEqual(Correlate.Spec.Apply(p.Input, p.Kernel, mode))));

    [Property]
    public Property Convolution_matrix_has_constant_diagonals() =>
        Prop.ForAll(MatrixGen.KernelAndInput(TensorGen.Integer).ToArbitrary(), MatrixGen.Mode.ToArbitrary(), (p, mode) =>
            MatrixStructure.Spec.IsToeplitz(ToeplitzMatrix.Spec.Convolution(p.Kernel, p.Input.Length, mode)));

    /// <summary>Parameter sharing: every entry of T(h) is 0 or a kernel value, and every kernel value appears.</summary>
    [Property]
    public Property Distinct_nonzero_values_of_the_Toeplitz_matrix_are_the_kernel_values() =>
        Prop.ForAll(MatrixGen.DistinctNonZero(6).ToArbitrary(), Gen.Choose(1, 7).ToArbitrary(), MatrixGen.Mode.ToArbitrary(), (h, n, mode) =>
        {
            var values = ToeplitzMatrix.Spec.Convolution(h, n, mode).Data.Where(v => v != 0).ToHashSet();
            return values.Count == h.Length && values.SetEquals(h);
        });

    /// <summary>scipy.linalg.toeplitz(c, r): A[i,j] depends on i − j only, with first column c and first row r (r_0 ignored).</summary>
    [Property]
    public Property Toeplitz_from_column_and_row_is_Toeplitz_with_that_column_and_row() =>
        Prop.ForAll(TensorGen.Vector(6, TensorGen.Integer).ToArbitrary(), TensorGen.Vector(6, TensorGen.Integer).ToArbitrary(), (c, r) =>
        {
            var a = ToeplitzMatrix.Spec.FromColumnRow(c, r);
            return MatrixStructure.Spec.IsToeplitz(a)
                && Enumerable.Range(0, c.Length).All(i => a[i, 0] == c[i])
                && Enumerable.Range(1, r.Length - 1).All(j => a[0, j] == r[j]);
        });

    /// <summary>Changing one entry on a diagonal that has another entry breaks the Toeplitz structure.</summary>
    [Property]
    public Property Changing_an_entry_of_a_diagonal_breaks_Toeplitz_structure() =>
        Prop.ForAll(TensorGen.Vector(6, TensorGen.Integer).ToArbitrary(), TensorGen.Vector(6, TensorGen.Integer).ToArbitrary(), (c, r) =>
            Prop.When(c.Length >= 2 && r.Length >= 2, () =>
            {
                var a = ToeplitzMatrix.Spec.FromColumnRow(c, r);
                a[1, 1] += 1;
                return !MatrixStructure.Spec.IsToeplitz(a);
            }));
}
