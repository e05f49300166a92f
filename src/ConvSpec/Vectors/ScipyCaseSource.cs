using System.Text.Json.Nodes;
using ConvSpec.Protocol;
using static ConvSpec.Vectors.VectorTensors;

namespace ConvSpec.Vectors;

/// <summary>
/// Cases for SciPy's N-D functions <c>convolve</c>, <c>correlate</c>, <c>fftconvolve</c>, <c>oaconvolve</c>:
/// the notes' and NumPy's worked examples, the edges (size 1, kernel longer than the input, even kernels
/// with same, scalars, complex, non-finite values, int64 overflow, empty and mismatched inputs) and random
/// cases over rank 1..3, the five dtypes, the modes and (for the FFT ops) the axes.
/// </summary>
public sealed class ScipyCaseSource : IVectorCaseSource
{
    public IReadOnlyList<string> Ops => ["convolve", "correlate", "fftconvolve", "oaconvolve"];

    public IEnumerable<VectorCase> Cases(string op, VectorRandom random, int count)
    {
        foreach (var mode in Modes)
            yield return new("example", $"numpy.convolve docs: [1,2,3] and [0,1,0.5], {mode}",
                Args(Reals([3], 1, 2, 3), Reals([3], 0, 1, 0.5), mode));
        yield return new("example", "notes: [1,2,3] * [0,1,2] (discrete case c_k = sum_i a_i b_(k-i))",
            Args(Ints([3], 1, 2, 3), Ints([3], 0, 1, 2), "full"));
        yield return new("example", "notes: doubly block Toeplitz example, 2x3 * 2x2",
            Args(Ints([2, 3], 2, 5, 3, 1, 4, 1), Ints([2, 2], 1, 2, 3, 4), "full"));
        yield return new("example", "notes: cross-correlation of a 3x4 image with [[1,0],[0,-1]], valid",
            Args(Ints([3, 4], 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), Ints([2, 2], 1, 0, 0, -1), "valid"));
        var fft = op is "fftconvolve" or "oaconvolve";
        foreach (var c in Edges()) yield return c;
        if (!fft)
            yield return new("edge", "method=direct", new JsonObject { ["in1"] = Ints([4], 1, 2, 3, 4), ["in2"] = Ints([3], 1, 0, -1), ["mode"] = "same", ["method"] = "direct" });
        else
        {
            yield return new("edge", "axes=[1]: rows convolved independently",
                new JsonObject { ["in1"] = Ints([2, 3], 1, 2, 3, 4, 5, 6), ["in2"] = Ints([2, 2], 1, 1, 1, -1), ["axes"] = List(1) });
            yield return new("edge", "axes=[1] with in2 broadcast over axis 0",
                new JsonObject { ["in1"] = Ints([2, 3], 1, 2, 3, 4, 5, 6), ["in2"] = Ints([1, 2], 1, -1), ["axes"] = List(1), ["mode"] = "same" });
        }
        foreach (var c in Errors(op)) yield return c;
        for (var i = 0; i < count; i++) yield return RandomCase(random, fft);
    }

    private static readonly string[] Modes = ["full", "same", "valid"];

    private static JsonObject Args(JsonNode in1, JsonNode in2, string mode) =>
        new() { ["in1"] = in1, ["in2"] = in2, ["mode"] = mode };

