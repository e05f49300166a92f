using ConvSpec.Shapes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Shapes;

/// <summary>Laws of the sliding-window size rule (pooling and Conv), checked by counting window positions.</summary>
public class WindowOutputSizeLaws
{
    private sealed record Axis(int Extent, int Kernel, int Stride, int Dilation, int PadBegin, int PadEnd)
    {
        public int Span => (Kernel - 1) * Dilation + 1;
        public int Padded => Extent + PadBegin + PadEnd;
    }

    private static Gen<Axis> Axes(int maxDilation) =>
        from extent in Gen.Choose(0, 20)
        from kernel in Gen.Choose(1, 5)
        from stride in Gen.Choose(1, 4)
        from dilation in Gen.Choose(1, maxDilation)
        from padBegin in Gen.Choose(0, 3)
        from padEnd in Gen.Choose(0, 3)
        select new Axis(extent, kernel, stride, dilation, padBegin, padEnd);

    /// <summary>Floor mode counts the starts 0, s, 2s, … whose whole window fits in the padded input.</summary>
    [Property]
    public Property Window_count_is_the_number_of_window_starts_that_fit() =>
        Prop.ForAll(Axes(3).ToArbitrary(), a => Prop.When(a.Padded >= a.Span, () =>
            WindowOutputSize.Of(a.Extent, a.Kernel, a.Stride, a.Dilation, a.PadBegin, a.PadEnd, ceilMode: false)
            == Enumerable.Range(0, a.Padded + 1).Count(p => p % a.Stride == 0 && p + a.Span <= a.Padded)));

    /// <summary>
    /// Notes: "regions spaced k pixels apart … the next layer has roughly k times fewer inputs": with stride k the
    /// floor-mode count n satisfies (n − 1)·k ≤ D − K_eff &lt; n·k, so D/k − K_eff/k &lt; n ≤ D/k + 1.
    /// </summary>
    [Property]
    public Property Stride_k_gives_about_k_times_fewer_outputs() =>
        Prop.ForAll(Axes(1).ToArbitrary(), a => Prop.When(a.Extent >= a.Span, () =>
        {
            var n = WindowOutputSize.Of(a.Extent, a.Kernel, a.Stride, 1, 0, 0, ceilMode: false);
            return (n - 1) * a.Stride <= a.Extent - a.Span && a.Extent - a.Span < n * a.Stride;
        }));

    /// <summary>
    /// Notes: "the rightmost pooling region has a smaller size but must be included if we do not want to ignore some
    /// of the detector units": in ceil mode, with stride at most the kernel and pads at most half the kernel (the
    /// PyTorch limit), every input cell lies in some window, and no window starts in the end padding.
    /// </summary>
    [Property]
    public Property Ceil_mode_windows_cover_every_input_cell() =>
        Prop.ForAll(Axes(1).ToArbitrary(), a => Prop.When(
            a.Stride <= a.Kernel && 2 * a.PadBegin <= a.Kernel && 2 * a.PadEnd <= a.Kernel && a.Extent >= 1 && a.Padded >= a.Span, () =>
            {
                var n = WindowOutputSize.Of(a.Extent, a.Kernel, a.Stride, 1, a.PadBegin, a.PadEnd, ceilMode: true);
                var covered = Enumerable.Range(a.PadBegin, a.Extent).All(c => Enumerable.Range(0, n).Any(k => k * a.Stride <= c && c < k * a.Stride + a.Kernel));
                return covered && (n - 1) * a.Stride < a.Extent + a.PadBegin
                    && n >= WindowOutputSize.Of(a.Extent, a.Kernel, a.Stride, 1, a.PadBegin, a.PadEnd, ceilMode: false);
            }));

    /// <summary>ONNX: with auto_pad SAME_UPPER or SAME_LOWER the output extent is ⌈D / s⌉.</summary>
    [Property]
    public Property Same_auto_pad_gives_ceil_of_extent_over_stride_outputs() =>
        Prop.ForAll(Axes(3).ToArbitrary(), Gen.Elements(AutoPad.SameUpper, AutoPad.SameLower).ToArbitrary(), (a, autoPad) => Prop.When(a.Extent >= 1, () =>
        {
            var (begin, end) = WindowOutputSize.Pads(autoPad, a.Extent, a.Kernel, a.Stride, a.Dilation);
            return WindowOutputSize.Of(a.Extent, a.Kernel, a.Stride, a.Dilation, begin, end, ceilMode: false) == (a.Extent + a.Stride - 1) / a.Stride
                && Math.Abs(begin - end) <= 1 && (autoPad == AutoPad.SameUpper ? end >= begin : begin >= end);
        }));
}
