using ConvSpec.Layers;
using ConvSpec.Padding;
using ConvSpec.Shapes;
using ConvSpec.SpecTests.Generators;
using ConvSpec.Tensors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Layers;

/// <summary>Laws of the Conv spec, exact on integers (Int128).</summary>
public class ConvLaws
{
    private static Gen<ConvCase<Int128>> Cases(int maxRank = 2, bool explicitPadsOnly = false) =>
        ConvGen.Case(maxRank, ConvGen.SmallInteger.Select(v => (Int128)v), explicitPadsOnly);

    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Output_shape_follows_the_window_size_law() =>
        Prop.ForAll(Cases(3).ToArbitrary(), c =>
        {
            var y = Conv.Spec.Apply(c.X, c.W, c.B, c.Attributes);
            var k = c.X.Rank - 2;
            var expected = new List<int> { c.X.Shape[0], c.W.Shape[0] };
            for (var a = 0; a < k; a++)
            {
                var (s, d, kernel, extent) = (c.Attributes.Strides![a], c.Attributes.Dilations![a], c.W.Shape[a + 2], c.X.Shape[a + 2]);
                var total = c.Attributes.AutoPad switch
                {
                    AutoPad.NotSet => c.Attributes.Pads![a] + c.Attributes.Pads![a + k],
                    AutoPad.Valid => 0,
                    _ => Math.Max(0, ((extent + s - 1) / s - 1) * s + (kernel - 1) * d + 1 - extent),
                };
                expected.Add((extent + total - (kernel - 1) * d - 1) / s + 1);
            }
            Assert.Equal(expected, y.Shape);
        });

    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Same_padding_gives_ceil_of_extent_over_stride() =>
        Prop.ForAll(Cases().ToArbitrary(), Gen.Elements(AutoPad.SameUpper, AutoPad.SameLower).ToArbitrary(), (c, same) =>
        {
            var a = c.Attributes with { AutoPad = same, Pads = null, PaddingMode = PaddingMode.Zeros };
            var y = Conv.Spec.Apply(c.X, c.W, c.B, a);
            for (var i = 2; i < c.X.Rank; i++)
                Assert.Equal((c.X.Shape[i] + a.Strides![i - 2] - 1) / a.Strides[i - 2], y.Shape[i]);
        });

    /// <summary>Shifting the input by t whole strides (cropping s·t cells) shifts the output by t: Conv(x[s·t:])[o] = Conv(x)[o + t].</summary>
    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Conv_is_equivariant_to_shifts_by_whole_strides_away_from_borders() =>
        Prop.ForAll(Cases(2, explicitPadsOnly: true).ToArbitrary(), Gen.Choose(1, 2).ToArbitrary(), (c, t) =>
        {
            var a = c.Attributes with { Pads = null };
            var y = Conv.Spec.Apply(c.X, c.W, c.B, a);
            var axis = 2;
            var shift = a.Strides![0] * t;
            var span = (c.W.Shape[axis] - 1) * a.Dilations![0] + 1;
            return Prop.When(c.X.Shape[axis] - shift >= span, () =>
            {
                var shifted = Conv.Spec.Apply(c.X.Slice(axis, shift, c.X.Shape[axis] - shift), c.W, c.B, a);
                Assert.Equal(y.Slice(axis, t, shifted.Shape[axis]), shifted);
            });
        });

    /// <summary>With circular padding, stride 1 and pads summing to the window span less one, rolling x by t rolls Conv(x) by t.</summary>
    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Circular_conv_commutes_with_cyclic_shifts() =>
        Prop.ForAll(Cases(2).ToArbitrary(), Gen.Choose(-3, 3).ToArbitrary(), Gen.Choose(0, 2).ToArbitrary(), (c, t, split) =>
        {
            var k = c.X.Rank - 2;
            var spans = Enumerable.Range(0, k).Select(a => (c.W.Shape[a + 2] - 1) * c.Attributes.Dilations![a]).ToArray();
            var begins = spans.Select(s => Math.Min(split, s)).ToArray();
            var a = c.Attributes with
            {
                Strides = Enumerable.Repeat(1, k).ToArray(), AutoPad = AutoPad.NotSet, PaddingMode = PaddingMode.Circular,
                Pads = [.. begins, .. spans.Zip(begins, (s, b) => s - b)],
            };
            var fits = Enumerable.Range(0, k).All(i => Math.Max(a.Pads[i], a.Pads[i + k]) <= c.X.Shape[i + 2]);
            return Prop.When(fits, () =>
                Assert.Equal(Conv.Spec.Apply(c.X, c.W, c.B, a).Roll(2, t), Conv.Spec.Apply(c.X.Roll(2, t), c.W, c.B, a)));
        });

