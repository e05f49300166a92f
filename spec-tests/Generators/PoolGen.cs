using ConvSpec.Pooling;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.SpecTests.Generators;

/// <summary>A pooling case: an N x C x D_1..D_k input and options that PoolGrid accepts.</summary>
public sealed record PoolCase<T>(NdArray<T> X, PoolOptions Options)
{
    public override string ToString() =>
        $"X {X} kernel [{string.Join(",", Options.KernelShape)}] strides [{string.Join(",", Options.Strides ?? [])}] "
        + $"pads [{string.Join(",", Options.Pads ?? [])}] dilations [{string.Join(",", Options.Dilations ?? [])}] "
        + $"auto_pad {Options.AutoPad} ceil {Options.CeilMode}";
}

/// <summary>
/// Generators of pooling geometry reaching the edges: extent 1, kernel equal to the extent, stride larger than
/// the kernel, dilation, pads up to kernel − 1, ceil_mode partial windows, every auto_pad.
/// </summary>
public static class PoolGen
{
    /// <summary>Options for spatial extents <paramref name="extents"/>, any auto_pad and ceil_mode.</summary>
    public static Gen<PoolOptions> Options(int[] extents, bool allowAutoPad = true, bool allowDilation = true) =>
        from kernel in Gen.ArrayOf(Gen.Choose(1, 4), extents.Length).Select(k => k.Select((v, a) => Math.Min(v, extents[a] + 1)).ToArray())
        from strides in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(1)), (2, Gen.Choose(2, 4))), extents.Length)
        from dilations in Gen.ArrayOf(allowDilation ? Gen.Frequency((3, Gen.Constant(1)), (1, Gen.Constant(2))) : Gen.Constant(1), extents.Length)
        from padFractions in Gen.ArrayOf(Gen.Choose(0, 3), 2 * extents.Length)
        from autoPad in allowAutoPad
            ? Gen.Frequency((5, Gen.Constant(AutoPad.NotSet)), (1, Gen.Elements(AutoPad.Valid, AutoPad.SameUpper, AutoPad.SameLower)))
            : Gen.Constant(AutoPad.NotSet)
        from ceil in Gen.Elements(false, true)
        select new PoolOptions(kernel, strides,
            autoPad == AutoPad.NotSet ? padFractions.Select((f, i) => Math.Min(f, kernel[i % extents.Length] - 1)).ToArray() : null,
            dilations, autoPad, ceil);

    /// <summary>A valid case of rank 1..<paramref name="maxRank"/> spatial axes with elements from <paramref name="element"/>.</summary>
    public static Gen<PoolCase<T>> Case<T>(Gen<T> element, int maxRank = 2, int maxExtent = 6, bool allowAutoPad = true, bool allowDilation = true) =>
        (from rank in Gen.Choose(1, maxRank)
         from batch in Gen.Choose(1, 2)
         from channels in Gen.Choose(1, 2)
         from extents in Gen.ArrayOf(TensorGen.Extent(maxExtent), rank)
         from options in Options(extents, allowAutoPad, allowDilation)
         from x in TensorGen.Tensor(new[] { batch, channels }.Concat(extents).ToArray(), element)
         select new PoolCase<T>(x, options))
        .Where(c => Valid(c.X.Shape, c.Options));

    /// <summary>True when <see cref="PoolGrid.Of"/> accepts the geometry.</summary>
    public static bool Valid(IReadOnlyList<int> shape, PoolOptions options)
    {
        try
        {
            PoolGrid.Of(shape, options);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Doubles that are small integers or dyadic fractions, with repeats for ties.</summary>
    public static Gen<double> Real =>
        Gen.Frequency((3, Gen.Choose(-5, 5).Select(x => (double)x)), (2, Gen.Choose(-1000, 1000).Select(x => x / 64.0)),
            (1, Gen.Zip(Gen.Choose(-1000, 1000), Gen.Choose(-20, 20)).Select(t => Math.ScaleB(t.Item1, t.Item2))));
}
