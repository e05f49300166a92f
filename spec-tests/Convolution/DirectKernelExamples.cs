using ConvSpec.Convolution;
using ConvSpec.Correlation;
using ConvSpec.Shapes;
using ConvSpec.SpecTests.TestSupport;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Convolution;

/// <summary>
/// The direct kernel behind every fast direct convolution and correlation, seen through its callers: rank-3 layouts,
/// float widened and rounded once, integer sums checked, and a gathered array too large to index.
/// </summary>
public class DirectKernelExamples
{
    /// <summary>x_i = ((7 i) mod 11) − 5: small integers, so every product and sum is exact in double.</summary>
    private static NdArray<double> Small(params int[] shape) => IntegerTensors.Cycle(7, 11, -5, shape);

    [Theory]
    [InlineData(ConvolutionMode.Full)]
    [InlineData(ConvolutionMode.Same)]
    [InlineData(ConvolutionMode.Valid)]
    public void Rank_3_direct_sums_of_small_integers_equal_the_spec_exactly(ConvolutionMode mode)
    {
        // Rows of the output are the pairs (i_0, i_1): 2·2 = 4 kernel rows, 40 columns for the vector paths.
        var (a, b) = (Small(3, 4, 40), Small(2, 2, 3));
        Assert.Equal(Convolve.Spec.Apply(a, b, mode).Data, Convolve.Fast.Apply(a, b, mode, Method.Direct).Data);
        Assert.Equal(Correlate.Spec.Apply(a, b, mode).Data, Correlate.Fast.Apply(a, b, mode, Method.Direct).Data);
    }

    [Fact]
    public void One_output_of_2_to_the_17_terms_is_their_whole_sum()
    {
        // |out|·|K| = 2^17 reaches the parallel threshold with a single column, which still makes one chunk.
        var ones = Enumerable.Repeat(1.0, 1 << 17).ToArray();
        Assert.Equal([131_072.0], Convolve.Fast.Apply(ones, ones, ConvolutionMode.Valid, Method.Direct));
    }

    [Fact]
    public void Float_direct_sums_are_taken_in_double_and_rounded_once()
    {
        // In float, 1e8 + 1 rounds back to 1e8 (the spacing there is 8), so a float running sum gives 0.
        float[] x = [1e8f, 1f, -1e8f];
        Assert.Equal([1f], Convolve.Fast.Apply(x, [1f, 1f, 1f], ConvolutionMode.Valid, Method.Direct));
        Assert.Equal([1f], Correlate.Fast.Apply(x, [1f, 1f, 1f], ConvolutionMode.Valid, Method.Direct));
    }

    public static TheoryData<string, Func<NdArray<long>, NdArray<long>, NdArray<long>>> Operations => new()
    {
        { "convolve", (a, b) => Convolve.Fast.Apply(a, b, ConvolutionMode.Full, Method.Direct) },
        { "correlate", (a, b) => Correlate.Fast.Apply(a, b, ConvolutionMode.Full, Method.Direct) },
        { "convolve2d", (a, b) => Convolve2D.Fast.Apply(a, b, ConvolutionMode.Full) },
        { "correlate2d", (a, b) => Correlate2D.Fast.Apply(a, b, ConvolutionMode.Full) },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public void An_int64_sum_that_overflows_throws_naming_the_operation(string operation, Func<NdArray<long>, NdArray<long>, NdArray<long>> apply)
    {
        // 2 · (2^63 − 1) does not fit in int64; a wrapping sum would give −2.
        var (a, b) = (new NdArray<long>([1, 2], [long.MaxValue, 1]), new NdArray<long>([1, 1], [2]));
        var e = Assert.Throws<OverflowException>(() => apply(a, b));
        Assert.StartsWith(operation + ": integer overflow", e.Message);
    }

    [Fact]
    public void A_gather_of_more_than_int_MaxValue_elements_is_an_overflow_not_a_wrap()
    {
        // 65,536 · 65,536 = 2^32 elements, which (int) would wrap to 0.
        int[][] maps = [new int[65_536], new int[65_536]];
        Assert.Throws<OverflowException>(() => Slab.Gather(new double[1], [1, 1], maps, 0.0));
    }
}
