using System.Numerics;
using ConvSpec.Tensors;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.SpecTests.Generators;

/// <summary>Generators for the laws beyond <see cref="TensorGen"/>: 2-D pairs with long kernels, complex pairs, offsets.</summary>
public static class LawGen
{
    /// <summary>A 2-D input (extents 1..4) and a kernel whose extents reach three times the input's (longer kernels included).</summary>
    public static Gen<(NdArray<long> A, NdArray<long> K)> InputAndLongKernel =>
        from a in TensorGen.Tensor(2, 4, TensorGen.Integer)
        from rows in Gen.Choose(1, 3 * a.Shape[0])
        from cols in Gen.Choose(1, 3 * a.Shape[1])
        from k in TensorGen.Tensor([rows, cols], TensorGen.Integer)
        select (a, k);

    /// <summary>Two complex tensors of one rank 1..3, Gaussian-integer elements (products exact in double).</summary>
    public static Gen<(NdArray<Complex> A, NdArray<Complex> B)> ComplexPair => TensorGen.Pair(3, 4, TensorGen.GaussianInteger);

    /// <summary>Non-negative offsets 0..3, one per axis.</summary>
    public static Gen<int[]> Offsets(int rank) => Gen.ArrayOf(Gen.Choose(0, 3), rank);

    /// <summary>A mode.</summary>
    public static Gen<ConvSpec.Shapes.ConvolutionMode> Mode => Gen.Elements(TensorOps.Modes);

    /// <summary>Small integer coefficients.</summary>
    public static Gen<long> Coefficient => Gen.Choose(-5, 5).Select(x => (long)x);
}
