using System.Runtime.Intrinsics;
using ConvSpec.Arithmetic;
using ConvSpec.Bounds;
using ConvSpec.Layers;
using ConvSpec.SpecTests.Generators;
using ConvSpec.Tensors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Layers;

/// <summary>
/// Conv.Fast against Conv.Spec: exact on small integer-valued inputs (every partial sum is an integer below 2^24),
/// otherwise within |ĉ − c| ≤ γ_n·(Σ|W|·|X̃| + |B|), n = C/G·ΠK + 1 (<see cref="ConvErrorBound"/>), on every tile path:
/// 512-bit vectors, 256-bit vectors and scalars. Each width is forced whatever the machine has: a 512-bit tile on a
/// machine without AVX-512 runs .NET's software Vector512, which computes the same fused multiply-adds.
/// </summary>
public class ConvAgreement
{
    public static TheoryData<string> Paths => ["512-bit", "256-bit", "scalar"];

    private static int Width<T>(string path) => path switch
    {
        "512-bit" => Vector512<T>.Count,
        "256-bit" => Vector256<T>.Count,
        _ => 1,
    };

    private static TResult On<T, TResult>(string path, Func<TResult> run)
    {
        Conv.Fast.WidthOverride = Width<T>(path);
        try { return run(); }
        finally { Conv.Fast.WidthOverride = 0; }
    }

    /// <summary>Cases with rows and columns past whole tiles: up to 9 filters per group and 1-D extents up to 2·48 + 3.</summary>
    private static Gen<ConvCase<long>> Wide =>
        from c in Gen.Choose(1, 3)
        from m in Gen.Choose(1, 9)
        from d in Gen.Choose(1, 99)
        from k in Gen.Choose(1, 3)
        from x in TensorGen.Tensor([1, c, d + k], ConvGen.SmallInteger)
        from w in TensorGen.Tensor([m, c, k], ConvGen.SmallInteger)
        from b in TensorGen.Tensor([m], ConvGen.SmallInteger)
        from pad in Gen.Choose(0, 2)
        select new ConvCase<long>(x, w, b, new ConvAttributes { Pads = [pad, 2 - pad] });

    /// <summary>2-D cases of up to 22 x 22 outputs: several column blocks of the im2col.</summary>
    private static Gen<ConvCase<long>> Blocks =>
        from c in Gen.Choose(1, 2)
        from m in Gen.Choose(1, 9)
        from h in Gen.Choose(1, 22)
        from w in Gen.Choose(12, 22)
        from x in TensorGen.Tensor([1, c, h + 2, w + 2], ConvGen.SmallInteger)
        from k in TensorGen.Tensor([m, c, 3, 3], ConvGen.SmallInteger)
        select new ConvCase<long>(x, k, null, ConvAttributes.Default);

    private static Gen<ConvCase<long>> Integers => Gen.OneOf(ConvGen.Case(3, ConvGen.SmallInteger), Wide, Blocks);

    [Fact] // above the parallel threshold (2^21 multiply-adds), so the blocks run on the thread pool
    public void Fast_equals_Spec_on_a_layer_large_enough_to_run_in_parallel()
    {
        var random = new Random(20261125);
        var x = new NdArray<long>([2, 8, 32, 32], Enumerable.Range(0, 2 * 8 * 32 * 32).Select(_ => (long)random.Next(-4, 5)).ToArray());
        var w = new NdArray<long>([16, 8, 3, 3], Enumerable.Range(0, 16 * 8 * 9).Select(_ => (long)random.Next(-4, 5)).ToArray());
        var b = new NdArray<long>([16], Enumerable.Range(0, 16).Select(_ => (long)random.Next(-4, 5)).ToArray());
        var c = new ConvCase<long>(x, w, b, new ConvAttributes { Pads = [1, 1, 1, 1] });
        Assert.Equal(Exact(c).Map(v => (float)v), Conv.Fast.Apply(x.Map(v => (float)v), w.Map(v => (float)v), b.Map(v => (float)v), c.Attributes));
    }

    /// <summary>
    /// 1-D layers whose P outputs span several im2col blocks of BW = NR·⌊512/NR⌋ columns (NR = 3·width), with a last
    /// block of 1, NR − 1, NR and NR + 1 columns: the block's panels stop at the last column, whatever P mod NR.
    /// </summary>
    [Theory, MemberData(nameof(Paths))]
    public void Fast_equals_Spec_over_several_blocks_with_a_partial_last_block(string path)
    {
        foreach (var single in new[] { false, true })
        {
            var nr = 3 * (single ? Width<float>(path) : Width<double>(path));
            var blockWidth = nr * (512 / nr);
            foreach (var last in new[] { 1, nr - 1, nr, nr + 1 })
            {
                var p = 2 * blockWidth + last;
                var x = new NdArray<long>([1, 2, p + 2], Enumerable.Range(0, 2 * (p + 2)).Select(i => (long)(i * 7 % 11) - 5).ToArray());
                var w = new NdArray<long>([5, 2, 3], Enumerable.Range(0, 30).Select(i => (long)(i * 5 % 7) - 3).ToArray());
                var c = new ConvCase<long>(x, w, null, ConvAttributes.Default);
                if (single)
                    Assert.Equal(Exact(c).Map(v => (float)v), On<float, NdArray<float>>(path, () => Conv.Fast.Apply(x.Map(v => (float)v), w.Map(v => (float)v))));
                else
                    Assert.Equal(Exact(c).Map(v => (double)v), On<double, NdArray<double>>(path, () => Conv.Fast.Apply(x.Map(v => (double)v), w.Map(v => (double)v))));
            }
        }
    }

