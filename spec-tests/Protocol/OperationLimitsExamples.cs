using ConvSpec.Pooling;
using ConvSpec.Protocol;
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

    // D = 2^14, K = 2^13: pads (4096, 4095) give O = 2^14 windows, 2^27 cells; pads (4096, 4096) give 2^14 + 1, 2^27 + 2^13.
    private static readonly TensorValue Line16384 = TensorValue.Real(DType.Float64, [1, 1, 1 << 14], new double[1 << 14]);

    [Fact]
    public void A_pooling_of_exactly_2_to_the_27_window_cells_is_accepted() =>
        PoolArgs.CheckWork(Line16384, new PoolOptions([1 << 13], Pads: [4096, 4095]));

    [Theory] // one NaN keeps the (refused) evaluation in IEEE arithmetic
    [InlineData("AveragePool")]
    [InlineData("LpPool")]
    [InlineData("MaxPool")]
    public void A_pooling_of_2_to_the_27_plus_2_to_the_13_window_cells_is_unsupported(string op)
    {
        var data = "\"NaN\"" + string.Concat(Enumerable.Repeat(", 0", (1 << 14) - 1));
        var (type, message) = PoolWire.Error(op, $$"""{"X": {"dtype": "float64", "shape": [1, 1, 16384], "data": [{{data}}]}, "kernel_shape": [8192], "pads": [4096, 4096]}""");
        Assert.Equal("unsupported", type);
        Assert.Equal("kernel_shape: the exact evaluation would visit 134225920 window cells (limit 134217728); use a smaller input or window", message);
    }
}
