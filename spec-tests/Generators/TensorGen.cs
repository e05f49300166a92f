using System.Numerics;
using ConvSpec.Tensors;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.SpecTests.Generators;

/// <summary>
/// Shared generators of tensors and element values. They reach the edges the laws must hold on:
/// extent 1, equal extents, the second input longer than the first, even and odd lengths, zero,
/// negative and large values, complex values.
/// </summary>
public static class TensorGen
{
    /// <summary>Integers, mostly small, sometimes zero, ±1 or about ±2^31 (products stay far from Int128 overflow).</summary>
    public static Gen<long> Integer =>
        Gen.Frequency(
            (6, Gen.Choose(-9, 9).Select(x => (long)x)),
            (1, Gen.Elements(0L, 1L, -1L)),
            (1, Gen.Elements(int.MaxValue, int.MinValue, 1L << 31, -(1L << 31) + 7)));

    /// <summary>Doubles: small integers, dyadic fractions, and wide-range values of both signs.</summary>
    public static Gen<double> Real =>
        Gen.Frequency(
            (3, Gen.Choose(-9, 9).Select(x => (double)x)),
            (3, Gen.Choose(-1000, 1000).Select(x => x / 64.0)),
            (2, Gen.Zip(Gen.Choose(-1_000_000, 1_000_000), Gen.Choose(-30, 30)).Select(t => Math.ScaleB(t.Item1, t.Item2))));

    /// <summary>Complex numbers with small integer parts (exact in double arithmetic).</summary>
    public static Gen<Complex> GaussianInteger =>
        Gen.Zip(Gen.Choose(-9, 9), Gen.Choose(-9, 9)).Select(t => new Complex(t.Item1, t.Item2));

    /// <summary>An extent from 1 to <paramref name="max"/>, weighted towards 1 and 2.</summary>
    public static Gen<int> Extent(int max) =>
        Gen.Frequency((1, Gen.Constant(1)), (1, Gen.Constant(Math.Min(2, max))), (4, Gen.Choose(1, max)));

    /// <summary>A shape of <paramref name="rank"/> extents, each 1..<paramref name="max"/>.</summary>
    public static Gen<int[]> Shape(int rank, int max) => Gen.ArrayOf(Extent(max), rank);

    /// <summary>A tensor of the given shape with elements from <paramref name="element"/>.</summary>
    public static Gen<NdArray<T>> Tensor<T>(int[] shape, Gen<T> element) =>
        Gen.ArrayOf(element, shape.Aggregate(1, (p, d) => p * d)).Select(data => new NdArray<T>(shape, data));

    /// <summary>A tensor of <paramref name="rank"/> with extents 1..<paramref name="max"/>.</summary>
    public static Gen<NdArray<T>> Tensor<T>(int rank, int max, Gen<T> element) =>
        Shape(rank, max).SelectMany(shape => Tensor(shape, element));

    /// <summary>A tensor of rank 1..<paramref name="maxRank"/>.</summary>
    public static Gen<NdArray<T>> AnyRankTensor<T>(int maxRank, int max, Gen<T> element) =>
        Gen.Choose(1, maxRank).SelectMany(rank => Tensor(rank, max, element));

    /// <summary>Two tensors of one rank (1..<paramref name="maxRank"/>) and independent shapes.</summary>
    public static Gen<(NdArray<T> A, NdArray<T> B)> Pair<T>(int maxRank, int max, Gen<T> element) =>
        Gen.Choose(1, maxRank).SelectMany(rank =>
            Gen.Zip(Tensor(rank, max, element), Tensor(rank, max, element)));

    /// <summary>Three tensors of one rank.</summary>
    public static Gen<(NdArray<T> A, NdArray<T> B, NdArray<T> C)> Triple<T>(int maxRank, int max, Gen<T> element) =>
        Gen.Choose(1, maxRank).SelectMany(rank =>
            from a in Tensor(rank, max, element)
            from b in Tensor(rank, max, element)
            from c in Tensor(rank, max, element)
            select (a, b, c));

    /// <summary>A 1-D array of length 1..<paramref name="max"/>.</summary>
    public static Gen<T[]> Vector<T>(int max, Gen<T> element) =>
        Extent(max).SelectMany(n => Gen.ArrayOf(element, n));
}

/// <summary>Generators for the Spec ↔ Fast agreement laws: extents that cross the vector widths, modes that fit.</summary>
public static class AgreementGen
{
    /// <summary>The widest lane the fast kernels use here (8 doubles with AVX-512, 4 with AVX2, 1 without).</summary>
    public static int Width => System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated ? 8
        : System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated ? 4 : 1;

    /// <summary>Extents 1..(2·W + 1), W = Vector&lt;double&gt;.Count, weighted to 1, W, W ± 1 and 4W ± 1 (the register block).</summary>
    public static Gen<int> Extent(int max) =>
        Gen.Frequency(
            (3, Gen.Choose(1, Math.Min(max, 2 * System.Numerics.Vector<double>.Count + 1))),
            (1, Gen.Elements(1, 2, Width - 1, Width, Width + 1, 4 * Width - 1, 4 * Width + 1).Select(e => Math.Clamp(e, 1, max))));

    /// <summary>Two shapes of one rank in [minRank, maxRank] that <paramref name="mode"/> accepts.</summary>
    public static Gen<(int[] A, int[] B)> Shapes(int minRank, int maxRank, ConvSpec.Shapes.ConvolutionMode mode, int max, int min = 1)
    {
        var extent = Extent(max).Select(e => Math.Max(e, min));
        return Gen.Choose(minRank, maxRank).SelectMany(rank =>
            Gen.Zip(Gen.ArrayOf(extent, rank), Gen.ArrayOf(extent, rank)).Select(t =>
            {
                if (mode != ConvSpec.Shapes.ConvolutionMode.Valid) return t;
                var b = t.Item2.Select((e, d) => Math.Min(e, t.Item1[d])).ToArray();
                return (t.Item1, b);
            }));
    }
}
