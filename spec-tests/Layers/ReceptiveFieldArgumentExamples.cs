using ConvSpec.Layers;
using ConvSpec.Protocol.Operations;

namespace ConvSpec.SpecTests.Layers;

/// <summary>Receptive-field queries and conv shape arguments reject indices and values outside their range.</summary>
public class ReceptiveFieldArgumentExamples
{
    private static readonly WindowLayer[] TwoByTwo = [new(3), new(3)];

    [Theory]
    [InlineData(-1)]
    [InlineData(6)] // 10 → 8 → 6 outputs
    public void An_output_index_outside_the_last_layer_is_rejected(int output)
    {
        Assert.Equal("output", Assert.ThrowsAny<ArgumentException>(() => ReceptiveField.InputsOf(TwoByTwo, 10, output)).ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10)]
    public void An_input_index_outside_the_input_is_rejected(int input)
    {
        Assert.Equal("input", Assert.ThrowsAny<ArgumentException>(() => ReceptiveField.OutputsOf(TwoByTwo, 10, input)).ParamName);
    }

    [Theory]
    [InlineData(2147483648L)]
    [InlineData(-2147483649L)]
    public void Integers_outside_32_bits_are_rejected_naming_the_argument(long value)
    {
        Assert.Equal("group", Assert.Throws<ArgumentException>(() => ConvArgs.Int(value, "group")).ParamName);
    }
}
