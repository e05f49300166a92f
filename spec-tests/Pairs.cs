using System.Numerics;
using ConvSpec.Convolution;
using ConvSpec.Correlation;
using ConvSpec.Padding;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests;

/// <summary>How a fast twin computes, and so which agreement law bounds it.</summary>
public enum PairKind
{
    /// <summary>Direct sums: elementwise γ_n (|a| ∗ |b|).</summary>
    Direct,
    /// <summary>FFT convolution: the normwise FFT bound.</summary>
    Fft,
    /// <summary>Overlap-add: the sum of block FFT bounds.</summary>
    OverlapAdd,
}

/// <summary>One Spec function, its Fast twin, the ranks it takes and the boundary it reads with (2-D only).</summary>
public sealed record Pair(string Name, PairKind Kind, int MinRank, int MaxRank, Boundary Boundary = Boundary.Fill)
{
    /// <summary>The spec's answer.</summary>
    public NdArray<T> Spec<T>(NdArray<T> a, NdArray<T> b, ConvolutionMode mode)
        where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T> => Name switch
        {
            "Convolve.Apply" or "Convolve.Apply(method: fft)" or "Convolve.Apply(method: auto)" => Convolve.Spec.Apply(a, b, mode),
            "Correlate.Apply" or "Correlate.Apply(method: fft)" => Correlate.Spec.Apply(a, b, mode),
            "Convolve2D.Apply" => Convolve2D.Spec.Apply(a, b, mode, Boundary),
            "Correlate2D.Apply" => Correlate2D.Spec.Apply(a, b, mode, Boundary),
            "Convolve.AlongAxes" or "Convolve.OverlapAdd" => Convolve.Spec.AlongAxes(a, b, mode, null),
            _ => throw new InvalidOperationException(Name),
        };

    /// <summary>The fast twin's answer.</summary>
    public NdArray<T> Fast<T>(NdArray<T> a, NdArray<T> b, ConvolutionMode mode)
        where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T> => Name switch
        {
            "Convolve.Apply" => Convolve.Fast.Apply(a, b, mode),
            "Convolve.Apply(method: fft)" => Convolve.Fast.Apply(a, b, mode, Method.Fft),
            "Convolve.Apply(method: auto)" => Convolve.Fast.Apply(a, b, mode, Method.Auto),
            "Correlate.Apply" => Correlate.Fast.Apply(a, b, mode),
            "Correlate.Apply(method: fft)" => Correlate.Fast.Apply(a, b, mode, Method.Fft),
            "Convolve2D.Apply" => Convolve2D.Fast.Apply(a, b, mode, Boundary),
            "Correlate2D.Apply" => Correlate2D.Fast.Apply(a, b, mode, Boundary),
            "Convolve.AlongAxes" => Convolve.Fast.AlongAxes(a, b, mode, null),
            "Convolve.OverlapAdd" => Convolve.Fast.OverlapAdd(a, b, mode, null),
            _ => throw new InvalidOperationException(Name),
        };

    public override string ToString() => Boundary == Boundary.Fill ? Name : $"{Name}[{Boundary.Name()}]";
}

/// <summary>The table of every Spec ↔ Fast pair; the agreement laws run over all of it.</summary>
public static class Pairs
{
    public static readonly Pair[] All =
    [
        new("Convolve.Apply", PairKind.Direct, 1, 3),
        new("Correlate.Apply", PairKind.Direct, 1, 3),
        new("Convolve2D.Apply", PairKind.Direct, 2, 2, Boundary.Fill),
        new("Convolve2D.Apply", PairKind.Direct, 2, 2, Boundary.Wrap),
        new("Convolve2D.Apply", PairKind.Direct, 2, 2, Boundary.Symm),
        new("Correlate2D.Apply", PairKind.Direct, 2, 2, Boundary.Fill),
        new("Correlate2D.Apply", PairKind.Direct, 2, 2, Boundary.Wrap),
        new("Correlate2D.Apply", PairKind.Direct, 2, 2, Boundary.Symm),
        new("Convolve.Apply(method: fft)", PairKind.Fft, 1, 3),
        new("Convolve.Apply(method: auto)", PairKind.Fft, 1, 2),
        new("Correlate.Apply(method: fft)", PairKind.Fft, 1, 3),
        new("Convolve.AlongAxes", PairKind.Fft, 1, 3),
        new("Convolve.OverlapAdd", PairKind.OverlapAdd, 1, 2),
    ];

    /// <summary>The pairs as xUnit theory data.</summary>
    public static IEnumerable<object[]> Data(PairKind? kind = null) =>
        All.Where(p => kind is null || p.Kind == kind).Select(p => new object[] { p });
}
