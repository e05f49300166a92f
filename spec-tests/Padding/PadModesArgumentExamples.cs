using ConvSpec.Padding;
using ConvSpec.SpecTests.TestSupport;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Padding;

/// <summary>
/// The padding-mode maps and pads called with one bad argument, each twin alike: refused with the exception type, the
/// argument's name and the rule broken (PyTorch's limits: reflect pads &lt; extent, circular pads ≤ extent, each pad
/// on its own).
/// </summary>
public class PadModesArgumentExamples
{
    private delegate int? IndexMap(int i, int n, PaddingMode mode);

    private delegate NdArray<double> PadMap(NdArray<double> x, int firstAxis, int[] padBegin, int[] padEnd, PaddingMode mode, double zero);

    private static readonly NdArray<double> Three = NdArray<double>.Vector(1.0, 2, 3);

    private static readonly NdArray<double> One = new([1, 1], [1.0]);

    private static readonly NdArray<double> Empty = new([0, 1], []);

    private const string Beyond = "is beyond the one mirror or wrap the padding mode allows for extent 3";

    private static IEnumerable<(string, ArgumentCase)> IndexCases(IndexMap index) =>
    [
        ("n 0", ArgumentCase.Range(() => index(0, 0, PaddingMode.Reflect), "n", "must be at least 1 (got 0)")),
        ("mode undefined", ArgumentCase.Range(() => index(-1, 3, (PaddingMode)42), "padding_mode", "42 is not a PaddingMode")),
        ("reflect before the mirror", ArgumentCase.Range(() => index(-3, 3, PaddingMode.Reflect), "i", $"position -3 {Beyond}")),
        ("reflect past the mirror", ArgumentCase.Range(() => index(5, 3, PaddingMode.Reflect), "i", $"position 5 {Beyond}")),
        ("circular before the wrap", ArgumentCase.Range(() => index(-4, 3, PaddingMode.Circular), "i", $"position -4 {Beyond}")),
        ("circular past the wrap", ArgumentCase.Range(() => index(6, 3, PaddingMode.Circular), "i", $"position 6 {Beyond}")),
    ];

    private static IEnumerable<(string, ArgumentCase)> PadCases(PadMap pad) =>
    [
        ("x null", ArgumentCase.Null(() => pad(null!, 0, [], [], PaddingMode.Zeros, 0), "x")),
        ("firstAxis negative", ArgumentCase.Rule(() => pad(Three, -1, [1], [1], PaddingMode.Zeros, 0), "firstAxis", "must lie in 0..1 (got -1)")),
        ("firstAxis past the rank", ArgumentCase.Rule(() => pad(Three, 2, [], [], PaddingMode.Zeros, 0), "firstAxis", "must lie in 0..1 (got 2)")),
        ("pad lists of other lengths", ArgumentCase.Rule(() => pad(Three, 0, [1], [1, 1], PaddingMode.Zeros, 0), "pads",
            "needs 1 begin and 1 end pads (got 1 and 2)")),
        ("begin pad negative", ArgumentCase.Range(() => pad(Three, 0, [-1], [0], PaddingMode.Zeros, 0), "pads", "must be at least 0 (got -1)")),
        ("end pad negative", ArgumentCase.Range(() => pad(Three, 0, [0], [-1], PaddingMode.Zeros, 0), "pads", "must be at least 0 (got -1)")),
        ("mode undefined, no pad", ArgumentCase.Range(() => pad(Three, 0, [0], [0], (PaddingMode)42, 0), "padding_mode", "42 is not a PaddingMode")),
        ("reflect begin pad of the extent", ArgumentCase.Rule(() => pad(Three, 0, [3], [0], PaddingMode.Reflect, 0), "pads",
            "reflect padding must be less than the input extent (got pads (3, 0) on spatial axis 0 of extent 3)")),
        ("reflect end pad of the extent", ArgumentCase.Rule(() => pad(Three, 0, [0], [3], PaddingMode.Reflect, 0), "pads",
            "reflect padding must be less than the input extent (got pads (0, 3) on spatial axis 0 of extent 3)")),
        ("circular begin pad past the extent", ArgumentCase.Rule(() => pad(Three, 0, [4], [0], PaddingMode.Circular, 0), "pads",
            "circular padding must not wrap around more than once (got pads (4, 0) on spatial axis 0 of extent 3)")),
        ("circular end pad past the extent", ArgumentCase.Rule(() => pad(Three, 0, [0], [4], PaddingMode.Circular, 0), "pads",
            "circular padding must not wrap around more than once (got pads (0, 4) on spatial axis 0 of extent 3)")),
        ("padded shape past an array", ArgumentCase.Rule(() => pad(One, 0, [50000, 50000], [50000, 50000], PaddingMode.Zeros, 0), "pads",
            $"shape 100001x100001 has more than {Array.MaxLength} elements")),
        ("padded extent past an int", ArgumentCase.Rule(() => pad(Empty, 1, [int.MaxValue], [0], PaddingMode.Zeros, 0), "pads",
            $"the padded extent 1 + {int.MaxValue} + 0 on spatial axis 0 exceeds {int.MaxValue}")),
        ("padded extent one past an int", ArgumentCase.Rule(() => pad(Empty, 1, [int.MaxValue - 2], [2], PaddingMode.Replicate, 0), "pads",
            $"the padded extent 1 + {int.MaxValue - 2} + 2 on spatial axis 0 exceeds {int.MaxValue}")),
    ];

    private static readonly Dictionary<string, ArgumentCase> Cases = new[]
        {
            IndexCases(PadModes.Spec.Index).Select(c => ("Spec.Index " + c.Item1, c.Item2)),
            IndexCases(PadModes.Fast.Index).Select(c => ("Fast.Index " + c.Item1, c.Item2)),
            PadCases(PadModes.Spec.Pad).Select(c => ("Spec.Pad " + c.Item1, c.Item2)),
            PadCases(PadModes.Fast.Pad).Select(c => ("Fast.Pad " + c.Item1, c.Item2)),
            [
                ("CheckPads mode undefined", ArgumentCase.Range(() => { PadModes.CheckPads(3, 0, 0, (PaddingMode)42, 0); return null; },
                    "padding_mode", "42 is not a PaddingMode")),
                ("Parse a name in another case", ArgumentCase.Rule(() => PaddingModeNames.Parse("Reflect"), "padding_mode",
                    "must be one of zeros, reflect, replicate, circular (got Reflect)")),
                ("Parse null", ArgumentCase.Rule(() => PaddingModeNames.Parse(null), "padding_mode",
                    "must be one of zeros, reflect, replicate, circular (got null)")),
            ],
        }.SelectMany(c => c).ToDictionary(c => c.Item1, c => c.Item2);

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_bad_argument_is_refused_with_its_name_and_rule(string name) => Cases[name].Refuses();

    /// <summary>
    /// The padded extent may reach int.MaxValue itself: an empty batch padded to [0, 2^31 − 1] is an empty array of
    /// that shape, built by either twin without a per-cell table of the padded axis.
    /// </summary>
    [Fact]
    public void An_empty_array_pads_to_the_largest_extent_without_building_it()
    {
        foreach (PadMap pad in new PadMap[] { PadModes.Spec.Pad, PadModes.Fast.Pad })
        {
            var padded = pad(Empty, 1, [int.MaxValue - 3], [2], PaddingMode.Zeros, 0);
            Assert.Equal([0, int.MaxValue], padded.Shape);
            Assert.Empty(padded.Data);
        }
    }
}
