using ConvSpec.Layers;
using ConvSpec.Padding;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.SpecTests.Generators;

/// <summary>One Conv problem: X, W, optional B and attributes that fit them.</summary>
public sealed record ConvCase<T>(NdArray<T> X, NdArray<T> W, NdArray<T>? B, ConvAttributes Attributes)
{
    public override string ToString() =>
        $"X {X}, W {W}, B {B?.ToString() ?? "none"}, strides [{string.Join(",", Attributes.Strides ?? [])}], " +
        $"pads [{string.Join(",", Attributes.Pads ?? [])}], dilations [{string.Join(",", Attributes.Dilations ?? [])}], " +
        $"group {Attributes.Group}, auto_pad {Attributes.AutoPad}, padding_mode {Attributes.PaddingMode}";
}

/// <summary>Generators of Conv problems reaching the edges: rank 1-3, groups, depthwise, strides, dilations, every padding mode.</summary>
public static class ConvGen
{
    /// <summary>A tensor of <paramref name="shape"/> holding <paramref name="data"/> (row-major), as Int128.</summary>
    public static NdArray<Int128> Of(int[] shape, params long[] data) => new(shape, Array.ConvertAll(data, x => (Int128)x));

    /// <summary>Small integers, so sums of products are exact in double.</summary>
    public static Gen<long> SmallInteger => Gen.Choose(-9, 9).Select(x => (long)x);

    /// <summary>Attributes and shapes that Conv accepts, with <paramref name="maxRank"/> spatial axes at most.</summary>
    public static Gen<(int[] X, int[] W, bool Bias, ConvAttributes A)> Problem(int maxRank, bool explicitPadsOnly = false) =>
        from k in Gen.Choose(1, maxRank)
        from n in Gen.Choose(1, 2)
        from g in Gen.Frequency((3, Gen.Constant(1)), (2, Gen.Choose(2, 3)))
        from cg in Gen.Choose(1, 2)
        from mg in Gen.Choose(1, 2)
        from d in Gen.ArrayOf(Gen.Choose(1, 7 - 2 * (k - 1)), k)
        from kernel in Gen.ArrayOf(Gen.Choose(1, 3), k)
        from strides in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(1)), (2, Gen.Choose(2, 3))), k)
        from dilations in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(1)), (1, Gen.Constant(2))), k)
        from pads in Gen.ArrayOf(Gen.Choose(0, 2), 2 * k)
        from autoPad in explicitPadsOnly ? Gen.Constant(AutoPad.NotSet) : Gen.Frequency((4, Gen.Constant(AutoPad.NotSet)), (1, Gen.Elements(AutoPad.Valid, AutoPad.SameUpper, AutoPad.SameLower)))
        from mode in Gen.Elements(Enum.GetValues<PaddingMode>())
        from bias in Gen.Elements(true, false)
        select Fit([n, g * cg, .. d], [g * mg, cg, .. kernel], bias, new ConvAttributes
        {
            Strides = strides, Dilations = dilations, Group = g, AutoPad = autoPad, PaddingMode = mode,
            Pads = autoPad == AutoPad.NotSet ? pads : null,
        });

    /// <summary>A Conv case with elements from <paramref name="element"/>.</summary>
    public static Gen<ConvCase<T>> Case<T>(int maxRank, Gen<T> element, bool explicitPadsOnly = false) =>
        from p in Problem(maxRank, explicitPadsOnly)
        from x in TensorGen.Tensor(p.X, element)
        from w in TensorGen.Tensor(p.W, element)
        from b in TensorGen.Tensor([p.W[0]], element)
        select new ConvCase<T>(x, w, p.Bias ? b : null, p.A);

    /// <summary>Shrinks pads to the mode's limits and grows extents until the window fits, so the problem is valid.</summary>
    private static (int[] X, int[] W, bool Bias, ConvAttributes A) Fit(int[] x, int[] w, bool bias, ConvAttributes a)
    {
        var k = x.Length - 2;
        var pads = a.Pads is null ? null : (int[])a.Pads.Clone();
        for (var i = 0; i < k; i++)
        {
            var span = (w[i + 2] - 1) * a.Dilations![i] + 1;
            if (x[i + 2] < span) x[i + 2] = span;
            if (pads is null) continue;
            var limit = a.PaddingMode == PaddingMode.Reflect ? x[i + 2] - 1 : x[i + 2];
            pads[i] = Math.Min(pads[i], limit);
            pads[i + k] = Math.Min(pads[i + k], limit);
        }
        if (a.AutoPad is AutoPad.SameUpper or AutoPad.SameLower && a.PaddingMode == PaddingMode.Reflect)
            a = a with { PaddingMode = PaddingMode.Replicate };
        return (x, w, bias, a with { Pads = pads });
    }
}
