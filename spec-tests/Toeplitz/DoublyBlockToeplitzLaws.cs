using ConvSpec.Convolution;
using ConvSpec.Shapes;
using ConvSpec.SpecTests.Generators;
using ConvSpec.Tensors;
using ConvSpec.Toeplitz;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Toeplitz;

/// <summary>Laws of the doubly block Toeplitz matrix (2-D) and its N-D nesting, exact on integers.</summary>
public class DoublyBlockToeplitzLaws
{
    /// <summary>The shape pairs valid mode accepts: one input at least as large as the other on every axis.</summary>
    private static bool ModeAccepts(ConvolutionMode mode, NdArray<long> kernel, NdArray<long> input) =>
        mode != ConvolutionMode.Valid
        || kernel.Shape.Zip(input.Shape).All(t => t.First <= t.Second)
        || kernel.Shape.Zip(input.Shape).All(t => t.First >= t.Second);

    /// <summary>H vec(f) = vec(scipy.signal.convolve(f, h, mode)), any rank 1..3, the kernel sometimes larger than the input.</summary>
    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Doubly_block_Toeplitz_product_equals_direct_convolution_in_N_D() =>
        Prop.ForAll(MatrixGen.KernelAndInputND(3, 3, TensorGen.Integer, kernelFits: false).ToArbitrary(), MatrixGen.Mode.ToArbitrary(), (p, mode) =>
            Prop.When(ModeAccepts(mode, p.Kernel, p.Input), () =>
            {
                var (h, f) = (p.Kernel.Wide(), p.Input.Wide());
                var g = MatrixProduct.Spec.Times(DoublyBlockToeplitz.Spec.Of(h, f.Shape, mode), f.Data);
                return g.SequenceEqual(Convolve.Spec.Apply(f, h, mode).Data);
            }));

    /// <summary>The same law in 2-D with larger extents, the kernel no larger than the image (the notes' setting).</summary>
    [Property(MaxTest = 40 / CaseCount.Divisor)]
    public Property Doubly_block_Toeplitz_product_equals_direct_convolution_in_2_D() =>
        Prop.ForAll(TensorGen.Shape(2, 5).SelectMany(s => Gen.Zip(
                TensorGen.Tensor(s, TensorGen.Integer),
                Gen.Zip(Gen.Choose(1, s[0]), Gen.Choose(1, s[1])).SelectMany(k => TensorGen.Tensor([k.Item1, k.Item2], TensorGen.Integer))))
            .ToArbitrary(), MatrixGen.Mode.ToArbitrary(), (p, mode) =>
        {
            var (f, h) = (p.Item1.Wide(), p.Item2.Wide());
            return MatrixProduct.Spec.Times(DoublyBlockToeplitz.Spec.Of(h, f.Shape, mode), f.Data)
                .SequenceEqual(Convolve2D.Spec.Apply(f, h, mode).Data);
        });

    /// <summary>Entries depend only on the difference of the output and input multi-indices: block Toeplitz nested once per axis.</summary>
    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Doubly_block_Toeplitz_matrix_is_block_Toeplitz_on_every_level() =>
        Prop.ForAll(MatrixGen.KernelAndInputND(3, 3, TensorGen.Integer, kernelFits: true).ToArbitrary(), MatrixGen.Mode.ToArbitrary(), (p, mode) =>
        {
            var h = DoublyBlockToeplitz.Spec.Of(p.Kernel, p.Input.Shape, mode);
            var outShape = OutputSize.Of(mode, p.Input.Shape, p.Kernel.Shape);
            return MatrixStructure.Spec.IsMultilevelToeplitz(h, outShape, p.Input.Shape.ToArray());
        });

