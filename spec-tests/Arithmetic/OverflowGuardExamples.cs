using ConvSpec.Arithmetic;

namespace ConvSpec.SpecTests.Arithmetic;

/// <summary>Overflow inside a computation becomes an error naming the operation, once.</summary>
public class OverflowGuardExamples
{
    [Fact]
    public void A_value_passes_through() => Assert.Equal(42, OverflowGuard.Run("op", () => 42));

    [Fact]
    public void A_bare_overflow_is_named_after_the_operation()
    {
        var e = Assert.Throws<OverflowException>(() => OverflowGuard.Run("convolve", () => checked(long.MaxValue + Environment.ProcessorCount)));
        Assert.Equal("convolve: integer overflow: a sum or product does not fit in the element type "
            + "(use a wider type such as Int128 or BigInteger for the exact result)", e.Message);
        Assert.IsType<OverflowException>(e.InnerException);
    }

    [Fact]
    public void An_overflow_already_named_by_the_operation_is_not_wrapped_again()
    {
        var inner = new OverflowException("convolve: result does not fit");
        var e = Assert.Throws<OverflowException>(() => OverflowGuard.Run<int>("convolve", () => throw inner));
        Assert.Same(inner, e);
        var other = Assert.Throws<OverflowException>(() => OverflowGuard.Run<int>("convolve2d", () => throw new OverflowException("convolve: x")));
        Assert.StartsWith("convolve2d: integer overflow", other.Message);
        var prefix = Assert.Throws<OverflowException>(() => OverflowGuard.Run<int>("convolve", () => throw new OverflowException("convolve2d: x")));
        Assert.StartsWith("convolve: integer overflow", prefix.Message);
    }
}