    /// <summary>Every padding mode equals the zero-padding-free Conv of the explicitly padded input (torch's F.pad then conv).</summary>
    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Padding_mode_equals_conv_of_the_explicitly_padded_input() =>
        Prop.ForAll(Cases(2, explicitPadsOnly: true).ToArbitrary(), c =>
        {
            var k = c.X.Rank - 2;
            var pads = c.Attributes.Pads!;
            var padded = PadModes.Spec.Pad(c.X, 2, pads[..k], pads[k..], c.Attributes.PaddingMode, Int128.Zero);
            var plain = c.Attributes with { Pads = null, PaddingMode = PaddingMode.Zeros };
            Assert.Equal(Conv.Spec.Apply(padded, c.W, c.B, plain), Conv.Spec.Apply(c.X, c.W, c.B, c.Attributes));
        });

    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Conv_with_groups_equals_independent_convolutions_on_channel_groups() =>
        Prop.ForAll(Cases(2).ToArbitrary(), c =>
        {
            var g = c.Attributes.Group;
            var (cg, mg) = (c.X.Shape[1] / g, c.W.Shape[0] / g);
            var parts = Enumerable.Range(0, g).Select(i => Conv.Spec.Apply(
                c.X.Slice(1, i * cg, cg), c.W.Slice(0, i * mg, mg), c.B?.Slice(0, i * mg, mg), c.Attributes with { Group = 1 })).ToList();
            Assert.Equal(TensorOps.Concat(1, parts), Conv.Spec.Apply(c.X, c.W, c.B, c.Attributes));
        });

    /// <summary>Depthwise (group = C): output channel c·mult + j is the single-channel Conv of input channel c with filter c·mult + j.</summary>
    [Property(MaxTest = 40 / CaseCount.Divisor)]
    public Property Depthwise_conv_filters_each_channel_alone() =>
        Prop.ForAll(Cases(2).ToArbitrary(), Gen.Choose(1, 2).ToArbitrary(), (c, mult) =>
        {
            var channels = c.X.Shape[1];
            var w = NdArray<Int128>.Create([channels * mult, 1, .. c.W.Shape.Skip(2)], i => c.W.Data[(i.Sum() * 7 + i[0]) % c.W.Length]);
            var a = c.Attributes with { Group = channels };
            var y = Conv.Spec.Apply(c.X, w, null, a);
            for (var m = 0; m < channels * mult; m++)
                Assert.Equal(Conv.Spec.Apply(c.X.Slice(1, m / mult, 1), w.Slice(0, m, 1), null, a with { Group = 1 }), y.Slice(1, m, 1));
        });

    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Bias_adds_its_channel_value_to_every_output() =>
        Prop.ForAll(Cases(2).ToArbitrary(), c => Prop.When(c.B is not null, () =>
        {
            var without = Conv.Spec.Apply(c.X, c.W, null, c.Attributes);
            Assert.Equal(NdArray<Int128>.Create(without.Shape.ToArray(), i => without[i] + c.B![i[1]]), Conv.Spec.Apply(c.X, c.W, c.B, c.Attributes));
        }));

    [Property(MaxTest = 40 / CaseCount.Divisor)]
    public Property Conv_is_linear_in_the_input() =>
        Prop.ForAll(Cases(2).ToArbitrary(), c =>
        {
            var x2 = c.X.Map(v => v * 3 - 1);
            var sum = NdArray<Int128>.Create(c.X.Shape.ToArray(), i => c.X[i] + x2[i]);
            var (y1, y2) = (Conv.Spec.Apply(c.X, c.W, null, c.Attributes), Conv.Spec.Apply(x2, c.W, null, c.Attributes));
            Assert.Equal(NdArray<Int128>.Create(y1.Shape.ToArray(), i => y1[i] + y2[i]), Conv.Spec.Apply(sum, c.W, null, c.Attributes));
        });
}