    private static IEnumerable<VectorCase> Edges()
    {
        foreach (var mode in Modes)
        {
            yield return new("edge", $"size 1 by size 1, {mode}", Args(Ints([1], 7), Ints([1], -3), mode));
            yield return new("edge", $"kernel longer than the input, {mode}", Args(Ints([2], 1, 2), Ints([5], 1, 2, 3, 4, 5), mode));
            yield return new("edge", $"even kernel, {mode} (centring of the crop)", Args(Ints([5], 1, 2, 3, 4, 5), Ints([2], 1, 10), mode));
            yield return new("edge", $"even by even 2-D, {mode}", Args(Ints([4, 4], Enumerable.Range(1, 16).Select(v => (long)v).ToArray()), Ints([2, 2], 1, 2, 3, 4), mode));
            yield return new("edge", $"complex128 (correlate conjugates in2), {mode}",
                Args(Json(TensorValue.Complex(DType.Complex128, [3], [new(1, 2), new(0, -1), new(3, 0)])),
                     Json(TensorValue.Complex(DType.Complex128, [2], [new(0, 1), new(2, 2)])), mode));
        }
        yield return new("edge", "rank 0: two scalars give their product", Args(Ints([], 6), Ints([], -7), "full"));
        yield return new("edge", "float32 with float32 stays float32 and is correctly rounded",
            Args(Json(TensorValue.Real(DType.Float32, [3], [0.1, 0.2, 0.3])), Json(TensorValue.Real(DType.Float32, [2], [0.7, 0.9])), "full"));
        yield return new("edge", "int64 with float32 promotes to float64", Args(Ints([2], 1, 3), Json(TensorValue.Real(DType.Float32, [2], [0.1, 0.5])), "full"));
        yield return new("edge", "NaN and infinities propagate as IEEE arithmetic",
            Args(Reals([3], double.NaN, 1, double.PositiveInfinity), Reals([2], 1, -1), "full"));
        yield return new("edge", "cancellation: exact result 1 from terms of size 2^60",
            Args(Reals([3], 1L << 60, 1, -(1L << 60)), Reals([2], 1, 1), "full"));
        yield return new("edge", "int64 near the limit, exact", Args(Ints([2], long.MaxValue / 2, 1), Ints([2], 2, -1), "full"));
    }

    private static IEnumerable<VectorCase> Errors(string op)
    {
        yield return new("error", "int64 overflow is an overflow error", Args(Ints([2], long.MaxValue, long.MaxValue), Ints([1], 2), "full"));
        yield return op is "fftconvolve" or "oaconvolve"
            ? new("edge", "an empty input gives an empty float64 result (SciPy's test_empty)", Args(Ints([0]), Ints([2], 1, 2), "full"))
            : new("error", "an empty input is invalid", Args(Ints([0]), Ints([2], 1, 2), "full"));
        yield return new("error", "inputs of different rank are invalid", Args(Ints([2], 1, 2), Ints([1, 1], 1), "full"));
        yield return new("error", "valid with neither input at least as large on every axis",
            Args(Ints([2, 3], 1, 2, 3, 4, 5, 6), Ints([3, 2], 1, 2, 3, 4, 5, 6), "valid"));
        yield return new("error", "an unknown mode is invalid", Args(Ints([2], 1, 2), Ints([1], 1), "circular"));
        yield return new("error", "a misspelt argument is invalid", new JsonObject { ["in1"] = Ints([1], 1), ["in2"] = Ints([1], 1), ["mdoe"] = "same" });
    }

    private static VectorCase RandomCase(VectorRandom random, bool fft)
    {
        var rank = random.Int(1, 3);
        var (s1, s2) = (Shape(random, rank, 5), Shape(random, rank, 4));
        var mode = random.Pick(Modes);
        var axes = fft && random.Coin()
            ? Enumerable.Range(0, rank).Where(_ => random.Coin()).Select(a => (long)a).ToArray()
            : null;
        if (axes is { Length: 0 }) axes = null;
        var larger = random.Coin();
        for (var d = 0; d < rank; d++)
        {
            if (axes is not null && !axes.Contains(d)) s2[d] = random.Coin() ? s1[d] : 1;
            else if (mode == "valid" && (larger ? s1[d] < s2[d] : s2[d] < s1[d])) (s1[d], s2[d]) = (s2[d], s1[d]);
        }
        var (t1, t2) = (AnyDType(random), AnyDType(random));
        var args = Args(Random(random, t1, s1), Random(random, t2, s2), mode);
        if (axes is not null) args["axes"] = List(axes);
        var note = $"random rank {rank}, {t1.Name()} x {t2.Name()}, {mode}" + (axes is null ? "" : $", axes [{string.Join(",", axes)}]");
        return new("random", note, args);
    }
}
