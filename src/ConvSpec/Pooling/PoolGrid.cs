using ConvSpec.Shapes;
using ConvSpec.Validation;

namespace ConvSpec.Pooling;

/// <summary>
/// The resolved geometry of a pooling window on an N x C x D_1 x ... x D_k input: per spatial axis a the window
/// K_a, stride s_a, dilation d_a, pads (b_a, e_a) and output extent O_a. Output cell o on axis a reads input
/// positions
/// <code>  x_a(o, j) = o·s_a − b_a + j·d_a,   j = 0 .. K_a − 1 </code>
/// A position is an input cell when 0 ≤ x &lt; D_a, a padding cell when −b_a ≤ x &lt; 0 or D_a ≤ x &lt; D_a + e_a, and
/// an overhang cell when x ≥ D_a + e_a (only ceil_mode makes those: the partial last window).
/// Shared by the Spec and Fast twins: it is shape logic only.
/// </summary>
public sealed class PoolGrid
{
    private PoolGrid(int batch, int channels, int[] input, int[] kernel, int[] strides, int[] dilations,
        int[] padsBegin, int[] padsEnd, int[] output)
    {
        (Batch, Channels, Input, Kernel, Strides, Dilations) = (batch, channels, input, kernel, strides, dilations);
        (PadsBegin, PadsEnd, Output) = (padsBegin, padsEnd, output);
    }

    public int Batch { get; }
    public int Channels { get; }
    /// <summary>D_1..D_k.</summary>
    public int[] Input { get; }
    /// <summary>K_1..K_k.</summary>
    public int[] Kernel { get; }
    public int[] Strides { get; }
    public int[] Dilations { get; }
    public int[] PadsBegin { get; }
    public int[] PadsEnd { get; }
    /// <summary>O_1..O_k.</summary>
    public int[] Output { get; }

    /// <summary>Window cells visited by a direct evaluation: N·C·Π O_a · Π K_a.</summary>
    public long CellVisits => (long)Batch * Channels * Output.Aggregate(1L, (p, o) => p * o) * Kernel.Aggregate(1L, (p, q) => Math.Min(p * q, 1L << 40));

    /// <summary>The number of spatial axes k.</summary>
    public int Rank => Input.Length;

    /// <summary>N x C x O_1 x ... x O_k.</summary>
    public int[] OutputShape => [Batch, Channels, .. Output];

    /// <summary>x_a(o, j) = o·s_a − b_a + j·d_a.</summary>
    public int Position(int axis, int o, int j) => o * Strides[axis] - PadsBegin[axis] + j * Dilations[axis];

    /// <summary>The window's start x_a(o, 0) = o·s_a − b_a, in 64 bits.</summary>
    internal long WindowStart(int axis, int o) => (long)o * Strides[axis] - PadsBegin[axis];

    /// <summary>
    /// j0 = max(0, ⌈−x_a(o, 0)/d_a⌉) = max(0, (d_a − 1 − x_a(o, 0))/d_a): the first tap of window o at or past input
    /// cell 0. Truncating division agrees with the ceiling's floor form here: its numerator is negative only for
    /// x ≥ d_a, where both quotients are at most 0.
    /// </summary>
    internal long FirstInputTap(int axis, int o) => Math.Max(0, (Dilations[axis] - 1 - WindowStart(axis, o)) / Dilations[axis]);

    /// <summary>Resolves <paramref name="options"/> against an input of shape N x C x D_1 x ... x D_k.</summary>
    public static PoolGrid Of(IReadOnlyList<int> inputShape, PoolOptions options)
    {
        Preconditions.NotNull(inputShape, "X");
        Preconditions.NotNull(options, nameof(options));
        Preconditions.Require(inputShape.Count >= 3, "X", $"must have shape N x C x D1 x ... x Dk with k >= 1 (got {ShapeText.Of(inputShape)})");
        var k = inputShape.Count - 2;
        var input = inputShape.Skip(2).ToArray();
        Preconditions.NotEmpty(inputShape, "X");
        var kernel = Axes(options.KernelShape, k, 1, "kernel_shape", required: true);
        var strides = Axes(options.Strides, k, 1, "strides");
        var dilations = Axes(options.Dilations, k, 1, "dilations");
        var pads = Axes(options.Pads, 2 * k, 0, "pads", minimum: 0);
        Preconditions.Defined(options.AutoPad, "auto_pad");
        Preconditions.Require(options.AutoPad == AutoPad.NotSet || pads.All(p => p == 0), "pads",
            $"cannot be used together with auto_pad {options.AutoPad} (ONNX: explicit pads need auto_pad NOTSET; got {string.Join(", ", pads)})");
        var (begin, end, output) = (new int[k], new int[k], new int[k]);
        for (var a = 0; a < k; a++)
        {
            if (options.AutoPad == AutoPad.NotSet) CheckPadLimit(options.PadLimit, pads[a], pads[a + k], kernel[a], a);
            Preconditions.Require((long)(kernel[a] - 1) * dilations[a] + 1 <= int.MaxValue && (long)input[a] + pads[a] + pads[a + k] <= int.MaxValue,
                "kernel_shape", $"the window span and the padded extent must fit in 32 bits on spatial axis {a}");
            (begin[a], end[a]) = WindowOutputSize.Pads(options.AutoPad, input[a], kernel[a], strides[a], dilations[a], pads[a], pads[a + k]);
            // SAME pads give ⌈D/s⌉ windows under the floor law: with total pad t > 0, room = (⌈D/s⌉ − 1)·s exactly;
            // with t = 0, (⌈D/s⌉ − 1)·s ≤ room = D − span ≤ D − 1.
            output[a] = OutputExtent(input[a], kernel[a], strides[a], dilations[a], begin[a], end[a],
                options.CeilMode && options.AutoPad == AutoPad.NotSet, a);
        }
        var grid = new PoolGrid(inputShape[0], inputShape[1], input, kernel, strides, dilations, begin, end, output);
        grid.CheckWindowsHoldInput();
        return grid;
    }

