using ConvSpec.Shapes;
using ConvSpec.SpecTests.TestSupport;
using ConvSpec.Tensors;
using ConvSpec.Toeplitz;

namespace ConvSpec.SpecTests.Toeplitz;

/// <summary>
/// The Toeplitz constructions, the structure predicates and the matrix product called with one bad argument: each is
/// refused with the argument's name and the rule broken, and integer overflow of the product names the operation.
/// </summary>
public class ToeplitzArgumentExamples
{
    private const ConvolutionMode Full = ConvolutionMode.Full;
    private static readonly NdArray<long> H = NdArray<long>.Matrix(new long[,] { { 1, 2 }, { 3, 4 } });
    private static readonly NdArray<long> F = NdArray<long>.Matrix(new long[,] { { 2, 5, 3 }, { 1, 4, 1 } });
    private static readonly NdArray<long> V = NdArray<long>.Vector(1, 2);

    private static readonly Dictionary<string, ArgumentCase> Cases = new()
    {
        ["DoublyBlockToeplitz.Of kernel null"] = ArgumentCase.Null(() => DoublyBlockToeplitz.Spec.Of<long>(null!, [2], Full), "kernel"),
        ["DoublyBlockToeplitz.Of inputShape null"] = ArgumentCase.Null(() => DoublyBlockToeplitz.Spec.Of(H, null!, Full), "inputShape"),
        ["DoublyBlockToeplitz.Of inputShape of another rank"] = ArgumentCase.Rule(() => DoublyBlockToeplitz.Spec.Of(H, [2], Full), "inputShape",
            "must have one extent per kernel axis (got 1 extents for a rank-2 kernel)"),
        ["DoublyBlockToeplitz.Of inputShape extent 0"] = ArgumentCase.Rule(() => DoublyBlockToeplitz.Spec.Of(H, [2, 0], Full), "inputShape",
            "extents must be at least 1 (got 2x0)"),
        ["DoublyBlockToeplitz.Of kernel empty"] = ArgumentCase.Rule(() => DoublyBlockToeplitz.Spec.Of(new NdArray<long>([2, 0], []), [2, 2], Full), "kernel",
            "must not be empty (shape 2x0)"),
        // 3 > 2 on axis 0 and 1 < 3 on axis 1: neither the input nor the kernel is at least as large on every axis.
        ["DoublyBlockToeplitz.Of valid with neither covering"] = ArgumentCase.Rule(
            () => DoublyBlockToeplitz.Spec.Of(NdArray<long>.Matrix(new long[3, 1]), [2, 3], ConvolutionMode.Valid), "inputShape",
            "valid mode needs the input at least as large as the kernel on every axis, or the kernel at least as large on every axis (got input 2x3 and kernel 3x1)"),
        // a 1-element kernel on 65536 inputs, full: 65536 x 65536 = 2^32 entries, more than an array holds.
        ["DoublyBlockToeplitz.Of matrix too large"] = ArgumentCase.Rule(() => DoublyBlockToeplitz.Spec.Of(NdArray<long>.Vector(1), [65536], Full), "matrix",
            "shape 65536x65536 has more than"),
        ["DoublyBlockToeplitz.Blocks kernel of rank 0"] = ArgumentCase.Rule(() => DoublyBlockToeplitz.Spec.Blocks(NdArray<long>.Scalar(5), [], Full), "kernel",
            "must have rank at least 1 to have blocks (got rank 0)"),

        ["MatrixProduct.Times a null"] = ArgumentCase.Null(() => MatrixProduct.Spec.Times<long>(null!, [1]), "a"),
        ["MatrixProduct.Times x null"] = ArgumentCase.Null(() => MatrixProduct.Spec.Times(H, null!), "x"),
        ["MatrixProduct.Times a of rank 1"] = ArgumentCase.Rule(() => MatrixProduct.Spec.Times(V, [1L, 2]), "a", "must be a matrix (rank 2) (got rank 1)"),
        ["MatrixProduct.Times x of another length"] = ArgumentCase.Rule(() => MatrixProduct.Spec.Times(H, [1L, 2, 3]), "x",
            "must have one element per column of a (got 3 for 2 columns)"),

        ["MatrixStructure.IsToeplitz a of rank 1"] = ArgumentCase.Rule(() => MatrixStructure.Spec.IsToeplitz(V), "a", "must be a matrix (rank 2) (got rank 1)"),
        ["MatrixStructure.IsCirculant a null"] = ArgumentCase.Null(() => MatrixStructure.Spec.IsCirculant<long>(null!), "a"),
        ["MatrixStructure.IsCirculant a of rank 1"] = ArgumentCase.Rule(() => MatrixStructure.Spec.IsCirculant(V), "a", "must be a matrix (rank 2) (got rank 1)"),
        ["MatrixStructure.IsMultilevelToeplitz a null"] = ArgumentCase.Null(() => MatrixStructure.Spec.IsMultilevelToeplitz<long>(null!, [2], [3]), "a"),
        ["MatrixStructure.IsMultilevelToeplitz a of rank 1"] = ArgumentCase.Rule(() => MatrixStructure.Spec.IsMultilevelToeplitz(V, [2], [1]), "a",
            "must be a matrix (rank 2) (got rank 1)"),
        ["MatrixStructure.IsMultilevelToeplitz rowShape null"] = ArgumentCase.Null(() => MatrixStructure.Spec.IsMultilevelToeplitz(F, null!, [3]), "rowShape"),
        ["MatrixStructure.IsMultilevelToeplitz colShape null"] = ArgumentCase.Null(() => MatrixStructure.Spec.IsMultilevelToeplitz(F, [2], null!), "colShape"),
        ["MatrixStructure.IsMultilevelToeplitz shapes of different ranks"] = ArgumentCase.Rule(() => MatrixStructure.Spec.IsMultilevelToeplitz(F, [2], [3, 1]), "colShape",
            "must have the same rank as rowShape (got rank 1 and rank 2)"),
        ["MatrixStructure.IsMultilevelToeplitz rowShape of another size"] = ArgumentCase.Rule(() => MatrixStructure.Spec.IsMultilevelToeplitz(F, [3], [3]), "rowShape",
            "must have as many elements as the matrix has rows (got 3 for 2 rows)"),
        ["MatrixStructure.IsMultilevelToeplitz colShape of another size"] = ArgumentCase.Rule(() => MatrixStructure.Spec.IsMultilevelToeplitz(F, [2], [2]), "colShape",
            "must have as many elements as the matrix has columns (got 2 for 3 columns)"),
        ["MatrixStructure.IsBlockToeplitz a null"] = ArgumentCase.Null(() => MatrixStructure.Spec.IsBlockToeplitz<long>(null!, 1, 1), "a"),
        ["MatrixStructure.IsBlockToeplitz a of rank 1"] = ArgumentCase.Rule(() => MatrixStructure.Spec.IsBlockToeplitz(V, 1, 1), "a", "must be a matrix (rank 2) (got rank 1)"),
        ["MatrixStructure.IsBlockToeplitz blockRows 0"] = ArgumentCase.Range(() => MatrixStructure.Spec.IsBlockToeplitz(F, 0, 1), "blockRows", "must be at least 1 (got 0)"),
        ["MatrixStructure.IsBlockToeplitz blockCols 0"] = ArgumentCase.Range(() => MatrixStructure.Spec.IsBlockToeplitz(F, 1, 0), "blockCols", "must be at least 1 (got 0)"),
        ["MatrixStructure.IsBlockToeplitz blockRows not dividing"] = ArgumentCase.Rule(() => MatrixStructure.Spec.IsBlockToeplitz(F, 3, 1), "blockRows",
            "must divide the number of rows (got 3 for 2 rows)"),
        ["MatrixStructure.IsBlockToeplitz blockCols not dividing"] = ArgumentCase.Rule(() => MatrixStructure.Spec.IsBlockToeplitz(F, 1, 2), "blockCols",
            "must divide the number of columns (got 2 for 3 columns)"),
        ["MatrixStructure.IsDoublyBlockToeplitz a of rank 1"] = ArgumentCase.Rule(() => MatrixStructure.Spec.IsDoublyBlockToeplitz(V, 1, 1), "a",
            "must be a matrix (rank 2) (got rank 1)"),
        ["MatrixStructure.IsDoublyBlockToeplitz blockCols 0"] = ArgumentCase.Range(() => MatrixStructure.Spec.IsDoublyBlockToeplitz(F, 1, 0), "blockCols",
            "must be at least 1 (got 0)"),

        ["ToeplitzMatrix.FromColumnRow c null"] = ArgumentCase.Null(() => ToeplitzMatrix.Spec.FromColumnRow<long>(null!, [1]), "c"),
        ["ToeplitzMatrix.FromColumnRow r null"] = ArgumentCase.Null(() => ToeplitzMatrix.Spec.FromColumnRow<long>([1], null!), "r"),
        ["ToeplitzMatrix.FromColumn c null"] = ArgumentCase.Null(() => ToeplitzMatrix.Spec.FromColumn<long>(null!), "c"),
        ["ToeplitzMatrix.Convolution kernel null"] = ArgumentCase.Null(() => ToeplitzMatrix.Spec.Convolution<long>(null!, 3, Full), "kernel"),
        ["ToeplitzMatrix.Convolution kernel empty"] = ArgumentCase.Rule(() => ToeplitzMatrix.Spec.Convolution(Array.Empty<long>(), 3, Full), "kernel", "must not be empty"),
        ["ToeplitzMatrix.Convolution n 0"] = ArgumentCase.Range(() => ToeplitzMatrix.Spec.Convolution([1L], 0, Full), "n", "must be at least 1 (got 0)"),
        ["ToeplitzMatrix.Correlation kernel null"] = ArgumentCase.Null(() => ToeplitzMatrix.Spec.Correlation<long>(null!, 3, Full), "kernel"),
        ["ToeplitzMatrix.Window kernelLength 0"] = ArgumentCase.Range(() => ToeplitzMatrix.Spec.Window(0, 3, Full), "kernelLength", "must be at least 1 (got 0)"),
        ["ToeplitzMatrix.Window mode undefined"] = ArgumentCase.Range(() => ToeplitzMatrix.Spec.Window(1, 3, (ConvolutionMode)7), "mode", "7 is not a ConvolutionMode"),
        // a 1-element kernel on 65536 inputs, full: 65536 x 65536 = 2^32 entries, more than an array holds.
        ["ToeplitzMatrix.Convolution matrix too large"] = ArgumentCase.Rule(() => ToeplitzMatrix.Spec.Convolution([1L], 65536, Full), "matrix",
            "shape 65536x65536 has more than"),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_bad_argument_is_refused_with_its_name_and_rule(string name) => Cases[name].Refuses();

    [Fact] // long.MaxValue·1 + 1·1: each product fits, their sum does not.
    public void Integer_overflow_of_a_matrix_product_is_an_error_naming_the_operation()
    {
        var a = NdArray<long>.Matrix(new long[,] { { long.MaxValue, 1 } });
        Assert.StartsWith("matrix product: integer overflow", Assert.Throws<OverflowException>(() => MatrixProduct.Spec.Times(a, [1L, 1])).Message);
    }
}
