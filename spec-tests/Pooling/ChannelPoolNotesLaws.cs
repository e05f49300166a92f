using ConvSpec.Pooling;
using ConvSpec.SpecTests.Generators;
using ConvSpec.Tensors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Pooling;

/// <summary>
/// The notes' learned invariances: "When a 5 appears in the input, the corresponding filter will match it and cause a
/// large activation in a detector unit. The max pooling unit then has a large activation regardless of which detector
/// unit was activated."
/// </summary>
public class ChannelPoolNotesLaws
{
    /// <summary>N × C × W detector responses with C = groups · g, and the group size g.</summary>
    private static Gen<(NdArray<long> X, int G)> Case =>
        from g in Gen.Choose(1, 4)
        from groups in Gen.Choose(1, 3)
        from w in Gen.Choose(1, 4)
        from x in TensorGen.Tensor([1, groups * g, w], TensorGen.Integer)
        select (x, g);

    /// <summary>Y[n,q,i] = max_r X[n, q·g + r, i]: at least every detector of its group, and equal to one of them.</summary>
    [Property]
    public Property The_max_pooling_unit_is_as_large_as_whichever_detector_unit_was_activated() =>
        Prop.ForAll(Case.ToArbitrary(), c =>
        {
            var y = ChannelPool.Spec.Max(c.X, c.G);
            return IndexSpaceOf(y).All(o =>
            {
                var detectors = Enumerable.Range(0, c.G).Select(r => c.X[o[0], o[1] * c.G + r, o[2]]).ToArray();
                return detectors.All(d => y[o] >= d) && detectors.Contains(y[o]);
            });
        });

    /// <summary>Which detector of a group fires does not matter: permuting the channels inside each group leaves Y unchanged.</summary>
    [Property]
    public Property The_effect_on_the_pooling_unit_is_the_same_whichever_detector_fires() =>
        Prop.ForAll(Case.ToArbitrary(), c =>
        {
            var g = c.G;
            var rotated = NdArray<long>.Create(c.X.Shape.ToArray(), i => c.X[i[0], i[1] / g * g + (i[1] % g + 1) % g, i[2]]);
            return ChannelPool.Spec.Max(rotated, g).Equals(ChannelPool.Spec.Max(c.X, g));
        });

    private static IEnumerable<int[]> IndexSpaceOf(NdArray<long> y) => ConvSpec.Shapes.IndexSpace.Of(y.Shape.ToArray());
}