    /// <summary>In 2-D the matrix is block Toeplitz with blocks that are themselves Toeplitz (notes: doubly block Toeplitz).</summary>
    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Two_D_matrix_is_doubly_block_Toeplitz_with_output_row_by_input_row_blocks() =>
        Prop.ForAll(MatrixGen.KernelAndInputND(2, 4, TensorGen.Integer, kernelFits: true).ToArbitrary(), MatrixGen.Mode.ToArbitrary(), (p, mode) =>
            Prop.When(p.Kernel.Rank == 2, () =>
            {
                var h = DoublyBlockToeplitz.Spec.Of(p.Kernel, p.Input.Shape, mode);
                var outShape = OutputSize.Of(mode, p.Input.Shape, p.Kernel.Shape);
                return MatrixStructure.Spec.IsDoublyBlockToeplitz(h, outShape[1], p.Input.Shape[1])
                    && MatrixStructure.Spec.IsBlockToeplitz(h, outShape[1], p.Input.Shape[1]);
            }));

    /// <summary>In full mode the blocks H_q are the Toeplitz matrices of the rows of h zero-padded to the output height.</summary>
    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Blocks_are_the_Toeplitz_matrices_of_the_rows_of_the_zero_padded_kernel() =>
        Prop.ForAll(MatrixGen.KernelAndInputND(2, 4, TensorGen.Integer, kernelFits: false).ToArbitrary(), p =>
            Prop.When(p.Kernel.Rank == 2, () =>
            {
                var (h, shape) = (p.Kernel, p.Input.Shape);
                var blocks = DoublyBlockToeplitz.Spec.Blocks(h, shape, ConvolutionMode.Full);
                var zero = new long[h.Shape[1]];
                return blocks.Length == h.Shape[0] + shape[0] - 1
                    && blocks.Select((b, q) => b.Equals(ToeplitzMatrix.Spec.Convolution(
                        q < h.Shape[0] ? h.Data.Skip(q * h.Shape[1]).Take(h.Shape[1]).ToArray() : zero, shape[1], ConvolutionMode.Full)))
                        .All(x => x);
            }));

    /// <summary>A rank-1 kernel no longer than the input gives the 1-D convolution matrix in every mode.</summary>
    [Property]
    public Property Rank_1_doubly_block_Toeplitz_is_the_convolution_matrix() =>
        Prop.ForAll(MatrixGen.KernelAndInput(TensorGen.Integer).ToArbitrary(), MatrixGen.Mode.ToArbitrary(), (p, mode) =>
            Prop.When(p.Kernel.Length <= p.Input.Length, () =>
                DoublyBlockToeplitz.Spec.Of(NdArray<long>.Vector(p.Kernel), [p.Input.Length], mode)
                    .Equals(ToeplitzMatrix.Spec.Convolution(p.Kernel, p.Input.Length, mode))));

    /// <summary>Parameter sharing in N-D: the non-zero entries of H are exactly the kernel's values.</summary>
    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Distinct_nonzero_values_of_the_doubly_block_Toeplitz_matrix_are_the_kernel_values() =>
        Prop.ForAll(MatrixGen.DistinctNonZero(8).SelectMany(values => Gen.Elements(Shapes2(values.Length))
                .Select(shape => new NdArray<long>(shape, values))).ToArbitrary(),
            Gen.Zip(Gen.Choose(1, 4), Gen.Choose(1, 4)).ToArbitrary(), MatrixGen.Mode.ToArbitrary(), (h, extents, mode) =>
            {
                var fits = h.Shape[0] <= extents.Item1 && h.Shape[1] <= extents.Item2;
                var covers = h.Shape[0] >= extents.Item1 && h.Shape[1] >= extents.Item2;
                // same with a kernel larger than the input keeps only the input-sized centre, which may omit kernel values.
                return Prop.When(mode == ConvolutionMode.Full || fits || (mode == ConvolutionMode.Valid && covers), () =>
                    DoublyBlockToeplitz.Spec.Of(h, [extents.Item1, extents.Item2], mode).Data.Where(v => v != 0).ToHashSet().SetEquals(h.Data));
            });

    /// <summary>The 2-D shapes with <paramref name="count"/> elements.</summary>
    private static int[][] Shapes2(int count) =>
        Enumerable.Range(1, count).Where(r => count % r == 0).Select(r => new[] { r, count / r }).ToArray();
}
