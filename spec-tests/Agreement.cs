using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Bounds;
using ConvSpec.Convolution;
using ConvSpec.Fourier;
using ConvSpec.Shapes;
using ConvSpec.SpecTests.Generators;
using ConvSpec.Tensors;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.SpecTests;

/// <summary>One agreement case: a pair from <see cref="Pairs"/>, a mode, and two inputs.</summary>
public sealed record AgreementCase<T>(Pair Pair, ConvolutionMode Mode, NdArray<T> A, NdArray<T> B)
{
    public override string ToString() => $"{Pair} {Mode.Name()} a={A} b={B}";
}

/// <summary>The shared machinery of the Spec ↔ Fast agreement laws: generators, exact references, measured errors.</summary>
public static class Agreement
{
    /// <summary>The largest extent per axis at each rank, so that the exact (Dyadic) spec stays fast.</summary>
    private static int MaxExtent(int rank) => rank switch { 1 => 4 * AgreementGen.Width + 2, 2 => 10, _ => 4 };

    /// <summary>Cases of the pairs of <paramref name="kind"/> with elements from <paramref name="element"/>.</summary>
    public static Gen<AgreementCase<T>> Cases<T>(PairKind? kind, Gen<T> element, int minExtent = 1) =>
        from pair in Gen.Elements(Pairs.All.Where(p => kind is null || p.Kind == kind).ToArray())
        from mode in Gen.Elements(Enum.GetValues<ConvolutionMode>())
        from rank in Gen.Choose(pair.MinRank, pair.MaxRank)
        from shapes in AgreementGen.Shapes(rank, rank, mode, MaxExtent(rank), minExtent)
        from swap in Gen.Elements(false, mode == ConvolutionMode.Valid)
        from a in TensorGen.Tensor(swap ? shapes.B : shapes.A, element)
        from b in TensorGen.Tensor(swap ? shapes.A : shapes.B, element)
        select new AgreementCase<T>(pair, mode, a, b);

    /// <summary>The exact spec result of double inputs, computed on dyadic rationals.</summary>
    public static NdArray<Dyadic> ExactSpec(Pair pair, NdArray<double> a, NdArray<double> b, ConvolutionMode mode) =>
        pair.Spec(a.Map(Dyadic.FromDouble), b.Map(Dyadic.FromDouble), mode);

    /// <summary>|ĉ_k − c_k| for each k, each correctly rounded to double.</summary>
    public static double[] Errors(NdArray<double> computed, NdArray<Dyadic> exact) =>
        computed.Data.Select((x, k) => Abs(Dyadic.FromDouble(x) - exact.Data[k]).ToDouble()).ToArray();

    /// <summary>|x| of a dyadic.</summary>
    public static Dyadic Abs(Dyadic x) => x.Sign < 0 ? -x : x;

    /// <summary>The elementwise direct-sum bound γ_n (|a| ∗ |b|) with n the larger input's element count (γ is increasing).</summary>
    public static double[] DirectBound(Pair pair, NdArray<double> a, NdArray<double> b, ConvolutionMode mode)
    {
        var magnitude = ExactSpec(pair, a.Map(Math.Abs), b.Map(Math.Abs), mode);
        var n = Math.Max(a.Length, b.Length);
        return magnitude.Data.Select(m => ErrorBound.DirectSum(m.ToDouble(), n) * (1 + 4 * ErrorBound.UnitRoundoff)).ToArray();
    }

    /// <summary>
    /// The normwise bound of the FFT or overlap-add twin on these inputs (all extents ≥ 2, so every axis is convolved):
    /// the padded lengths are those the twin uses; for overlap-add, the blocks of the larger input.
    /// </summary>
    public static double FftBound(Pair pair, NdArray<double> a, NdArray<double> b, ConvolutionMode mode)
    {
        var (d1, d2) = (a.Shape.ToArray(), b.Shape.ToArray());
        var axes = Enumerable.Range(0, d1.Length).ToArray();
        var covers = d1.Zip(d2).All(t => t.First >= t.Second);
        var swapped = mode == ConvolutionMode.Valid && !covers;
        if (pair.Kind == PairKind.OverlapAdd && (covers || swapped))
        {
            var (x, h) = swapped ? (b, a) : (a, b);
            var l = OverlapAdd.BlockDims(x.Shape.ToArray(), h.Shape.ToArray());
            return ErrorBound.OverlapAdd(Blocks(x, l.Select((e, d) => e - h.Shape[d] + 1).ToArray()), h.Data, l, d1.Length);
        }
        return ErrorBound.FftConvolution(a.Data, b.Data, FftConvolution.RealPaddedDims(d1, d2, axes));
    }

    private static IEnumerable<double[]> Blocks(NdArray<double> x, int[] block)
    {
        var grid = x.Shape.Select((m, d) => (m + block[d] - 1) / block[d]).ToArray();
        foreach (var g in IndexSpace.Of(grid))
        {
            var maps = g.Select((i, d) => Slab.Shifted(i * block[d], Math.Min(block[d], x.Shape[d] - i * block[d]), x.Shape[d])).ToArray();
            yield return Slab.Gather(x.Data, x.Shape, maps, 0.0);
        }
    }

    /// <summary>‖ĉ − c‖₂ from the correctly rounded elementwise errors, rounded up.</summary>
    public static double Norm(double[] errors) => ErrorBound.Norm2(errors);
}
