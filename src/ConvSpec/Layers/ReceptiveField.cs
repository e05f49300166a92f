using ConvSpec.Shapes;
using ConvSpec.Validation;

namespace ConvSpec.Layers;

/// <summary>One sliding-window layer along one axis: kernel K, stride s, dilation d, zero pads (b, e).</summary>
public sealed record WindowLayer(int Kernel, int Stride = 1, int Dilation = 1, int PadBegin = 0, int PadEnd = 0);

/// <summary>
/// Receptive fields of a stack of window layers along one axis (each spatial axis separately), with zero padding.
/// Output u of layer l reads cells u·s_l + κ·d_l − b_l (κ = 0..K_l − 1) of layer l − 1. Composing from the input up:
/// <code>
///   jump  J_0 = 1,  J_l = J_{l−1}·s_l                       distance in the input between neighbouring outputs of layer l
///   size  R_0 = 1,  R_l = R_{l−1} + (K_l − 1)·d_l·J_{l−1}    input cells spanned by one output of layer l
///   start S_0 = 0,  S_l = S_{l−1} − b_l·J_{l−1}             the first input cell output 0 of layer l spans
/// </code>
/// so output u of the last layer spans the input cells S + u·J .. S + u·J + R − 1 (some skipped when strides or
/// dilations leave holes; those outside the input are padding and carry nothing).
/// Notes, "sparse connectivity": <see cref="InputsOf"/> is the view from above (the receptive field of one output),
/// <see cref="OutputsOf"/> the view from below (the outputs one input unit affects). With one layer of width 3
/// and pads (1, 1), x3 affects s2, s3, s4 and s3 depends on x2, x3, x4; two such layers give g3 the field x1..x5.
/// </summary>
public static class ReceptiveField
{
    /// <summary>(R, J, S) of the whole stack, by the recurrences above.</summary>
    public static (long Size, long Jump, long Start) Of(IReadOnlyList<WindowLayer> layers)
    {
        Check(layers);
        long size = 1, jump = 1, start = 0;
        foreach (var l in layers)
        {
            size = checked(size + (long)(l.Kernel - 1) * l.Dilation * jump);
            start = checked(start - l.PadBegin * jump);
            jump = checked(jump * l.Stride);
        }
        return (size, jump, start);
    }

    /// <summary>The extent of every layer's output, from an input of <paramref name="inputExtent"/> cells (floor mode).</summary>
    public static int[] Extents(IReadOnlyList<WindowLayer> layers, int inputExtent)
    {
        Check(layers);
        var extents = new int[layers.Count + 1];
        extents[0] = inputExtent;
        for (var l = 0; l < layers.Count; l++)
        {
            var w = layers[l];
            extents[l + 1] = WindowOutputSize.Of(extents[l], w.Kernel, w.Stride, w.Dilation, w.PadBegin, w.PadEnd, ceilMode: false);
        }
        return extents;
    }

    /// <summary>Viewed from above: the input cells (sorted) that output <paramref name="output"/> of the last layer depends on.</summary>
    public static int[] InputsOf(IReadOnlyList<WindowLayer> layers, int inputExtent, int output)
    {
        var extents = Extents(layers, inputExtent);
        Preconditions.Require(output >= 0 && output < extents[^1], nameof(output),
            $"must index the last layer's {extents[^1]} outputs (got {output})");
        var cells = new SortedSet<int> { output };
        for (var l = layers.Count - 1; l >= 0; l--)
        {
            var w = layers[l];
            var below = new SortedSet<int>();
            foreach (var u in cells)
                for (var kappa = 0; kappa < w.Kernel; kappa++)
                    if (u * w.Stride + kappa * w.Dilation - w.PadBegin is var i && i >= 0 && i < extents[l]) below.Add(i);
            cells = below;
        }
        return cells.ToArray();
    }

    /// <summary>Viewed from below: the outputs (sorted) of the last layer that input cell <paramref name="input"/> affects.</summary>
    public static int[] OutputsOf(IReadOnlyList<WindowLayer> layers, int inputExtent, int input)
    {
        var extents = Extents(layers, inputExtent);
        Preconditions.Require(input >= 0 && input < inputExtent, nameof(input), $"must index the {inputExtent} input cells (got {input})");
        var cells = new SortedSet<int> { input };
        for (var l = 0; l < layers.Count; l++)
        {
            var w = layers[l];
            var above = new SortedSet<int>();
            for (var u = 0; u < extents[l + 1]; u++)
                for (var kappa = 0; kappa < w.Kernel; kappa++)
                    if (cells.Contains(u * w.Stride + kappa * w.Dilation - w.PadBegin)) above.Add(u);
            cells = above;
        }
        return cells.ToArray();
    }

    private static void Check(IReadOnlyList<WindowLayer> layers)
    {
        Preconditions.NotNull(layers, nameof(layers));
        foreach (var l in layers)
        {
            Preconditions.NotNull(l, nameof(layers));
            Preconditions.AtLeast(l.Kernel, 1, "kernel");
            Preconditions.AtLeast(l.Stride, 1, "stride");
            Preconditions.AtLeast(l.Dilation, 1, "dilation");
            Preconditions.AtLeast(l.PadBegin, 0, "pads");
            Preconditions.AtLeast(l.PadEnd, 0, "pads");
        }
    }
}
