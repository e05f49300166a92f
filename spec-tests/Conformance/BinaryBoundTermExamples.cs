using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The term count n of a binary operation's bound, written out: Π_d min(n1_d, n2_d) over the axes both inputs have,
/// and for the 2-D operations the kernel's whole size Π_d n2_d (the kernel also multiplies padding).
/// </summary>
public class BinaryBoundTermExamples
{
    private static JsonNode Ones(int[] shape) =>
        WireTensor.ToNode(TensorValue.Real(DType.Float64, shape, Enumerable.Repeat(1.0, shape.Aggregate(1, (p, d) => p * d)).ToArray()));

    [Fact]
    public void An_axis_at_in1s_rank_is_outside_in1_and_is_not_summed_over()
    {
        // in1 has rank 1, so axis 1 exists only in in2: only axis 0 counts, min(2, 4) = 2 terms.
        var args = new JsonObject { ["in1"] = Ones([2]), ["in2"] = Ones([4, 5]), ["axes"] = new JsonArray(1, 0) };
        Assert.Equal(2, CaseGenerators.Find("fftconvolve").Bound(args).Terms);
    }

    [Theory]
    [InlineData("convolve2d")]
    [InlineData("correlate2d")]
    public void A_2d_kernel_larger_than_the_input_counts_every_kernel_element(string op)
    {
        // 2x2 input, 3x4 kernel: 3 * 4 = 12 terms, not min(2, 3) * min(2, 4) = 4.
        var args = new JsonObject { ["in1"] = Ones([2, 2]), ["in2"] = Ones([3, 4]) };
        Assert.Equal(12, CaseGenerators.Find(op).Bound(args).Terms);
    }
}
