using ConvSpec.Layers;
using ConvSpec.Protocol.Operations;

namespace ConvSpec.SpecTests.Layers;

/// <summary>
/// Receptive-field queries and conv shape arguments reject indices and values outside their range: layers outside
/// the recurrences' domain (K, s, d ≥ 1, pads ≥ 0) by name, indices with the range they missed, and R, J or S past
/// int64 as an overflow, never a wrapped number.
/// </summary>
public class ReceptiveFieldArgumentExamples
{
    private const int Max = int.MaxValue;
    private static readonly WindowLayer[] TwoByTwo = [new(3), new(3)];

    [Theory]
    [InlineData(-1)]
    [InlineData(6)] // 10 → 8 → 6 outputs
    public void An_output_index_outside_the_last_layer_is_rejected(int output)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => ReceptiveField.InputsOf(TwoByTwo, 10, output));
        Assert.Equal("output", e.ParamName);
        Assert.Equal($"output: must index the last layer's 6 outputs (got {output}) (Parameter 'output')", e.Message);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10)]
    public void An_input_index_outside_the_input_is_rejected(int input)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => ReceptiveField.OutputsOf(TwoByTwo, 10, input));
        Assert.Equal("input", e.ParamName);
        Assert.Equal($"input: must index the 10 input cells (got {input}) (Parameter 'input')", e.Message);
    }

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
        var e = Record.Exception(() => ReceptiveField.Of(layers));
        Assert.True(e is OverflowException, $"{quantity}: {e?.GetType().Name ?? "no exception"}");
    }

    [Theory]
    [InlineData(2147483648L)]
    [InlineData(-2147483649L)]
    public void Integers_outside_32_bits_are_rejected_naming_the_argument(long value)
    {
        Assert.Equal("group", Assert.Throws<ArgumentException>(() => ConvArgs.Int(value, "group")).ParamName);
    }
}