    /// <summary>
    /// Grouped layers (G = 3) of M/G = MR, MR + 1 and 2·MR − 1 filters a group (MR = 8 on 512-bit tiles, else 4):
    /// each group's filters fill one tile, spill one row into a second, or leave a second tile one row short, so
    /// group g's rows start at tile g·⌈(M/G)/MR⌉ of the packed weights.
    /// </summary>
    [Theory, MemberData(nameof(Paths))]
    public void Fast_equals_Spec_on_groups_that_fill_a_tile_or_spill_into_a_second(string path)
    {
        var mr = path == "512-bit" ? 8 : 4;
        foreach (var perGroup in new[] { mr, mr + 1, 2 * mr - 1 })
        {
            var m = 3 * perGroup;
            var x = new NdArray<long>([2, 6, 9], Enumerable.Range(0, 2 * 6 * 9).Select(i => (long)(i * 7 % 11) - 5).ToArray());
            var w = new NdArray<long>([m, 2, 3], Enumerable.Range(0, m * 6).Select(i => (long)(i * 5 % 7) - 3).ToArray());
            var b = new NdArray<long>([m], Enumerable.Range(0, m).Select(i => (long)(i % 5) - 2).ToArray());
            var c = new ConvCase<long>(x, w, b, new ConvAttributes { Group = 3, Pads = [1, 0] });
            Assert.Equal(Exact(c).Map(v => (float)v),
                On<float, NdArray<float>>(path, () => Conv.Fast.Apply(x.Map(v => (float)v), w.Map(v => (float)v), b.Map(v => (float)v), c.Attributes)));
            Assert.Equal(Exact(c).Map(v => (double)v),
                On<double, NdArray<double>>(path, () => Conv.Fast.Apply(x.Map(v => (double)v), w.Map(v => (double)v), b.Map(v => (double)v), c.Attributes)));
        }
    }

    private static NdArray<Int128> Exact(ConvCase<long> c) =>
        Conv.Spec.Apply(c.X.Map(v => (Int128)v), c.W.Map(v => (Int128)v), c.B?.Map(v => (Int128)v), c.Attributes);

    [Theory, MemberData(nameof(Paths))]
    public void Fast_double_equals_Spec_on_small_integers(string path) =>
        Prop.ForAll(Integers.ToArbitrary(), c =>
        {
            var fast = On<double, NdArray<double>>(path, () =>
                Conv.Fast.Apply(c.X.Map(v => (double)v), c.W.Map(v => (double)v), c.B?.Map(v => (double)v), c.Attributes));
            Assert.Equal(Exact(c).Map(v => (double)v), fast);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));

    [Theory, MemberData(nameof(Paths))]
    public void Fast_float_equals_Spec_on_small_integers(string path) =>
        Prop.ForAll(Integers.ToArbitrary(), c =>
        {
            var fast = On<float, NdArray<float>>(path, () =>
                Conv.Fast.Apply(c.X.Map(v => (float)v), c.W.Map(v => (float)v), c.B?.Map(v => (float)v), c.Attributes));
            Assert.Equal(Exact(c).Map(v => (float)v), fast);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));

    [Theory, MemberData(nameof(Paths))]
    public void Fast_double_is_within_the_error_bound(string path) =>
        Prop.ForAll(ConvGen.Case(2, TensorGen.Real).ToArbitrary(), c =>
        {
            var fast = On<double, NdArray<double>>(path, () => Conv.Fast.Apply(c.X, c.W, c.B, c.Attributes));
            WithinBound(c, fast.Map(v => v), ConvErrorBound.DoubleUnitRoundoff);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));

    [Theory, MemberData(nameof(Paths))]
    public void Fast_float_is_within_the_error_bound(string path) =>
        Prop.ForAll(ConvGen.Case(2, TensorGen.Real.Select(v => (double)(float)v)).ToArbitrary(), c =>
        {
            var fast = On<float, NdArray<float>>(path, () =>
                Conv.Fast.Apply(c.X.Map(v => (float)v), c.W.Map(v => (float)v), c.B?.Map(v => (float)v), c.Attributes));
            WithinBound(c, fast.Map(v => (double)v), ConvErrorBound.SingleUnitRoundoff);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));

    /// <summary>|fast − exact| ≤ γ_n · (Conv of |X|, |W|, |B|), all compared exactly in dyadic arithmetic.</summary>
    private static void WithinBound(ConvCase<double> c, NdArray<double> fast, double unitRoundoff)
    {
        static NdArray<Dyadic> D(NdArray<double> t, bool abs) => t.Map(v => Dyadic.FromDouble(abs ? Math.Abs(v) : v));
        var exact = Conv.Spec.Apply(D(c.X, false), D(c.W, false), c.B is null ? null : D(c.B, false), c.Attributes);
        var magnitude = Conv.Spec.Apply(D(c.X, true), D(c.W, true), c.B is null ? null : D(c.B, true), c.Attributes);
        var n = ConvErrorBound.Terms(c.X.Shape[1] / c.Attributes.Group, c.W.Shape.Skip(2).ToArray());
        var gamma = Dyadic.FromDouble(Math.BitIncrement(ConvErrorBound.Gamma(n, unitRoundoff)));
        for (var i = 0; i < exact.Length; i++)
        {
            var error = Dyadic.FromDouble(fast.Data[i]) - exact.Data[i];
            if (error.Sign < 0) error = -error;
            Assert.True(error <= gamma * magnitude.Data[i],
                $"element {i}: fast {fast.Data[i]}, exact {exact.Data[i].ToDouble()}, bound {(gamma * magnitude.Data[i]).ToDouble()}");
        }
    }
}
