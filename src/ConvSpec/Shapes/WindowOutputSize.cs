using ConvSpec.Validation;

namespace ConvSpec.Shapes;

/// <summary>
/// The output-size law of a sliding window (Conv and pooling) on one axis of extent D, with window K,
/// stride s, dilation d and pads (b, e). The window spans K_eff = (K − 1)·d + 1 input cells.
/// <code>
///   floor mode: out = ⌊(D + b + e − K_eff) / s⌋ + 1
///   ceil mode : out = ⌈(D + b + e − K_eff) / s⌉ + 1, less one if the last window would start at or past
///               D + b (entirely in the end padding) — the rule PyTorch and current ONNX share
/// </code>
/// Example (notes, pooling with downsampling): D = 6, K = 3, s = 2, no pads: floor gives 2 windows
/// (cells 0-2, 2-4); ceil gives 3, the third (cells 4-5) the notes' "smaller" rightmost region.
/// </summary>
public static class WindowOutputSize
{
    /// <summary>The number of window positions on one axis (see the class remarks).</summary>
    public static int Of(int extent, int kernel, int stride, int dilation, int padBegin, int padEnd, bool ceilMode)
    {
        CheckAxis(extent, kernel, stride, dilation, padBegin, padEnd);
        var span = (long)(kernel - 1) * dilation + 1;
        var room = (long)extent + padBegin + padEnd - span;
        Preconditions.Require(room >= 0, nameof(kernel),
            $"the window spans {span} cells but the padded input has only {(long)extent + padBegin + padEnd} on this axis");
        var steps = ceilMode ? (room + stride - 1) / stride : room / stride;
        if (ceilMode && steps * stride >= (long)extent + padBegin) steps--;
        return checked((int)(steps + 1));
    }

    /// <summary>D ≥ 0, K ≥ 1, s ≥ 1, d ≥ 1, b ≥ 0 and e ≥ 0, each refused by its name.</summary>
    public static void CheckAxis(int extent, int kernel, int stride, int dilation, int padBegin, int padEnd)
    {
        Preconditions.AtLeast(extent, 0, nameof(extent));
        Preconditions.AtLeast(kernel, 1, nameof(kernel));
        Preconditions.AtLeast(stride, 1, nameof(stride));
        Preconditions.AtLeast(dilation, 1, nameof(dilation));
        Preconditions.AtLeast(padBegin, 0, nameof(padBegin));
        Preconditions.AtLeast(padEnd, 0, nameof(padEnd));
    }

    /// <summary>The pads (begin, end) that <paramref name="autoPad"/> gives one axis; NOTSET returns the explicit pads.</summary>
    public static (int Begin, int End) Pads(AutoPad autoPad, int extent, int kernel, int stride, int dilation,
        int explicitBegin = 0, int explicitEnd = 0)
    {
        switch (autoPad)
        {
            case AutoPad.NotSet: return (explicitBegin, explicitEnd);
            case AutoPad.Valid: return (0, 0);
            case AutoPad.SameUpper or AutoPad.SameLower:
                var output = (extent + (long)stride - 1) / stride;
                var total = Math.Max(0, (output - 1) * stride + (long)(kernel - 1) * dilation + 1 - extent);
                var small = (int)(total / 2);
                var large = (int)(total - small);
                return autoPad == AutoPad.SameUpper ? (small, large) : (large, small);
            default:
                throw new ArgumentOutOfRangeException(nameof(autoPad), autoPad, $"auto_pad: {autoPad} is not an AutoPad");
        }
    }
}
