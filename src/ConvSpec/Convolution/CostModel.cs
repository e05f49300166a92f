using System.Numerics;
using ConvSpec.Fourier;
using ConvSpec.Shapes;

namespace ConvSpec.Convolution;

/// <summary>
/// The cost model of <c>method = auto</c>: estimated seconds of each algorithm, from operation counts and per-operation
/// times measured on the benchmark machine (docs/performance.md):
/// direct = t_mac · |out| · |kernel|;  fft = t_fft · 3 · U(N) with N = Π L_d the padded size;
/// overlap-add = t_fft · ((2 G + 1) · U(L) + 2 |in1|) with G blocks of padded size L, where
/// U(n) = n (log₂ n + 4), doubled out of cache (<see cref="FftUnits"/>); FFT over several lines and
/// overlap-add over 4 or more blocks run on both cores (halved).
/// </summary>
public static class CostModel
{
    /// <summary>Seconds per multiply-add of the vectorised direct kernel (both cores).</summary>
    public const double DirectMac = 0.08e-9;

    /// <summary>Seconds per n log₂ n of a real FFT.</summary>
    public const double FftUnit = 0.9e-9;

    /// <summary>A marker that <see cref="Choose"/> returns for overlap-add (the public <see cref="Method"/> has no such member).</summary>
    internal const Method OverlapAddChoice = (Method)(-1);

    /// <summary>Elements of a transform that no longer fits in the 2 MB level-2 cache (two double arrays and their work).</summary>
    private const double CacheElements = 1 << 16;

    /// <summary>
    /// The relative cost of a real FFT of n points: n (log₂ n + 4) (the +4 for packing, splitting and the product),
    /// doubled beyond <see cref="CacheElements"/> where every Stockham stage streams through memory.
    /// </summary>
    public static double FftUnits(double n) => n * (Math.Log2(Math.Max(n, 2)) + 4) * (n > CacheElements ? 2 : 1);

    /// <summary>True for the element types that have FFT paths: double, float and Complex.</summary>
    public static bool HasFft<T>() => typeof(T) == typeof(double) || typeof(T) == typeof(float) || typeof(T) == typeof(Complex);

    /// <summary>The estimated seconds of direct, FFT and overlap-add for inputs of these shapes (every axis convolved).</summary>
    public static (double Direct, double Fft, double OverlapAdd) Estimate(int[] dims1, int[] dims2, ConvolutionMode mode)
    {
        var (big, small) = Typed.Covers(dims1, dims2) ? (dims1, dims2) : (dims2, dims1);
        var outCount = 1.0;
        for (var d = 0; d < dims1.Length; d++) outCount *= OutputSize.Of(mode, dims1[d], dims2[d]);
        var kernel = small.Aggregate(1.0, (p, e) => p * e);
        var axes = Enumerable.Range(0, dims1.Length).ToArray();
        var n = FftConvolution.PaddedDims(dims1, dims2, axes, real: true).Aggregate(1.0, (p, e) => p * e);
        var lines = n / FftConvolution.PaddedDims(dims1, dims2, axes, real: true).Max();
        var fft = FftUnit * 3 * FftUnits(n) / (lines > 1 ? 2 : 1);
        var oa = double.PositiveInfinity;
        if (Typed.Covers(big, small) && dims1.Length > 0)
        {
            var l = OverlapAdd.BlockDims(big, small);
            var blocks = 1.0;
            for (var d = 0; d < l.Length; d++) blocks *= Math.Ceiling((double)big[d] / (l[d] - small[d] + 1));
            var size = l.Aggregate(1.0, (p, e) => p * e);
            oa = FftUnit * ((2 * blocks + 1) * FftUnits(size) + 2 * big.Aggregate(1.0, (p, e) => p * e)) / (blocks >= 4 ? 2 : 1);
        }
        return (DirectMac * outCount * Math.Min(kernel, big.Aggregate(1.0, (p, e) => p * e)), fft, oa);
    }

    /// <summary>The cheapest of direct, FFT and overlap-add (<see cref="OverlapAddChoice"/>) by <see cref="Estimate"/>.</summary>
    public static Method Choose(int[] dims1, int[] dims2, ConvolutionMode mode)
    {
        if (dims1.Length == 0) return Method.Direct;
        var (direct, fft, oa) = Estimate(dims1, dims2, mode);
        return direct <= fft && direct <= oa ? Method.Direct : oa < fft ? OverlapAddChoice : Method.Fft;
    }
}
