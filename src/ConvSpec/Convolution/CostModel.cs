using System.Numerics;
using ConvSpec.Fourier;
using ConvSpec.Shapes;

namespace ConvSpec.Convolution;

/// <summary>
/// The cost model of <c>method = auto</c>: estimated seconds of each algorithm, from operation counts and per-operation
/// times measured on the benchmark machine (docs/performance.md):
/// direct = 5 µs + t_mac · |out| · |kernel| (t_mac lower past 2^20 terms, where both cores work);
/// fft = 25 µs + t_fft · 3 · U(N) with N = Π L_d the padded size;
/// overlap-add = 25 µs + t_fft · ((2 G + 1) · U(L) + 2 |in1|) with G blocks of padded size L, where
/// U(n) = n (log₂ n + 4), doubled out of cache (<see cref="FftUnits"/>); FFT over several lines and
/// overlap-add over 4 or more blocks run on both cores (halved).
/// </summary>
public static class CostModel
{
    /// <summary>Seconds per multiply-add of the vectorised direct kernel up to 2^20 multiply-adds.</summary>
    public const double DirectMac = 0.14e-9;

    /// <summary>Seconds per multiply-add of large direct sums (past 2^20 multiply-adds, both cores busy).</summary>
    public const double DirectMacLarge = 0.07e-9;

    /// <summary>Seconds of fixed cost of a direct sum (gathering the padded input, the output).</summary>
    public const double DirectOverhead = 5e-6;

    /// <summary>Seconds per n log₂ n of a real FFT.</summary>
    public const double FftUnit = 0.4e-9;

    /// <summary>Seconds of fixed cost of an FFT or overlap-add convolution (plans, buffers, gathers).</summary>
    public const double FftOverhead = 25e-6;

    /// <summary>Below this many multiply-adds (|in1|·|in2|) direct wins outright and no estimate is made.</summary>
    private const double SmallWork = 1 << 16;

    /// <summary>A marker that <see cref="Choose"/> returns for overlap-add (the public <see cref="Method"/> has no such member).</summary>
    internal const Method OverlapAddChoice = (Method)(-1);

    /// <summary>Elements of a transform that streams through memory at every stage (measured: the time per unit doubles between 2^16 and 2^20 points) (two double arrays and their work).</summary>
    private const double CacheElements = 1 << 18;

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
        var n = FftConvolution.RealPaddedDims(dims1, dims2, axes).Aggregate(1.0, (p, e) => p * e);
        var lines = n / FftConvolution.RealPaddedDims(dims1, dims2, axes).Max();
        var fft = FftOverhead + FftUnit * 3 * FftUnits(n) / (lines > 1 ? 2 : 1);
        var oa = double.PositiveInfinity;
        if (Typed.Covers(big, small)) // rank ≥ 1 here: the longest padded axis above has one
        {
            var l = OverlapAdd.BlockDims(big, small);
            var blocks = 1.0;
            for (var d = 0; d < l.Length; d++) blocks *= Math.Ceiling((double)big[d] / (l[d] - small[d] + 1));
            var size = l.Aggregate(1.0, (p, e) => p * e);
            oa = FftOverhead + FftUnit * ((2 * blocks + 1) * FftUnits(size) + 2 * big.Aggregate(1.0, (p, e) => p * e)) / (blocks >= 4 ? 2 : 1);
        }
        var macs = outCount * Math.Min(kernel, big.Aggregate(1.0, (p, e) => p * e));
        return (DirectOverhead + macs * (macs < 1 << 20 ? DirectMac : DirectMacLarge), fft, oa);
    }

    /// <summary>The cheapest of direct, FFT and overlap-add (<see cref="OverlapAddChoice"/>) by <see cref="Estimate"/>.</summary>
    public static Method Choose(int[] dims1, int[] dims2, ConvolutionMode mode)
    {
        if (dims1.Length == 0) return Method.Direct;
        var (count1, count2) = (dims1.Aggregate(1.0, (p, e) => p * e), dims2.Aggregate(1.0, (p, e) => p * e));
        if (count1 * count2 <= SmallWork) return Method.Direct;
        var (direct, fft, oa) = Estimate(dims1, dims2, mode);
        return Cheapest(direct, fft, oa);
    }

    /// <summary>The method of least estimated time; ties go to direct (no transform error), then to one FFT over overlap-add.</summary>
    internal static Method Cheapest(double direct, double fft, double overlapAdd) =>
        direct <= fft && direct <= overlapAdd ? Method.Direct : overlapAdd < fft ? OverlapAddChoice : Method.Fft;
}
