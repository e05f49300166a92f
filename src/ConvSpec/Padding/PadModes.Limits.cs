using ConvSpec.Validation;

namespace ConvSpec.Padding;

/// <summary>Padding-mode extension of an input axis (see <see cref="PaddingMode"/>).</summary>
public static partial class PadModes
{
    /// <summary>
    /// PyTorch's limits on the pads of one axis of extent <paramref name="extent"/>: reflect needs each pad
    /// &lt; extent, circular needs each pad ≤ extent; zeros and replicate take any pad ≥ 0. The padded extent
    /// extent + begin + end must be an int (an array extent).
    /// </summary>
    public static void CheckPads(int extent, int padBegin, int padEnd, PaddingMode mode, int axis, string name = "pads")
    {
        Preconditions.Defined(mode, "padding_mode");
        Preconditions.Require((long)extent + padBegin + padEnd <= int.MaxValue, name,
            $"the padded extent {extent} + {padBegin} + {padEnd} on spatial axis {axis} exceeds {int.MaxValue}");
        var largest = Math.Max(padBegin, padEnd);
        if (mode == PaddingMode.Reflect)
            Preconditions.Require(largest < extent, name,
                $"reflect padding must be less than the input extent (got pads ({padBegin}, {padEnd}) on spatial axis {axis} of extent {extent})");
        if (mode == PaddingMode.Circular)
            Preconditions.Require(largest <= extent, name,
                $"circular padding must not wrap around more than once (got pads ({padBegin}, {padEnd}) on spatial axis {axis} of extent {extent})");
    }
}
