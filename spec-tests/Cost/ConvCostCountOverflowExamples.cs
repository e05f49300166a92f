using ConvSpec.Cost;
using ConvSpec.Layers;

namespace ConvSpec.SpecTests.Cost;

/// <summary>
/// Each count of <see cref="ConvCost.Of"/> that can overflow on its own does so as an overflow naming the cost; the
/// shapes are chosen so that a wrapped count would let every later count fit (padding keeps the input to one cell
/// under a huge kernel, a stride keeps a huge input to one output).
/// </summary>
public class ConvCostCountOverflowExamples
{
    private const int Max = int.MaxValue;

    public static TheoryData<string, int[], int[], ConvAttributes> Geometries => new()
    {
        // Π K = 2^16·4 = 2^64 (wraps to 0) over a single padded input cell
        { "kernel cells", [1, 1, 1, 1, 1, 1], [1, 1, 1 << 16, 1 << 16, 1 << 16, 1 << 16],
            new ConvAttributes { Pads = [65535, 65535, 65535, 65535, 0, 0, 0, 0] } },
        // window = 4 · (2^31 − 1)^2 > 2^63 (wraps negative) with Π K itself below 2^63
        { "window", [1, 4, 1, 1], [1, 4, Max, Max], new ConvAttributes { Pads = [Max - 1, Max - 1, 0, 0] } },
        // flops = 2·window − 1 with window = 2·(2^31 − 1)^2 < 2^63: 2·window > 2^63
        { "flops", [1, 2, 1, 1], [1, 2, Max, Max], new ConvAttributes { Pads = [Max - 1, Max - 1, 0, 0] } },
        // inputs = (2^22)^3 = 2^66 (wraps to 0) while a stride of 2^22 leaves one output
        { "inputs", [1, 1, 1 << 22, 1 << 22, 1 << 22], [1, 1, 1, 1, 1], new ConvAttributes { Strides = [1 << 22, 1 << 22, 1 << 22] } },
        // an empty batch makes the outputs and flops 0, so these overflow on their own:
        // P = F·ΠO = (2^22)^3 = 2^66 (wraps to 0) from one padded input cell
        { "outputs per sample", [0, 1, 1, 1, 1], [1, 1, 1, 1, 1], new ConvAttributes { Pads = [4194303, 4194303, 4194303, 0, 0, 0] } },
        // parameters = F·w = (2^31 − 1)·2^33 > 2^63 with w = 2·2^16·2^16
        { "parameters", [0, 2, 1, 1], [Max, 2, 65536, 65536], new ConvAttributes { Pads = [65535, 65535, 0, 0] } },
        // dense flops = 2 · entries with entries = (5·2^29)^2 ≈ 2^62.6 < 2^63 (a 1x1 kernel on a 65536 x 40960 image)
        { "dense flops", [1, 1, 65536, 40960], [1, 1, 1, 1], ConvAttributes.Default },
    };

    [Theory]
    [MemberData(nameof(Geometries))]
    public void A_count_past_int64_is_an_overflow_never_a_wrapped_number(string count, int[] x, int[] w, ConvAttributes attributes)
    {
        var g = ConvGeometry.Resolve(x, w, null, attributes);
        var e = Assert.Throws<OverflowException>(() => ConvCost.Of(g, bias: false));
        Assert.True(e.Message.StartsWith("cost:", StringComparison.Ordinal), $"{count}: {e.Message}");
    }

    [Fact]
    public void Missing_arguments_are_rejected_by_name()
    {
        Assert.Equal("g", Assert.Throws<ArgumentNullException>(() => ConvCost.Of(null!, bias: false)).ParamName);
        Assert.Equal("imageShape", Assert.Throws<ArgumentNullException>(() => ConvCost.OfImage(null!, [1])).ParamName);
        Assert.Equal("kernelShape", Assert.Throws<ArgumentNullException>(() => ConvCost.OfImage([1], null!)).ParamName);
    }
}
