using System.Text.Json.Nodes;
using ConvSpec.Protocol;
using static ConvSpec.Vectors.VectorTensors;

namespace ConvSpec.Vectors;

/// <summary>
/// Cases for <c>convolve2d</c> and <c>correlate2d</c>: the notes' example, the protocol's even-kernel same
/// example, every boundary × mode on a 3x4 input with a 2x3 kernel, kernels longer than the input with
/// wrap and symm (periodic extension), fill values, and random cases.
/// </summary>
public sealed class TwoDCaseSource : IVectorCaseSource
{
    public IReadOnlyList<string> Ops => ["convolve2d", "correlate2d"];

    private static readonly string[] Modes = ["full", "same", "valid"];
    private static readonly string[] Boundaries = ["fill", "wrap", "symm"];

    public IEnumerable<VectorCase> Cases(string op, VectorRandom random, int count)
    {
        yield return new("example", "notes: doubly block Toeplitz example (scipy.signal.convolve2d printout)",
            Args(Ints([2, 3], 2, 5, 3, 1, 4, 1), Ints([2, 2], 1, 2, 3, 4), "full", "fill"));
        yield return new("example", "docs/protocol.md: [[1,2,3,4]] with [[1,1]], same (even kernel)",
            Args(Ints([1, 4], 1, 2, 3, 4), Ints([1, 2], 1, 1), "same", "fill"));
        var image = Ints([3, 4], 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        var kernel = Ints([2, 3], 1, 0, -1, 2, 0, -2);
        foreach (var mode in Modes)
        foreach (var boundary in Boundaries)
            yield return new("edge", $"3x4 by 2x3, {mode}, {boundary}", Args(image.DeepClone(), kernel.DeepClone(), mode, boundary));
        foreach (var boundary in Boundaries)
            yield return new("edge", $"kernel 5x5 larger than the 2x3 input, same, {boundary} (periodic extension)",
                Args(Ints([2, 3], 1, 2, 3, 4, 5, 6), Random(new VectorRandom(5), DType.Int64, 5, 5), "same", boundary));
        var filled = Args(Reals([2, 2], 1, 2, 3, 4), Reals([3, 3], 1, 1, 1, 1, 1, 1, 1, 1, 1), "same", "fill");
        filled["fillvalue"] = 2.5;
        yield return new("edge", "fillvalue 2.5 with float64 inputs", filled);
        yield return new("edge", "boundary alias pad = fill", Args(Ints([2, 2], 1, 2, 3, 4), Ints([2, 2], 1, 1, 1, 1), "same", "pad"));
        yield return new("edge", "valid with in2 the larger: inputs swapped",
            Args(Ints([2, 2], 1, 2, 3, 4), Ints([3, 3], 1, 2, 3, 4, 5, 6, 7, 8, 9), "valid", "fill"));
        yield return new("edge", "complex inputs",
            Args(Json(TensorValue.Complex(DType.Complex128, [2, 2], [new(1, 1), new(2, 0), new(0, 3), new(-1, 1)])),
                 Json(TensorValue.Complex(DType.Complex128, [1, 2], [new(0, 1), new(1, -1)])), "full", "wrap"));
        yield return new("error", "rank 1 inputs are invalid", Args(Ints([2], 1, 2), Ints([1], 1), "full", "fill"));
        yield return new("error", "an unknown boundary is invalid", Args(Ints([1, 1], 1), Ints([1, 1], 1), "full", "reflect"));
        for (var i = 0; i < count; i++) yield return RandomCase(random);
    }

    private static JsonObject Args(JsonNode in1, JsonNode in2, string mode, string boundary) =>
        new() { ["in1"] = in1, ["in2"] = in2, ["mode"] = mode, ["boundary"] = boundary };

    private static VectorCase RandomCase(VectorRandom random)
    {
        var (s1, s2) = (Shape(random, 2, 6), Shape(random, 2, 4));
        var (mode, boundary) = (random.Pick(Modes), random.Pick(Boundaries));
        if (mode == "valid" && (s1[0] < s2[0]) != (s1[1] < s2[1])) (s2[0], s2[1]) = (Math.Min(s1[0], s2[0]), Math.Min(s1[1], s2[1]));
        var (t1, t2) = (AnyDType(random), AnyDType(random));
        var args = Args(Random(random, t1, s1), Random(random, t2, s2), mode, boundary);
        if (boundary == "fill" && random.Coin()) args["fillvalue"] = random.Int(-3, 3);
        return new("random", $"random {t1.Name()} x {t2.Name()}, {mode}, {boundary}", args);
    }
}
