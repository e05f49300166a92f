using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// Bound inputs at the edges of their requests: the axes an N-D transform convolution sums over, and circular
/// convolution's own FFT allowance when the spec cannot answer its absolute request.
/// </summary>
public class AllowanceEdgeExamples
{
    private static JsonNode Real(int[] shape) =>
        WireTensor.ToNode(TensorValue.Real(DType.Float64, shape, Enumerable.Range(1, shape.Aggregate(1, (p, d) => p * d)).Select(v => (double)v).ToArray()));

    private static long Terms(int[] shape1, int[] shape2, JsonNode? axes)
    {
        var args = new JsonObject { ["in1"] = Real(shape1), ["in2"] = Real(shape2), ["axes"] = axes };
        return CaseGenerators.Find("fftconvolve").Bound(args).Terms;
    }

    [Fact]
    public void Negative_axes_count_from_the_end_and_repeats_count_once()
    {
        // Axes 1 and 0 of 2x3 * 4x5: min(3, 5) * min(2, 4) terms.
        Assert.Equal(6, Terms([2, 3], [4, 5], new JsonArray(-1, 1, 0)));
    }

    [Fact]
    public void Axes_outside_either_input_are_not_summed_over()
    {
        // 5 and -5 lie outside rank 2; axis 1 lies outside in2's rank 1: only axis 0, min(2, 4) terms.
        Assert.Equal(2, Terms([2, 3], [4], new JsonArray(5, -5, 1, 0)));
    }

    [Fact]
    public void A_single_axis_may_be_a_number()
    {
        Assert.Equal(3, Terms([2, 3], [4, 5], JsonValue.Create(-1)));
    }

    private static double[]? CircularAllowance(int[] shape1, int[] shape2, int expectedLength)
    {
        var generator = (IElementAllowance)CaseGenerators.Find("circular_convolve");
        var args = new JsonObject { ["in1"] = Real(shape1), ["in2"] = Real(shape2) };
        var expected = TensorValue.Real(DType.Float64, [expectedLength], new double[expectedLength]);
        return generator.Allowance(args, expected, Tolerance.Fft);
    }

    [Fact]
    public void Circular_convolution_allows_a_finite_bound_when_the_spec_answers_the_absolute_request()
    {
        Assert.All(CircularAllowance([3], [3], 3)!, b => Assert.True(double.IsFinite(b) && b > 0, $"{b}"));
    }

    [Fact]
    public void Circular_convolution_allows_anything_when_the_spec_refuses_the_absolute_request()
    {
        Assert.All(CircularAllowance([3], [2], 3)!, b => Assert.Equal(double.PositiveInfinity, b));
    }

    [Fact]
    public void Circular_convolution_allows_anything_when_the_absolute_result_has_another_length()
    {
        Assert.All(CircularAllowance([3], [3], 4)!, b => Assert.Equal(double.PositiveInfinity, b));
    }
}
