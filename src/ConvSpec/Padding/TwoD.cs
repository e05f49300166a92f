using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Padding;

/// <summary>What <c>convolve2d</c> and <c>correlate2d</c> share: their input rules and a read through the boundary.</summary>
internal static class TwoD
{
    /// <summary>Both inputs 2-D and non-empty, a known boundary, and the mode's shape rules.</summary>
    public static void CheckInputs<T>(NdArray<T> in1, NdArray<T> in2, ConvolutionMode mode, Boundary boundary)
    {
        Preconditions.NotNull(in1, nameof(in1));
        Preconditions.NotNull(in2, nameof(in2));
        Preconditions.Require(in1.Rank == 2, nameof(in1), $"must be a 2-D array (got rank {in1.Rank})");
        Preconditions.Require(in2.Rank == 2, nameof(in2), $"must be a 2-D array (got rank {in2.Rank})");
        Preconditions.Defined(boundary, nameof(boundary));
        OutputSize.CheckInputs(mode, in1.Shape, in2.Shape);
    }

    /// <summary>E(x)[i, j]: x at the boundary-mapped index, or the fill value.</summary>
    public static T Read<T>(NdArray<T> x, int i, int j, Boundary boundary, T fill)
    {
        var r = Extend.Spec.Index(i, x.Shape[0], boundary);
        var c = Extend.Spec.Index(j, x.Shape[1], boundary);
        return r is int row && c is int col ? x[row, col] : fill;
    }
}
