using System.Numerics;
using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The shrinker's dtype steps and its edges: complex becomes float64 only when every imaginary part is 0; float64
/// becomes int64 only when every element is an integer of magnitude below 10^15; an element of magnitude 1 goes to 0
/// only (halving it would give 0 again).
/// </summary>
public class ShrinkerUnitAndDTypeExamples
{
    private static readonly JsonNode Zero = WireTensor.ToNode(TensorValue.Int64([1], [0]));

    /// <summary>The candidates of {in1, in2 = int64 [0]} (in2 has none), as in1 tensors.</summary>
    private static string[] In1Candidates(TensorValue in1) =>
        Shrinker.Candidates(new JsonObject { ["in1"] = WireTensor.ToNode(in1), ["in2"] = Zero.DeepClone() })
            .Select(c => c["in1"]!.ToJsonString()).ToArray();

    private static string Node(TensorValue t) => WireTensor.ToNode(t).ToJsonString();

    private static TensorValue Floats(params double[] d) => TensorValue.Real(DType.Float64, [d.Length], d);

    private static TensorValue Complexes(params Complex[] c) => TensorValue.Complex(DType.Complex128, [c.Length], c);

    [Fact]
    public void Int64_elements_of_magnitude_one_shrink_to_zero_only()
    {
        Assert.Equal([Node(TensorValue.Int64([1], [0]))], In1Candidates(TensorValue.Int64([1], [1])));
        Assert.Equal([Node(TensorValue.Int64([1], [0]))], In1Candidates(TensorValue.Int64([1], [-1])));
    }

    [Fact]
    public void A_float_one_becomes_int64_then_zero_and_is_not_halved()
    {
        Assert.Equal([Node(TensorValue.Int64([1], [1])), Node(Floats(0))], In1Candidates(Floats(1)));
    }

    [Fact]
    public void A_complex_one_becomes_float64_then_zero_and_is_not_halved()
    {
        Assert.Equal([Node(Floats(1)), Node(Complexes(Complex.Zero))], In1Candidates(Complexes(Complex.One)));
    }

    [Fact]
    public void An_infinite_float_shrinks_to_zero_only()
    {
        Assert.Equal([Node(Floats(0))], In1Candidates(Floats(double.PositiveInfinity)));
    }

    [Fact]
    public void Complex_becomes_float64_only_when_every_imaginary_part_is_zero()
    {
        Assert.Contains(Node(Floats(2.5, 3)), In1Candidates(Complexes(2.5, 3)));
        Assert.DoesNotContain(In1Candidates(Complexes(2.5, new Complex(3, 1))), c => c.Contains("\"float64\""));
    }

    [Fact]
    public void Float64_becomes_int64_only_when_every_element_is_an_integer_below_ten_to_the_fifteen()
    {
        Assert.Contains(Node(TensorValue.Int64([2], [2, -3])), In1Candidates(Floats(2, -3)));
        Assert.Contains(Node(TensorValue.Int64([1], [999_999_999_999_999])), In1Candidates(Floats(999_999_999_999_999)));
        foreach (var floats in new[] { Floats(2, 2.5), Floats(1e15), Floats(-1e15), Floats(2, double.NaN) })
            Assert.DoesNotContain(In1Candidates(floats), c => c.Contains("\"int64\""));
    }
}
