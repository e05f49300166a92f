using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.TestSupport;

/// <summary>The good arguments the Fast twins' argument tables pair with one bad one.</summary>
public static class FastArgumentInputs
{
    public static readonly double[] V = [1, 2, 3];
    public static readonly NdArray<double> A = new([2, 3], [1, 2, 3, 4, 5, 6]);
    public static readonly NdArray<double> B = new([2, 2], [1, 0, 0, 1]);
    /// <summary>Row (1×5) and Column (3×1): neither covers the other, so valid mode refuses them.</summary>
    public static readonly NdArray<double> Row = new([1, 5], [1, 2, 3, 4, 5]);
    public static readonly NdArray<double> Column = new([3, 1], [1, 2, 3]);
    public const string Neither = "valid mode needs one input at least as large as the other in every axis (got 1x5 and 3x1)";
}
