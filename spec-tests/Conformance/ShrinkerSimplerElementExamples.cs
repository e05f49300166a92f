using System.Numerics;
using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>The shrinker's element simplifications: to zero, to the nearest integer, halved toward zero, real part only.</summary>
public class ShrinkerSimplerElementExamples
{
    private static IEnumerable<TensorValue> In1Candidates(TensorValue in1) =>
        Shrinker.Candidates(new JsonObject { ["in1"] = WireTensor.ToNode(in1), ["in2"] = WireTensor.ToNode(TensorValue.Int64([1], [1])) })
            .Select(a => WireTensor.FromNode(a["in1"], "in1"));

    [Fact]
    public void Complex_elements_shrink_to_zero_then_to_their_real_part_rounded_or_halved()
    {
        // (0, 1) keeps the tensor complex; 2.5 + 0i rounds (half to even) to 2; 6 + 0i halves to 3; 1 + 2i drops its imaginary part.
        var t = TensorValue.Complex(DType.Complex128, [4], [new Complex(2.5, 0), new Complex(6, 0), new Complex(1, 2), new Complex(0, 1)]);
        var firsts = In1Candidates(t).Where(c => c.Shape.SequenceEqual([4]) && c.DType == DType.Complex128)
            .Select(c => (Complex[])c.Data).ToList();
        Assert.Contains(firsts, d => d[0] == new Complex(2, 0) && d[1] == new Complex(6, 0));
        Assert.Contains(firsts, d => d[0] == new Complex(2.5, 0) && d[1] == new Complex(3, 0));
        Assert.Contains(firsts, d => d[2] == new Complex(1, 0));
        Assert.Contains(firsts, d => d[0] == Complex.Zero && d[1] == new Complex(6, 0));
    }

    [Fact]
    public void Float_elements_shrink_to_zero_rounded_or_halved()
    {
        var t = TensorValue.Real(DType.Float64, [2], [2.5, 6]);
        var data = In1Candidates(t).Where(c => c.Shape.SequenceEqual([2]) && c.DType == DType.Float64).Select(c => (double[])c.Data).ToList();
        Assert.Contains(data, d => d[0] == 0 && d[1] == 6);
        Assert.Contains(data, d => d[0] == 2 && d[1] == 6);
        Assert.Contains(data, d => d[0] == 2.5 && d[1] == 3);
    }

    [Fact]
    public void Infinite_and_NaN_float_elements_shrink_only_to_zero()
    {
        // ±∞ is neither rounded nor halved (|∞| > 1 but not finite); NaN likewise.
        var t = TensorValue.Real(DType.Float64, [3], [double.PositiveInfinity, double.NegativeInfinity, double.NaN]);
        var sameShape = In1Candidates(t).Where(c => c.Shape.SequenceEqual([3]) && c.DType == DType.Float64).Select(c => (double[])c.Data).ToList();
        Assert.All(sameShape, d => Assert.True(
            (d[0] == 0 || double.IsPositiveInfinity(d[0])) && (d[1] == 0 || double.IsNegativeInfinity(d[1])) && (d[2] == 0 || double.IsNaN(d[2])),
            string.Join(", ", d)));
        Assert.Contains(sameShape, d => d[0] == 0 && double.IsNegativeInfinity(d[1]) && double.IsNaN(d[2]));
        Assert.Contains(sameShape, d => double.IsPositiveInfinity(d[0]) && d[1] == 0 && double.IsNaN(d[2]));
        Assert.Contains(sameShape, d => double.IsPositiveInfinity(d[0]) && double.IsNegativeInfinity(d[1]) && d[2] == 0);
    }

    [Fact]
    public void Without_a_time_limit_shrinking_stops_at_the_budget()
    {
        var args = new JsonObject { ["in1"] = WireTensor.ToNode(TensorValue.Int64([4], [5, 6, 7, 8])), ["in2"] = WireTensor.ToNode(TensorValue.Int64([1], [1])) };
        var failure = new Verdict(VerdictKind.ValueMismatch, "always", new JsonObject(), null);
        var (_, _, steps) = Shrinker.Shrink(args, failure, _ => failure, budget: 3);
        Assert.Equal(3, steps);
    }
}
