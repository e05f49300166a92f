using ConvSpec.Padding;
using ConvSpec.Shapes;
using ConvSpec.Validation;

namespace ConvSpec.Layers;

/// <summary>
/// Conv's attributes checked against the shapes of X (N x C x D_1..D_k) and W (M x C/G x K_1..K_k) and resolved
/// to per-axis numbers: the pads auto_pad gives, and the output shape N x M x O_1..O_k with
/// O_a = ⌊(D_a + b_a + e_a − ((K_a − 1)·d_a + 1)) / s_a⌋ + 1 (<see cref="WindowOutputSize"/>).
/// Shared by the spec, the fast twin and the eval ops: it is validation and shapes, not computation.
/// </summary>
public sealed record ConvGeometry(
    int Batch, int Channels, int Features, int Group, int[] Input, int[] Kernel, int[] Strides,
    int[] Dilations, int[] PadBegin, int[] PadEnd, int[] Output, PaddingMode PaddingMode)
{
    /// <summary>The number of spatial axes k.</summary>
    public int SpatialRank => Input.Length;

    /// <summary>C/G, the input channels each output channel reads.</summary>
    public int ChannelsPerGroup => Channels / Group;

    /// <summary>M/G, the output channels of each group.</summary>
    public int FeaturesPerGroup => Features / Group;

    /// <summary>N x M x O_1..O_k.</summary>
    public int[] OutputShape => [Batch, Features, .. Output];

    /// <summary>Checks the shapes and attributes and resolves them; every rule broken is an ArgumentException naming the argument.</summary>
    public static ConvGeometry Resolve(IReadOnlyList<int> x, IReadOnlyList<int> w, IReadOnlyList<int>? b, ConvAttributes attributes)
    {
        Preconditions.NotNull(x, "X");
        Preconditions.NotNull(w, "W");
        Preconditions.NotNull(attributes, nameof(attributes));
        CheckShapes(x, w, b, attributes.Group);
        var k = x.Count - 2;
        var kernel = w.Skip(2).ToArray();
        if (attributes.KernelShape is { } ks)
            Preconditions.Require(ks.SequenceEqual(kernel), "kernel_shape",
                $"must equal W's spatial shape {ShapeText.Of(kernel)} (got {ShapeText.Of(ks)})");
        var strides = PerAxis(attributes.Strides, k, "strides", 1);
        var dilations = PerAxis(attributes.Dilations, k, "dilations", 1);
        var pads = attributes.Pads ?? new int[2 * k];
        Preconditions.Require(pads.Length == 2 * k, "pads", $"needs 2 x {k} entries [b1..bk, e1..ek] (got {pads.Length})");
        foreach (var p in pads) Preconditions.Require(p >= 0, "pads", $"must be non-negative (got {ShapeText.Of(pads)})");
        Preconditions.Defined(attributes.AutoPad, "auto_pad");
        Preconditions.Require(attributes.AutoPad == AutoPad.NotSet || pads.All(p => p == 0), "pads",
            $"cannot be used together with auto_pad {attributes.AutoPad} (got {ShapeText.Of(pads)})");
        return Axes(x, w, kernel, strides, dilations, pads, attributes);
    }

    /// <summary>X is N x C x D.., W is M x C/group x K.. of X's rank, B is [M]; group divides C and M.</summary>
    private static void CheckShapes(IReadOnlyList<int> x, IReadOnlyList<int> w, IReadOnlyList<int>? b, int group)
    {
        Preconditions.Require(x.Count >= 3, "X", $"must have shape N x C x D1 x ... (rank at least 3, got shape {ShapeText.Of(x)})");
        Preconditions.Require(w.Count == x.Count, "W", $"must have the rank of X, {x.Count} (got shape {ShapeText.Of(w)})");
        for (var d = 1; d < x.Count; d++)
            Preconditions.Require(x[d] >= 1, "X", $"channel and spatial extents must be at least 1 (got shape {ShapeText.Of(x)})");
        Preconditions.Require(x[0] >= 0, "X", $"batch extent must be non-negative (got shape {ShapeText.Of(x)})");
        for (var d = 0; d < w.Count; d++)
            Preconditions.Require(w[d] >= 1, "W", $"extents must be at least 1 (got shape {ShapeText.Of(w)})");
        Preconditions.Require(group >= 1, "group", $"must be at least 1 (got {group})");
        Preconditions.Require(x[1] % group == 0, "group", $"must divide the input channels C = {x[1]} (got {group})");
        Preconditions.Require(w[0] % group == 0, "group", $"must divide the output channels M = {w[0]} (got {group})");
        Preconditions.Require((long)w[1] * group == x[1], "W",
            $"axis 1 must be C/group = {x[1]}/{group} (got shape {ShapeText.Of(w)})");
        if (b is not null)
            Preconditions.Require(b.Count == 1 && b[0] == w[0], "B", $"must have shape [{w[0]}] (M) (got {ShapeText.Of(b)})");
    }

    private static ConvGeometry Axes(IReadOnlyList<int> x, IReadOnlyList<int> w, int[] kernel, int[] strides,
        int[] dilations, int[] pads, ConvAttributes attributes)
    {
        var k = kernel.Length;
        var (begin, end, output) = (new int[k], new int[k], new int[k]);
        for (var a = 0; a < k; a++)
        {
            (begin[a], end[a]) = WindowOutputSize.Pads(attributes.AutoPad, x[a + 2], kernel[a], strides[a], dilations[a], pads[a], pads[a + k]);
            PadModes.CheckPads(x[a + 2], begin[a], end[a], attributes.PaddingMode, a);
            var span = (long)(kernel[a] - 1) * dilations[a] + 1;
            Preconditions.Require(span <= (long)x[a + 2] + begin[a] + end[a], "W",
                $"the kernel spans {span} cells on spatial axis {a} but the padded input has only {(long)x[a + 2] + begin[a] + end[a]}");
            // O_a = ⌊(padded − span)/s⌋ + 1 ≤ padded ≤ 2^31 − 1 (CheckPads), so every output extent fits.
            output[a] = WindowOutputSize.Of(x[a + 2], kernel[a], strides[a], dilations[a], begin[a], end[a], ceilMode: false);
        }
        return new ConvGeometry(x[0], x[1], w[0], attributes.Group, x.Skip(2).ToArray(), kernel, strides, dilations,
            begin, end, output, attributes.PaddingMode);
    }

    private static int[] PerAxis(int[]? values, int k, string name, int fallback)
    {
        if (values is null) return Enumerable.Repeat(fallback, k).ToArray();
        Preconditions.Require(values.Length == k, name, $"needs one entry per spatial axis, {k} (got {ShapeText.Of(values)})");
        foreach (var v in values) Preconditions.Require(v >= 1, name, $"must be at least 1 (got {ShapeText.Of(values)})");
        return (int[])values.Clone();
    }
}
