using System.Text.Json;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Vectors;

/// <summary>
/// Differential test against SciPy 1.10: every request of scipy_vectors.jsonl (made by make_scipy_vectors.py,
/// seeded) goes through <see cref="EvalServer.Respond"/>, and the answer must be SciPy's: the same error class,
/// or the same dtype and shape with equal int64 elements and float elements within
/// <see cref="SciPyRoundingBound"/> (ours is the exact result correctly rounded; SciPy's carries its own rounding error).
/// </summary>
public class SciPyVectors
{
    private static readonly string file = Path.Combine(AppContext.BaseDirectory, "Vectors", "scipy_vectors.jsonl");

    public static TheoryData<int> Lines()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < File.ReadLines(file).Count(); i++) data.Add(i);
        return data;
    }

    [Fact]
    public void The_vector_file_holds_about_three_hundred_requests_of_all_six_operations()
    {
        var ops = File.ReadLines(file).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("request").GetProperty("op").GetString()).ToList();
        Assert.InRange(ops.Count, 250, 400);
        Assert.Equal(["convolve", "convolve2d", "correlate", "correlate2d", "fftconvolve", "oaconvolve"], ops.Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void Eval_answers_as_SciPy_does(int line)
    {
        using var vector = JsonDocument.Parse(File.ReadLines(file).ElementAt(line));
        var request = vector.RootElement.GetProperty("request");
        var expected = vector.RootElement.GetProperty("expected");
        using var response = JsonDocument.Parse(EvalServer.Respond(request.GetRawText()));
        var actual = response.RootElement;
        Assert.Equal(request.GetProperty("id").GetInt32(), actual.GetProperty("id").GetInt32());
        if (expected.TryGetProperty("error", out var errorType))
        {
            Assert.True(actual.TryGetProperty("error", out var error), $"SciPy raises; we answered {actual.GetRawText()}");
            Assert.Equal(errorType.GetString(), error.GetProperty("type").GetString());
            return;
        }
        Assert.True(actual.TryGetProperty("result", out var result), $"we failed: {actual.GetRawText()}");
        var dtype = expected.GetProperty("dtype").GetString()!;
        Assert.Equal(dtype, result.GetProperty("dtype").GetString());
        Assert.Equal(expected.GetProperty("shape").GetRawText(), result.GetProperty("shape").GetRawText());
        var args = request.GetProperty("args");
        var (in1, in2) = (Elements(args.GetProperty("in1")), Elements(args.GetProperty("in2")));
        // each output element reads at most |in2| fill values: they join in1's side of the norm
        var fill = args.TryGetProperty("fillvalue", out var f) ? (f.ValueKind == JsonValueKind.Object ? Elements(f) : [Parts(f).Sum(Math.Abs)]).Single() : 0;
        // a non-finite fill gives non-finite elements, compared exactly; the others never read it
        // SciPy's FFT transforms each input in its own precision: one single-precision input makes the error single's
        var single = new[] { "in1", "in2" }.Any(n => args.GetProperty(n) is { ValueKind: JsonValueKind.Object } t
            && t.GetProperty("dtype").GetString() is "float32" or "complex64");
        var bound = SciPyRoundingBound(single ? "float32" : dtype, [.. in1, .. Enumerable.Repeat(double.IsFinite(fill) ? fill : 0, in2.Length)], in2);
        var (want, got) = (expected.GetProperty("data").EnumerateArray().ToArray(), result.GetProperty("data").EnumerateArray().ToArray());
        Assert.Equal(want.Length, got.Length);
        for (var k = 0; k < want.Length; k++)
        {
            if (dtype == "int64") Assert.Equal(want[k].GetInt64(), got[k].GetInt64());
            else Assert.All(Parts(want[k]).Zip(Parts(got[k])), t => Assert.True(double.IsFinite(t.First) ? Math.Abs(t.First - t.Second) <= bound : t.First.Equals(t.Second),
                $"element {k}: SciPy {t.First:R}, ours {t.Second:R}, bound {bound:R}"));
        }
    }

    /// <summary>
    /// The rounding error SciPy's answer may carry, as a bound on |SciPy − exact| + |ours − exact|:
    /// a direct sum of n products of n-term dot products errs by at most n·u·Σ|a_i||b_j| (Higham, Accuracy and
    /// Stability, §3.1), an FFT of length N by O(u·log N)·‖a‖₁‖b‖₁, which for the lengths here is below the
    /// former with n = |a| + |b|; ours adds half an ulp. u is the unit roundoff of the least precise dtype SciPy computes in (its FFTs transform a
    /// float32 input in single precision even when the result is float64).
    /// </summary>
    public static double SciPyRoundingBound(string dtype, double[] in1, double[] in2)
    {
        var u = dtype is "float32" or "complex64" ? Math.ScaleB(1, -24) : Math.ScaleB(1, -53);
        var n = in1.Length + in2.Length;
        return 2 * n * u * in1.Sum(Math.Abs) * in2.Sum(Math.Abs);
    }

    /// <summary>|element| of every element of a wire tensor (complex as its modulus bound |re| + |im|).</summary>
    private static double[] Elements(JsonElement tensor) =>
        tensor.GetProperty("data").EnumerateArray().Select(e => Parts(e).Sum(Math.Abs)).ToArray();

    private static double[] Parts(JsonElement e) => e.ValueKind == JsonValueKind.Array
        ? e.EnumerateArray().Select(Number).ToArray()
        : [Number(e)];

    private static double Number(JsonElement e) => e.ValueKind == JsonValueKind.String
        ? double.Parse(e.GetString()!, System.Globalization.CultureInfo.InvariantCulture)
        : e.GetDouble();
}
