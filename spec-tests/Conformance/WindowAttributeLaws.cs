using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Conformance.Layers;
using ConvSpec.Protocol;
using FsCheck.Fluent;
using static ConvSpec.SpecTests.Conformance.LayerCaseSamples;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// Which window attributes <see cref="WindowCases.Attributes"/> writes: strides whenever one is not 1 (and now and
/// then when all are), dilations only when asked for and one is not 1, pads only when one is positive and auto_pad
/// is absent or NOTSET, every auto_pad, ceil_mode only for pooling.
/// </summary>
public class WindowAttributeLaws
{
    /// <summary>Strides, dilations 1; no pads.</summary>
    private static readonly WindowAxis[] Plain = [new(4, 2, 1, 1, 0, 0), new(4, 2, 1, 1, 0, 0)];

    /// <summary>Strides [2, 1], dilations [2, 1], pads [0, 0, 1, 0] (an end pad alone).</summary>
    private static readonly WindowAxis[] Mixed = [new(5, 2, 2, 2, 0, 1), new(5, 2, 1, 1, 0, 0)];

    /// <summary>Dilations [2, 3], none of them 1.</summary>
    private static readonly WindowAxis[] Dilated = [new(5, 2, 1, 2, 0, 0), new(5, 2, 1, 3, 0, 0)];

    private static JsonObject[] Requests(WindowAxis[] axes, bool kernelShape = false, bool dilations = true, bool ceilMode = false) =>
        Sample(from _ in Gen.Constant(0)
               from a in WindowCases.Attributes(new JsonObject(), axes, kernelShape, dilations, ceilMode)
               select a, 300);

    [Fact]
    public void Strides_appear_whenever_one_is_not_1_and_sometimes_when_all_are()
    {
        Assert.All(Requests(Mixed), a => Assert.Equal(new[] { 2, 1 }, Ints(a, "strides")));
        var plain = Requests(Plain);
        Assert.Contains(plain, a => Ints(a, "strides") is [1, 1]);
        Assert.Contains(plain, a => !a.ContainsKey("strides"));
    }

    [Fact]
    public void Dilations_appear_only_when_asked_for_and_one_is_not_1()
    {
        Assert.DoesNotContain(Requests(Plain), a => a.ContainsKey("dilations"));
        Assert.DoesNotContain(Requests(Mixed, dilations: false), a => a.ContainsKey("dilations"));
        Assert.Contains(Requests(Mixed), a => Ints(a, "dilations") is [2, 1]);
        Assert.Contains(Requests(Dilated), a => Ints(a, "dilations") is [2, 3]);
    }

    [Fact]
    public void Pads_appear_exactly_when_one_is_positive_and_auto_pad_is_absent_or_NOTSET()
    {
        Assert.DoesNotContain(Requests(Plain), a => a.ContainsKey("pads"));
        var mixed = Requests(Mixed);
        Assert.All(mixed, a => Assert.Equal(Text(a, "auto_pad") is null or "NOTSET", Ints(a, "pads") is [0, 0, 1, 0]));
        Assert.All(mixed, a => Assert.Equal(a.ContainsKey("pads"), Ints(a, "pads") is [0, 0, 1, 0]));
        Assert.Contains(mixed, a => !a.ContainsKey("auto_pad"));
        Assert.All(mixed.Where(a => a.ContainsKey("auto_pad")), a => Assert.NotNull(Text(a, "auto_pad")));
        foreach (var autoPad in new[] { "NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID" })
            Assert.Contains(mixed, a => Text(a, "auto_pad") == autoPad);
    }

    [Fact]
    public void Kernel_shape_and_ceil_mode_appear_only_when_asked_for()
    {
        Assert.All(Requests(Mixed, kernelShape: true), a => Assert.Equal(new[] { 2, 2 }, Ints(a, "kernel_shape")));
        Assert.DoesNotContain(Requests(Mixed), a => a.ContainsKey("kernel_shape") || a.ContainsKey("ceil_mode"));
        var pooling = Requests(Mixed, ceilMode: true);
        foreach (int? ceil in new int?[] { null, 0, 1 })
            Assert.Contains(pooling, a => Int(a, "ceil_mode") == ceil);
    }

    [Theory]
    [InlineData(DType.Float32)]
    [InlineData(DType.Float64)]
    [InlineData(DType.Int64)]
    public void Small_integers_are_minus_2_to_2_each_reached_in_the_dtype_asked_for(DType dtype)
    {
        var tensor = Sample(WindowCases.SmallIntegers(dtype, [2, 3, 5]), 1)[0];
        Assert.Equal(dtype, tensor.DType);
        Assert.Equal(new[] { 2, 3, 5 }, tensor.Shape);
        Assert.Equal(new[] { -2.0, -1, 0, 1, 2 }, tensor.AsDouble().Data.Distinct().Order());
    }

    [Theory]
    [InlineData("fft", "fast")]
    [InlineData("fast", "fast")]
    [InlineData("direct", "direct")]
    [InlineData("spec", "spec")]
    public void With_method_asks_for_the_fast_twin_in_place_of_fft_and_passes_other_methods_through(string method, string sent)
    {
        var args = new JsonObject { ["kernel_shape"] = new JsonArray(2) };
        var with = WindowCases.WithMethod(args, method);
        Assert.Equal(sent, Text(with, "method"));
        Assert.Equal(new[] { 2 }, Ints(with, "kernel_shape"));
        Assert.False(args.ContainsKey("method"), "the request itself was changed");
    }
}
