using ConvSpec.Layers;
using ConvSpec.Tensors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Layers;

/// <summary>Receptive fields of stacks of window layers: the recurrences against what a stack of Conv layers actually does.</summary>
public class ReceptiveFieldLaws
{
    private static Gen<WindowLayer> Layer =>
        from k in Gen.Choose(1, 4)
        from s in Gen.Frequency((2, Gen.Constant(1)), (1, Gen.Choose(2, 3)))
        from d in Gen.Frequency((2, Gen.Constant(1)), (1, Gen.Constant(2)))
        from b in Gen.Choose(0, 2)
        from e in Gen.Choose(0, 2)
        select new WindowLayer(k, s, d, b, e);

    /// <summary>Stacks whose every layer has at least one output on an input of the given extent.</summary>
    private static Gen<(WindowLayer[] Layers, int Extent)> Stacks =>
        from depth in Gen.Choose(1, 3)
        from layers in Gen.ArrayOf(Layer, depth)
        from extent in Gen.Choose(1, 24)
        where Fits(layers, extent)
        select (layers, extent);

    private static bool Fits(WindowLayer[] layers, int extent)
    {
        foreach (var l in layers)
        {
            var room = extent + l.PadBegin + l.PadEnd - ((l.Kernel - 1) * l.Dilation + 1);
            if (room < 0) return false;
            extent = room / l.Stride + 1;
        }
        return true;
    }

    /// <summary>The stack as Conv layers with positive kernels 1, 2, .., K (no cancellation), on one input row.</summary>
    private static NdArray<Int128> Run(WindowLayer[] layers, NdArray<Int128> x)
    {
        foreach (var l in layers)
        {
            var w = NdArray<Int128>.Create([1, 1, l.Kernel], i => i[2] + 1);
            x = Conv.Spec.Apply(x, w, null, new ConvAttributes { Strides = [l.Stride], Dilations = [l.Dilation], Pads = [l.PadBegin, l.PadEnd] });
        }
        return x;
    }

    private static int[] NonZero(NdArray<Int128> y) => Enumerable.Range(0, y.Length).Where(i => y.Data[i] != 0).ToArray();

    [Property(MaxTest = 80 / CaseCount.Divisor)]
    public Property An_input_unit_affects_exactly_the_outputs_its_receptive_field_says() =>
        Prop.ForAll(Stacks.ToArbitrary(), Gen.Choose(0, 23).ToArbitrary(), (stack, i) => Prop.When(i < stack.Extent, () =>
            Assert.Equal(ReceptiveField.OutputsOf(stack.Layers, stack.Extent, i),
                NonZero(Run(stack.Layers, TensorOps.Impulse([1, 1, stack.Extent], i))))));

    [Property(MaxTest = 80 / CaseCount.Divisor)]
    public Property An_output_depends_exactly_on_the_inputs_of_its_receptive_field() =>
        Prop.ForAll(Stacks.ToArbitrary(), Gen.Choose(0, 30).ToArbitrary(), (stack, u) =>
        {
            var outputs = ReceptiveField.Extents(stack.Layers, stack.Extent)[^1];
            return Prop.When(u < outputs, () =>
            {
                var reaching = Enumerable.Range(0, stack.Extent)
                    .Where(i => Run(stack.Layers, TensorOps.Impulse([1, 1, stack.Extent], i)).Data[u] != 0).ToArray();
                Assert.Equal(reaching, ReceptiveField.InputsOf(stack.Layers, stack.Extent, u));
            });
        });

    /// <summary>Output u spans the input cells S + u·J .. S + u·J + R − 1: its field's ends lie there whenever they are inside the input.</summary>
    [Property(MaxTest = 80 / CaseCount.Divisor)]
    public Property Receptive_field_spans_size_from_start_plus_u_jumps() =>
        Prop.ForAll(Stacks.ToArbitrary(), Gen.Choose(0, 30).ToArbitrary(), (stack, u) =>
        {
            var outputs = ReceptiveField.Extents(stack.Layers, stack.Extent)[^1];
            var (size, jump, start) = ReceptiveField.Of(stack.Layers);
            var (first, last) = (start + u * jump, start + u * jump + size - 1);
            return Prop.When(u < outputs && first >= 0 && last < stack.Extent, () =>
            {
                var field = ReceptiveField.InputsOf(stack.Layers, stack.Extent, u);
                Assert.Equal(first, field[0]);
                Assert.Equal(last, field[^1]);
            });
        });

    /// <summary>Deeper layers see more: R_l = R_{l−1} + (K_l − 1)·d_l·J_{l−1} ≥ R_{l−1}, and with stride-1 layers R = 1 + Σ (K_l − 1)·d_l.</summary>
    [Property(MaxTest = 80 / CaseCount.Divisor)]
    public Property Receptive_fields_grow_with_depth_by_the_law() =>
        Prop.ForAll(Stacks.ToArbitrary(), stack =>
        {
            var sizes = Enumerable.Range(0, stack.Layers.Length + 1).Select(l => ReceptiveField.Of(stack.Layers[..l]).Size).ToArray();
            for (var l = 1; l < sizes.Length; l++)
            {
                var layer = stack.Layers[l - 1];
                Assert.Equal(sizes[l - 1] + (layer.Kernel - 1) * layer.Dilation * ReceptiveField.Of(stack.Layers[..(l - 1)]).Jump, sizes[l]);
                Assert.True(sizes[l] >= sizes[l - 1]);
            }
            var unitStrides = stack.Layers.Select(l => l with { Stride = 1 }).ToArray();
            Assert.Equal(1 + unitStrides.Sum(l => (long)(l.Kernel - 1) * l.Dilation), ReceptiveField.Of(unitStrides).Size);
        });

    [Property(MaxTest = 80 / CaseCount.Divisor)]
    public Property Viewed_from_below_and_from_above_are_the_same_relation() =>
        Prop.ForAll(Stacks.ToArbitrary(), stack =>
        {
            var outputs = ReceptiveField.Extents(stack.Layers, stack.Extent)[^1];
            for (var u = 0; u < outputs; u++)
                for (var i = 0; i < stack.Extent; i++)
                    Assert.Equal(ReceptiveField.InputsOf(stack.Layers, stack.Extent, u).Contains(i),
                        ReceptiveField.OutputsOf(stack.Layers, stack.Extent, i).Contains(u));
        });
}
