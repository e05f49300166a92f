using ConvSpec.Padding;

namespace ConvSpec.Layers;

/// <summary>
/// The layout the fast convolution works in, fixed once per call: the GEMM Y_g[M/G x P] = W_g[M/G x Kc] · X_col[Kc x P]
/// with Kc = C/G·ΠK rows of the im2col matrix and P = ΠO output positions, tiled into MR x NR tiles
/// (MR = 8 or 4 rows, NR = 3 vectors of the widest accelerated width) and blocks of whole NR-panels.
/// </summary>
internal sealed class ConvPlan
{

    public ConvPlan(ConvGeometry g, int vectorWidth, int bytesPerElement)
    {
        Geometry = g;
        // No product overflows: each is at most the length of an array of the call (ΠK and C/G·ΠK ≤ |W|, ΠD ≤ |X|,
        // ΠO ≤ |Y|), as Conv.Fast plans only non-empty outputs, where N ≥ 1 and M, C ≥ 1 always.
        KernelCount = g.Kernel.Aggregate(1, (p, k) => p * k);
        Depth = g.ChannelsPerGroup * KernelCount;
        Positions = g.Output.Aggregate(1, (p, o) => p * o);
        Plane = g.Input.Aggregate(1, (p, d) => p * d);
        RequireArray("the im2col tables need ΠK·ΠO", KernelCount, Positions);
        VectorWidth = vectorWidth;
        RowsPerTile = vectorWidth * bytesPerElement == 64 ? 8 : 4;
        PanelWidth = 3 * vectorWidth;
        RequireArray("one im2col panel needs Kc·NR", Depth, PanelWidth);
        PanelsPerBlock = (int)Math.Max(1, Math.Min(Math.Min(512 / PanelWidth, (Positions + PanelWidth - 1L) / PanelWidth),
            Array.MaxLength / ((long)Depth * PanelWidth)));
        Source = SourceTable(g, KernelCount, Positions);
        Runs = RunTable(Source, KernelCount, Positions);
    }

    public ConvGeometry Geometry { get; }
    /// <summary>ΠK, the kernel offsets per channel.</summary>
    public int KernelCount { get; }
    /// <summary>Kc = C/G·ΠK, the length of every dot product.</summary>
    public int Depth { get; }
    /// <summary>P = ΠO output positions per (n, m).</summary>
    public int Positions { get; }
    /// <summary>ΠD input cells per (n, c).</summary>
    public int Plane { get; }
    public int VectorWidth { get; }
    /// <summary>MR, the rows of one tile: 8 on 512-bit vectors (32 registers), else 4 (the scalar width 1 is 4 or 8 bytes).</summary>
    public int RowsPerTile { get; }
    /// <summary>NR, the columns of one tile.</summary>
    public int PanelWidth { get; }
    public int PanelsPerBlock { get; }
    /// <summary>NR·panels; Kc·BlockWidth, the im2col block, fits in an array.</summary>
    public int BlockWidth => PanelWidth * PanelsPerBlock;
    public int Blocks => (int)((Positions + BlockWidth - 1L) / BlockWidth);
    /// <summary>Source[κ·P + p]: the offset in a channel plane that kernel offset κ reads for output p, or −1 for zero.</summary>
    public int[] Source { get; }
    /// <summary>Runs[κ·P + p]: how many entries of row κ from p on continue Source[κ·P + p] (all −1, or +1 each step).</summary>
    public int[] Runs { get; }

    /// <summary>Refuses a layer whose <paramref name="what"/> = a·b entries do not fit in an array: the fast twin cannot hold it.</summary>
    internal static void RequireArray(string what, int a, int b)
    {
        if ((long)a * b > Array.MaxLength)
            throw new NotSupportedException(
                $"Conv.Fast: {what} = {a}·{b} = {(long)a * b} entries, more than an array holds ({Array.MaxLength}); Conv.Spec computes this layer");
    }

    private static int[] SourceTable(ConvGeometry g, int kernelCount, int positions)
    {
        var k = g.SpatialRank;
        var axisStride = new int[k];
        for (int a = k - 1, s = 1; a >= 0; s *= g.Input[a], a--) axisStride[a] = s;
        var map = new int[k][];
        for (var a = 0; a < k; a++)
        {
            map[a] = new int[g.Kernel[a] * g.Output[a]];
            for (var kappa = 0; kappa < g.Kernel[a]; kappa++)
                for (var o = 0; o < g.Output[a]; o++)
                {
                    var at = PadModes.Fast.Index(o * g.Strides[a] + kappa * g.Dilations[a] - g.PadBegin[a], g.Input[a], g.PaddingMode);
                    map[a][kappa * g.Output[a] + o] = at is { } i ? i * axisStride[a] : -1;
                }
        }
        var table = new int[kernelCount * positions]; // fits: RequireArray
        for (var kappa = 0; kappa < kernelCount; kappa++)
            for (var p = 0; p < positions; p++)
                table[kappa * positions + p] = Offset(g, map, kappa, p);
        return table;
    }

    private static int[] RunTable(int[] source, int kernelCount, int positions)
    {
        var runs = new int[source.Length];
        for (var kappa = 0; kappa < kernelCount; kappa++)
            for (int p = positions - 1, i = kappa * positions + p; p >= 0; p--, i--)
            {
                var continues = p + 1 < positions
                    && (source[i] < 0 ? source[i + 1] < 0 : source[i + 1] == source[i] + 1);
                runs[i] = continues ? runs[i + 1] + 1 : 1;
            }
        return runs;
    }

    private static int Offset(ConvGeometry g, int[][] map, int kappa, int p)
    {
        var offset = 0;
        for (var a = g.SpatialRank - 1; a >= 0; a--)
        {
            var (ka, oa) = (kappa % g.Kernel[a], p % g.Output[a]);
            (kappa, p) = (kappa / g.Kernel[a], p / g.Output[a]);
            var at = map[a][ka * g.Output[a] + oa];
            if (at < 0) return -1;
            offset += at;
        }
        return offset;
    }
}
