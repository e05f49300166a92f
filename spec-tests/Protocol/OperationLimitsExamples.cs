using ConvSpec.Protocol.Operations;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>The oracle's size limits: at the limit accepted, one past it answered unsupported.</summary>
public class OperationLimitsExamples
{
    [Fact]
    public void A_matrix_of_more_than_2_to_the_26_entries_is_unsupported()
    {
        OperationLimits.Matrix("toeplitz", 1 << 13, 1 << 13);
        var e = Assert.Throws<NotSupportedException>(() => OperationLimits.Matrix("toeplitz", (1 << 13) + 1, 1 << 13));
        Assert.StartsWith("toeplitz:", e.Message);
    }

    [Fact]
    public void More_than_2_to_the_27_multiply_adds_are_unsupported()
    {
        OperationLimits.Work("dft", OperationLimits.Terms);
        var e = Assert.Throws<NotSupportedException>(() => OperationLimits.Work("dft", OperationLimits.Terms + 1));
        Assert.Equal("dft: 134217729 multiply-adds exceed the O(n^2) spec's limit (134217728)", e.Message);
    }
}
