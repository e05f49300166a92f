using System.Numerics;
using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

using static ConvSpec.SpecTests.Conformance.LayerCaseSamples;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The case generators of the matrix and Fourier operations (toeplitz, doubly_block_toeplitz, circulant,
/// circular_convolve, dft, idft) reach their edges; the library's fast twins pass under their declared bounds; and
/// wrong candidates are caught: the bounds are not so wide that a single-precision transform or a forgotten
/// conjugation slips through.
/// </summary>
public class MatrixAndFourierCaseTests
{
    private static readonly string[] Ops = ["toeplitz", "doubly_block_toeplitz", "circulant", "circular_convolve", "dft", "idft"];

    private static List<(JsonObject Args, JsonObject Response)> Cases(string op, int count = 150) =>
        Enumerable.Range(0, count)
            .Select(i => ConformanceCheck.Case(CaseGenerators.Find(op), new CheckOptions { Count = count, Seed = 99 }, i))
            .Select(a => (a, CaseJudge.Reference(op, a)))
            .ToList();

    [Fact]
    public void Every_matrix_and_Fourier_operation_has_a_generator()
    {
        foreach (var op in Ops) Assert.Equal(op, CaseGenerators.Find(op).Op);
    }

    [Theory]
    [InlineData("toeplitz")]
    [InlineData("doubly_block_toeplitz")]
    [InlineData("circulant")]
    [InlineData("circular_convolve")]
    [InlineData("dft")]
    [InlineData("idft")]
    public void Generated_cases_have_results_and_rejections_and_never_an_internal_error(string op)
    {
        var cases = Cases(op);
        Assert.DoesNotContain(cases, c => ErrorType(c.Response) == "internal");
        Assert.Contains(cases, c => c.Response["result"] is not null);
        Assert.Contains(cases, c => ErrorType(c.Response) == "invalid_argument");
    }

    [Fact]
    public void Doubly_block_toeplitz_rejections_reach_a_zero_extent_and_an_input_of_the_wrong_rank()
    {
        var rejected = Cases("doubly_block_toeplitz", 600).Where(c => ErrorType(c.Response) == "invalid_argument").Select(c => c.Args).ToList();
        int[] InputShape(JsonObject a) => a["input_shape"]!.AsArray().Select(d => d!.GetValue<int>()).ToArray();
        Assert.Contains(rejected, a => InputShape(a).SequenceEqual([2, 0]));
        Assert.Contains(rejected, a => InputShape(a).SequenceEqual([3]));
    }

    [Fact]
    public void Dft_cases_reach_rank_zero_edge_lengths_repeated_and_empty_axes_and_every_method()
    {
        var args = Cases("dft", 300).Where(c => c.Response["result"] is not null).Select(c => c.Args).ToList();
        var shapes = args.Select(a => WireTensor.FromNode(a["x"], "x").Shape).ToList();
        Assert.Contains(shapes, s => s.Length == 0);
        foreach (var n in new[] { 1, 7, 16, 12 }) Assert.Contains(shapes, s => s.Contains(n));
        Assert.Contains(shapes, s => s.Length == 1 && s[0] > 12);
        Assert.Contains(args, a => a["axes"] is JsonArray { Count: 0 });
        Assert.Contains(args, a => a["axes"] is JsonArray list && list.Select(x => x!.GetValue<int>()).Distinct().Count() < list.Count);
        Assert.Contains(args, a => a["axes"] is JsonValue v && v.GetValue<int>() < 0);
        foreach (var method in new[] { "auto", "fft", "spec" }) Assert.Contains(args, a => a["method"]?.GetValue<string>() == method);
    }

    [Fact]
    public void Circular_convolve_cases_overflow_in_int64_now_and_then()
    {
        var cases = Cases("circular_convolve", 300);
        Assert.Contains(cases, c => ErrorType(c.Response) == "overflow");
        Assert.Contains(cases, c => c.Response["result"] is not null && WireTensor.FromNode(c.Args["in1"], "in1").Shape.Length == 0);
    }

    /// <summary>The FFT twins, asked with every method, pass under the bounds their generators declare.</summary>
    [Theory]
    [InlineData("dft")]
    [InlineData("idft")]
    [InlineData("circular_convolve")]
    public void The_fast_twins_pass_under_the_declared_bounds(string op)
    {
        foreach (var candidate in new ISelfCandidate[] { new FftMethodCandidate(), new DirectMethodCandidate() })
        {
            var report = ConformanceCheck.Run(candidate, new CheckOptions { Ops = [op], Count = 80, Seed = 31 });
            Assert.True(report.Passed, report.ToText());
        }
    }

    /// <summary>An FFT computed in single precision (errors ~1e−7 relative) fails the double-precision FFT bound.</summary>
    [Theory]
    [InlineData("dft")]
    [InlineData("idft")]
    [InlineData("circular_convolve")]
    public void A_single_precision_transform_is_caught(string op)
    {
        var report = ConformanceCheck.Run(SinglePrecision, new CheckOptions { Ops = [op], Count = 100, Seed = 5, DTypes = [DType.Float64, DType.Complex128], NonFinite = false });
        Assert.False(report.Passed);
        Assert.Equal(VerdictKind.ValueMismatch, Assert.Single(report.Failures).Verdict.Kind);
    }

    [Fact]
    public void A_toeplitz_that_forgets_to_conjugate_is_caught()
    {
        var report = ConformanceCheck.Run(UnconjugatedToeplitz, new CheckOptions { Ops = ["toeplitz"], Count = 200, Seed = 8, DTypes = [DType.Complex128] });
        Assert.False(report.Passed);
        Assert.Equal(VerdictKind.ValueMismatch, Assert.Single(report.Failures).Verdict.Kind);
    }

    /// <summary>eval's <c>method</c>: auto (default), fft and spec answer; anything else is invalid_argument; int64 stays exact.</summary>
    [Fact]
    public void Eval_method_argument_of_dft_idft_and_circular_convolve()
    {
        JsonObject Ask(string op, string args) => CaseJudge.Evaluate(op, JsonNode.Parse(args)!.AsObject());
        foreach (var method in new[] { "auto", "fft", "spec" })
        {
            Assert.Equal("""{"dtype":"complex128","shape":[4],"data":[[10.0,0.0],[-2.0,2.0],[-2.0,0.0],[-2.0,-2.0]]}""",
                Ask("dft", $$"""{"x":[1,2,3,4],"method":"{{method}}"}""")["result"]!.ToJsonString());
            Assert.Equal("""{"dtype":"int64","shape":[3],"data":[3,5,4]}""",
                Ask("circular_convolve", $$"""{"in1":[1,2,3],"in2":[1,0,1],"method":"{{method}}"}""")["result"]!.ToJsonString());
        }
        foreach (var op in new[] { "dft", "idft" })
            Assert.Equal("invalid_argument", ErrorType(Ask(op, """{"x":[1,2],"method":"direct"}""")));
        Assert.Equal("invalid_argument", ErrorType(Ask("circular_convolve", """{"in1":[1],"in2":[1],"method":"fast"}""")));
        Assert.Equal("overflow", ErrorType(Ask("circular_convolve", """{"in1":[9223372036854775807,1],"in2":[2,0],"method":"fft"}""")));
    }

    /// <summary>The spec's answer with every float rounded to single precision (and the dtype kept).</summary>
    private static JsonNode? SinglePrecision(string op, JsonObject args)
    {
        var response = CaseJudge.Reference(op, args);
        if (response["result"] is not { } result) return response;
        var t = WireTensor.FromNode(result, "result");
        var rounded = t.Data switch
        {
            double[] d => TensorValue.Real(t.DType, t.Shape, Array.ConvertAll(d, x => (double)(float)x)),
            Complex[] c => TensorValue.Complex(t.DType, t.Shape, Array.ConvertAll(c, z => new Complex((float)z.Real, (float)z.Imaginary))),
            _ => t,
        };
        return new JsonObject { ["result"] = WireTensor.ToNode(rounded) };
    }

    /// <summary>toeplitz(c) answered as toeplitz(c, c): the row is not conjugated.</summary>
    private static JsonNode? UnconjugatedToeplitz(string op, JsonObject args)
    {
        if (args["c"] is null || args["r"] is not null || args.Count != 1) return CaseJudge.Reference(op, args);
        var both = (JsonObject)args.DeepClone();
        both["r"] = args["c"]!.DeepClone();
        return CaseJudge.Reference(op, both);
    }
}