    /// <summary>
    /// The pooling size law on one axis: <see cref="WindowOutputSize.Of"/> when the window fits the padded input;
    /// when it does not (room = D + b + e − d(K−1) − 1 &lt; 0), PyTorch's and ONNX's reference law still applies with
    /// floor division: O = ⌊room/s⌋ + 1 or ⌊(room + s − 1)/s⌋ + 1 (ceil), which gives 0 windows (an empty output)
    /// or, in ceil mode, one partial window; a negative O is an error (torch: "Invalid computed output size").
    /// Example D = 1, K = 2, s = 2: floor mode 0 windows; ceil mode 1 window holding the one cell.
    /// </summary>
    public static int OutputExtent(int extent, int kernel, int stride, int dilation, int padBegin, int padEnd, bool ceilMode, int axis = 0)
    {
        WindowOutputSize.CheckAxis(extent, kernel, stride, dilation, padBegin, padEnd);
        var room = (long)extent + padBegin + padEnd - ((long)(kernel - 1) * dilation + 1);
        // The shortfall r = max(0, −room): the window fits the padded input iff r = 0, and then the shared law applies.
        var shortfall = Math.Max(0, -room);
        if (shortfall == 0) return WindowOutputSize.Of(extent, kernel, stride, dilation, padBegin, padEnd, ceilMode);
        // With r > 0: ⌊room/s⌋ = −⌈r/s⌉ and ⌈room/s⌉ = −⌊r/s⌋.
        var output = 1 - (ceilMode ? shortfall / stride : (shortfall + stride - 1) / stride);
        if (ceilMode && (output - 1) * stride >= (long)extent + padBegin) output--;
        Preconditions.Require(output >= 0, "kernel_shape",
            $"the window spans {(long)(kernel - 1) * dilation + 1} cells but the padded input has only {(long)extent + padBegin + padEnd} on spatial axis {axis} (computed output size {output})");
        return (int)output;
    }

    private static int[] Axes(int[]? given, int count, int fallback, string name, bool required = false, int minimum = 1)
    {
        if (given is null)
        {
            Preconditions.Require(!required, name, "is required");
            return Enumerable.Repeat(fallback, count).ToArray();
        }
        Preconditions.Require(given.Length == count, name, $"must have {count} entries for {count / (name == "pads" ? 2 : 1)} spatial axes (got {given.Length})");
        foreach (var v in given)
            Preconditions.Require(v >= minimum, name, $"entries must be at least {minimum} (got {string.Join(", ", given)})");
        return (int[])given.Clone();
    }

    private static void CheckPadLimit(PadLimit limit, int begin, int end, int kernel, int axis)
    {
        Preconditions.Defined(limit, "pad_limit");
        var (ok, rule) = limit switch
        {
            PadLimit.Onnx => (begin < kernel && end < kernel, $"must be smaller than the kernel ({kernel})"),
            PadLimit.PyTorch => (begin <= kernel / 2 && end <= kernel / 2, $"must be at most half the kernel ({kernel / 2})"),
            // Stryker disable once String : this arm's ok is the constant true, and the rule text is read only when ok is false
            _ => (true, ""),
        };
        Preconditions.Require(ok, "pads", $"{rule} on axis {axis} (got {begin} and {end})");
    }

    /// <summary>
    /// Every window must cover at least one input cell on every axis (else max and averages are undefined).
    /// A window starting at or past D (start = o·s − b ≥ D) covers none, and only the last can. A window starting
    /// before 0 first reaches 0 at j0 = ⌈−start/d⌉ and covers a cell iff j0 &lt; K and start + j0·d &lt; D; j0 grows as
    /// start falls and start + j0·d depends only on start mod d, so the first min(count, d) such windows decide.
    /// </summary>
    private void CheckWindowsHoldInput()
    {
        for (var a = 0; a < Rank; a++)
        {
            if (Output[a] == 0) continue;
            var beforeInput = (long)PadsBegin[a] + Strides[a];
            // Stryker disable once Arithmetic : ⌈b/s⌉ replaced by (b + s)·s or (b + s + 1)/s only grows, and Min(·, O) keeps it to windows of the output, so the mutant checks a superset of real windows; the original set already decides (see the summary), so both accept the same grids
            var negative = Math.Min((beforeInput - 1) / Strides[a], Output[a]);
            for (var o = 0; o < Math.Min(negative, Dilations[a]); o++) RequireHolds(a, o);
            RequireHolds(a, Output[a] - 1);
        }
    }

    private void RequireHolds(int a, int o)
    {
        var first = FirstInputTap(a, o);
        Preconditions.Require(first < Kernel[a] && WindowStart(a, o) + first * Dilations[a] < Input[a], "pads",
            $"window {o} on spatial axis {a} covers no input cell (extent {Input[a]}, kernel {Kernel[a]}, stride {Strides[a]}, dilation {Dilations[a]}, pads {PadsBegin[a]}, {PadsEnd[a]})");
    }

    /// <summary>The global window: K = D on every axis, stride 1, no pads; one output cell per (n, c).</summary>
    public static PoolGrid Global(IReadOnlyList<int> inputShape)
    {
        Preconditions.NotNull(inputShape, "X");
        return Of(inputShape, new PoolOptions(inputShape.Skip(2).ToArray()));
    }
}
