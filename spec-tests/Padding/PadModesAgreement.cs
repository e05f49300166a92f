using ConvSpec.Padding;
using ConvSpec.SpecTests.Generators;
using ConvSpec.Tensors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Padding;

/// <summary>PadModes.Fast.Index (used by the fast convolution's im2col) against PadModes.Spec.Index.</summary>
public class PadModesAgreement
{
    [Property(MaxTest = 300 / CaseCount.Divisor)]
    public Property Fast_index_map_equals_the_spec_within_the_modes_limits() =>
        Prop.ForAll(Gen.Choose(1, 9).ToArbitrary(), Gen.Choose(-9, 18).ToArbitrary(), Gen.Elements(Enum.GetValues<PaddingMode>()).ToArbitrary(),
            (n, i, mode) =>
            {
                var limit = mode switch { PaddingMode.Reflect => n - 1, PaddingMode.Circular => n, _ => int.MaxValue };
                var reach = i < 0 ? -i : i - (n - 1);
                return Prop.When(reach <= limit, () => Assert.Equal(PadModes.Spec.Index(i, n, mode), PadModes.Fast.Index(i, n, mode)));
            });

    [Property(MaxTest = 200 / CaseCount.Divisor)]
    public Property Both_index_maps_reject_positions_past_one_mirror_or_wrap() =>
        Prop.ForAll(Gen.Choose(1, 9).ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), Gen.Elements(PaddingMode.Reflect, PaddingMode.Circular).ToArbitrary(),
            (n, beyond, mode) =>
            {
                var i = -(mode == PaddingMode.Reflect ? n - 1 : n) - beyond;
                Assert.Throws<ArgumentOutOfRangeException>(() => PadModes.Spec.Index(i, n, mode));
                Assert.Throws<ArgumentOutOfRangeException>(() => PadModes.Fast.Index(i, n, mode));
            });

    private static Gen<(NdArray<long> X, int First, int[] Begin, int[] End, PaddingMode Mode)> Pads =>
        from x in TensorGen.AnyRankTensor(4, 4, TensorGen.Integer)
        from first in Gen.Choose(0, x.Rank)
        from mode in Gen.Elements(Enum.GetValues<PaddingMode>())
        from begin in Gen.ArrayOf(Gen.Choose(0, 4), x.Rank - first)
        from end in Gen.ArrayOf(Gen.Choose(0, 4), x.Rank - first)
        let limit = (Func<int, int, int>)((p, n) => mode == PaddingMode.Reflect ? Math.Min(p, n - 1) : mode == PaddingMode.Circular ? Math.Min(p, n) : p)
        select (x, first, begin.Select((p, a) => limit(p, x.Shape[first + a])).ToArray(), end.Select((p, a) => limit(p, x.Shape[first + a])).ToArray(), mode);

    [Property(MaxTest = 200 / CaseCount.Divisor)]
    public Property Fast_pad_equals_the_spec() =>
        Prop.ForAll(Pads.ToArbitrary(), c => Assert.Equal(
            PadModes.Spec.Pad(c.X, c.First, c.Begin, c.End, c.Mode, -1L),
            PadModes.Fast.Pad(c.X, c.First, c.Begin, c.End, c.Mode, -1L)));
}
