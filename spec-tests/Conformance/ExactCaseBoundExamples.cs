using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// Bounds of operations judged exactly: max pooling asks for no absolute-value request, the shape operations have a
/// zero bound; the DFT generator's bound inputs are the norms of x and its allowance grows with the tolerance.
/// </summary>
public class ExactCaseBoundExamples
{
    private static readonly CaseSpace Space = new([DType.Float64], 4, false);

    private static JsonObject Sample(string op) => Gen.Sample(CaseGenerators.Find(op).Args(Space), 1, new Rnd(11UL), 1)[0];

    [Theory]
    [InlineData("MaxPool")]
    [InlineData("GlobalMaxPool")]
    public void Max_pooling_has_no_absolute_value_request(string op)
    {
        Assert.Null(CaseGenerators.Find(op).Bound(Sample(op)).AbsoluteArgs);
    }

    [Theory]
    [InlineData("output_shape")]
    [InlineData("cost")]
    public void Shape_operations_have_a_zero_bound(string op)
    {
        Assert.Equal(new BoundInputs(0, null, 0, 0, 0, 0, 0), CaseGenerators.Find(op).Bound(Sample(op)));
    }

    [Fact] // x = [3, 4]: ‖x‖₂ = 5, ‖x‖₁ = 7
    public void Dft_bound_inputs_are_the_norms_of_x()
    {
        var args = new JsonObject { ["x"] = WireTensor.ToNode(TensorValue.Real(DType.Float64, [2], [3, -4])) };
        var b = CaseGenerators.Find("dft").Bound(args);
        Assert.Equal((2L, 5.0, 7.0), (b.Terms, b.NormA2, b.NormA1));
    }

    [Theory]
    [InlineData("dft")]
    [InlineData("idft")]
    public void Dft_allowance_is_smallest_for_exact_and_grows_to_direct_and_fft(string op)
    {
        var x = TensorValue.Real(DType.Float64, [6], [1, 2, 3, 4, 5, 6]);
        var args = new JsonObject { ["x"] = WireTensor.ToNode(x) };
        var allowance = (IElementAllowance)CaseGenerators.Find(op);
        var expected = TensorValue.Complex(DType.Complex128, [6], new System.Numerics.Complex[6]);
        var (exact, direct, fft) = (allowance.Allowance(args, expected, Tolerance.Exact)![0],
            allowance.Allowance(args, expected, Tolerance.Direct)![0], allowance.Allowance(args, expected, Tolerance.Fft)![0]);
        Assert.True(0 < exact && exact < direct && exact < fft, $"exact {exact}, direct {direct}, fft {fft}");
    }

    [Fact]
    public void Circular_convolution_has_its_own_allowance_only_for_the_fft_class()
    {
        var args = new JsonObject
        {
            ["in1"] = WireTensor.ToNode(TensorValue.Real(DType.Float64, [2], [1, 2])),
            ["in2"] = WireTensor.ToNode(TensorValue.Real(DType.Float64, [2], [3, 4])),
        };
        var allowance = (IElementAllowance)CaseGenerators.Find("circular_convolve");
        var expected = TensorValue.Real(DType.Float64, [2], [11, 10]);
        Assert.Null(allowance.Allowance(args, expected, Tolerance.Direct));
        Assert.All(allowance.Allowance(args, expected, Tolerance.Fft)!, b => Assert.True(b > 0));
    }
}
