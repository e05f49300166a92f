using System.Numerics;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.SpecTests.Generators;

/// <summary>Generators for the matrix laws: kernels with input lengths, modes, and complex vectors.</summary>
public static class MatrixGen
{
    /// <summary>Every convolution mode.</summary>
    public static Gen<ConvolutionMode> Mode => Gen.Elements(Enum.GetValues<ConvolutionMode>());

    /// <summary>A kernel (length 1..6) and an input (length 1..7) with independent lengths: the kernel is sometimes the longer.</summary>
    public static Gen<(T[] Kernel, T[] Input)> KernelAndInput<T>(Gen<T> element) =>
        Gen.Zip(TensorGen.Vector(6, element), TensorGen.Vector(7, element));

    /// <summary>A kernel and an input of one rank (1..<paramref name="maxRank"/>), the kernel no larger than the input on any axis when <paramref name="kernelFits"/>.</summary>
    public static Gen<(NdArray<T> Kernel, NdArray<T> Input)> KernelAndInputND<T>(int maxRank, int max, Gen<T> element, bool kernelFits) =>
        Gen.Choose(1, maxRank).SelectMany(rank => TensorGen.Shape(rank, max).SelectMany(inShape =>
            (kernelFits
                ? Gen.CollectToArray(inShape, n => Gen.Choose(1, n))
                : TensorGen.Shape(rank, max))
            .SelectMany(kShape => Gen.Zip(TensorGen.Tensor(kShape, element), TensorGen.Tensor(inShape, element)))));

    /// <summary>Gaussian integers as Complex (exact in double arithmetic for these sizes).</summary>
    public static Gen<Complex> GaussianInteger => TensorGen.GaussianInteger;

    /// <summary>Complex vectors of length 1..<paramref name="max"/> with Gaussian-integer or 1/64-fraction parts (exact in decimal).</summary>
    public static Gen<Complex[]> ComplexVector(int max) => TensorGen.Vector(max, ExactComplex);

    /// <summary>Complex numbers whose parts are integers in −9..9 or multiples of 1/64 in −16..16.</summary>
    public static Gen<Complex> ExactComplex =>
        Gen.Frequency(
            (2, TensorGen.GaussianInteger),
            (1, Gen.Zip(Gen.Choose(-1024, 1024), Gen.Choose(-1024, 1024)).Select(t => new Complex(t.Item1 / 64.0, t.Item2 / 64.0))));

    /// <summary>A complex tensor of rank 1..<paramref name="maxRank"/>, extents 1..<paramref name="max"/>.</summary>
    public static Gen<NdArray<Complex>> ComplexTensor(int maxRank, int max) => TensorGen.AnyRankTensor(maxRank, max, ExactComplex);

    /// <summary>A vector with distinct non-zero entries (for the parameter-sharing law).</summary>
    public static Gen<long[]> DistinctNonZero(int max) =>
        TensorGen.Extent(max).SelectMany(m => Gen.Shuffle(Enumerable.Range(1, 2 * max).SelectMany(v => new long[] { v, -v }).ToArray())
            .Select(all => all.Take(m).ToArray()));
}
