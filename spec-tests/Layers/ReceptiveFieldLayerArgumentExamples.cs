using ConvSpec.Layers;

namespace ConvSpec.SpecTests.Layers;

/// <summary>
/// The receptive-field recurrences reject layers outside their domain (K, s, d ≥ 1, pads ≥ 0) by name, say which
/// index is out of range, and never wrap: R, J or S past int64 is an overflow.
/// </summary>
public class ReceptiveFieldLayerArgumentExamples
{
    private const int Max = int.MaxValue;

    public static TheoryData<string, WindowLayer> BadLayers => new()
    {
        { "kernel", new WindowLayer(0) },
        { "stride", new WindowLayer(3, Stride: 0) },
        { "dilation", new WindowLayer(3, Dilation: 0) },
        { "pads", new WindowLayer(3, PadBegin: -1) },
        { "pads", new WindowLayer(3, PadEnd: -1) },
    };

    [Theory]
    [MemberData(nameof(BadLayers))]
    public void A_layer_outside_the_domain_is_rejected_naming_the_attribute(string name, WindowLayer layer)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ReceptiveField.Of([new WindowLayer(3), layer]));
        Assert.Equal(name, e.ParamName);
    }

    [Fact]
    public void A_missing_list_or_layer_is_rejected_by_every_query()
    {
        Assert.Equal("layers", Assert.Throws<ArgumentNullException>(() => ReceptiveField.Of(null!)).ParamName);
        Assert.Equal("layers", Assert.Throws<ArgumentNullException>(() => ReceptiveField.Of([new WindowLayer(3), null!])).ParamName);
        Assert.Equal("layers", Assert.Throws<ArgumentNullException>(() => ReceptiveField.Extents([new WindowLayer(3), null!], 10)).ParamName);
    }

    [Fact]
    public void An_index_out_of_range_names_the_range_and_the_index()
    {
        WindowLayer[] twoByTwo = [new(3), new(3)];
        Assert.Equal("output: must index the last layer's 6 outputs (got 6) (Parameter 'output')",
            Assert.Throws<ArgumentException>(() => ReceptiveField.InputsOf(twoByTwo, 10, 6)).Message);
        Assert.Equal("input: must index the 10 input cells (got 10) (Parameter 'input')",
            Assert.Throws<ArgumentException>(() => ReceptiveField.OutputsOf(twoByTwo, 10, 10)).Message);
    }

    public static TheoryData<string, WindowLayer[]> Overflowing => new()
    {
        // J = 2^31 − 1, then R = 1 + (2^31 − 2)(2^31 − 1)·J ≈ 2^93
        { "size", [new(1, Stride: Max), new(Max, Dilation: Max)] },
        // J = (2^31 − 1)^2 ≈ 2^62, then S = −(2^31 − 1)·J ≈ −2^93
        { "start", [new(1, Stride: Max), new(1, Stride: Max), new(1, PadBegin: Max)] },
        // J = (2^31 − 1)^3 ≈ 2^93
        { "jump", [new(1, Stride: Max), new(1, Stride: Max), new(1, Stride: Max)] },
    };

    [Theory]
    [MemberData(nameof(Overflowing))]
    public void A_recurrence_past_int64_is_an_overflow(string quantity, WindowLayer[] layers)
    {
        Assert.NotNull(quantity);
        Assert.Throws<OverflowException>(() => ReceptiveField.Of(layers));
    }
}
