using ConvSpec.Bounds;

namespace ConvSpec.SpecTests.Bounds;

/// <summary>N = Π_axes (the next power of two ≥ 2·full length), with 1 for an empty axis list or a zero length.</summary>
public class TransformLengthExamples
{
    [Theory]
    [InlineData(new long[] { 3, 5 }, 128)]  // 2·3 = 6 → 8, 2·5 = 10 → 16
    [InlineData(new long[] { 4 }, 8)]        // 2·4 = 8 is already a power of two
    [InlineData(new long[] { 0 }, 1)]        // 2·0 = 0, taken as 1
    [InlineData(new long[] { }, 1)]
    public void Transform_length_is_the_product_of_powers_of_two_at_least_twice_each_length(long[] fullLengths, long expected)
    {
        Assert.Equal(expected, CheckBounds.TransformLength(fullLengths));
    }

    [Fact] // 2^32 per axis, 2^64 in all: past long, refused rather than wrapped to 0
    public void A_transform_length_past_long_is_an_overflow()
    {
        Assert.Throws<OverflowException>(() => CheckBounds.TransformLength([1L << 31, 1L << 31]));
    }
}
