using ConvSpec.Shapes;
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

    /// <summary>
    /// The extents of an array of <paramref name="shape"/> padded on its axes from <paramref name="firstAxis"/> on,
    /// D_a + b_a + e_a, and their element count, after every rule on the pads (each ≥ 0, the mode's limits of
    /// <see cref="CheckPads"/>, an element count an array can hold). Both twins of <c>Pad</c> start here.
    /// </summary>
    internal static (int[] Shape, int Count) PaddedShape(IReadOnlyList<int> shape, int firstAxis, int[] padBegin, int[] padEnd, PaddingMode mode)
    {
        var spatial = shape.Count - firstAxis;
        Preconditions.Require(firstAxis >= 0 && spatial >= 0, nameof(firstAxis), $"must lie in 0..{shape.Count} (got {firstAxis})");
        Preconditions.Require(padBegin.Length == spatial && padEnd.Length == spatial, "pads",
            $"needs {spatial} begin and {spatial} end pads (got {padBegin.Length} and {padEnd.Length})");
        var padded = shape.ToArray();
        for (var a = 0; a < spatial; a++)
        {
            Preconditions.AtLeast(padBegin[a], 0, "pads");
            Preconditions.AtLeast(padEnd[a], 0, "pads");
            CheckPads(shape[firstAxis + a], padBegin[a], padEnd[a], mode, a);
            padded[firstAxis + a] += padBegin[a] + padEnd[a];
        }
        return (padded, IndexSpace.ElementCount(padded, "pads"));
    }
}
