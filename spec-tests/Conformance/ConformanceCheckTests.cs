using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>The engine behind <c>convspec check</c>, driven by in-process candidates.</summary>
public class ConformanceCheckTests
{
    private static readonly CheckOptions Int64Convolve = new() { Ops = ["convolve"], DTypes = [DType.Int64], Count = 60, Seed = 20261125 };

    [Trait("Reach", "library")]
    [Fact]
    public void The_spec_itself_passes_every_operation()
    {
        var report = ConformanceCheck.Run(Candidates.Correct, new CheckOptions { Count = 25, Seed = 11 });
        Assert.True(report.Passed, report.ToText());
        Assert.All(report.Ops, o => Assert.Equal(25, o.Passed));
    }

    [Fact]
    public void Off_by_one_same_centring_for_even_kernels_is_caught_and_shrunk_to_a_small_counterexample()
    {
        var report = ConformanceCheck.Run(Candidates.OffByOneSame, Int64Convolve);

        Assert.False(report.Passed);
        var c = Assert.Single(report.Failures);
        Assert.Equal(VerdictKind.ValueMismatch, c.Verdict.Kind);
        Assert.Equal("same", c.Args["mode"]?.GetValue<string>());
        var (in1, in2) = (WireTensor.FromNode(c.Args["in1"], "in1"), WireTensor.FromNode(c.Args["in2"], "in2"));
        Assert.Contains(in2.Shape, n => n % 2 == 0);
        Assert.True(in1.Length <= 2 && in2.Length <= 2, $"not minimal: {c.Request}");
        var message = Assert.Throws<ConformanceException>(report.ThrowIfFailed).Message;
        Assert.Contains("counterexample for convolve", message);
        Assert.Contains($"--seed {Int64Convolve.Seed}", message);
    }

    [Fact]
    public void The_same_seed_generates_the_same_cases_and_another_seed_other_cases()
    {
        var generator = CaseGenerators.Find("convolve2d");
        var options = new CheckOptions { Seed = 5, Count = 20 };
        string Cases(CheckOptions o) => string.Join("\n", Enumerable.Range(0, 20).Select(i => ConformanceCheck.Case(generator, o, i).ToJsonString()));

        Assert.Equal(Cases(options), Cases(options with { }));
        Assert.NotEqual(Cases(options), Cases(options with { Seed = 6 }));
    }

    [Fact]
    public void A_replayed_failing_seed_finds_the_same_counterexample()
    {
        var first = ConformanceCheck.Run(Candidates.OffByOneSame, Int64Convolve);
        var again = ConformanceCheck.Run(Candidates.OffByOneSame, Int64Convolve);
        Assert.Equal(first.Failures[0].Request, again.Failures[0].Request);
        Assert.Equal(first.Failures[0].CaseIndex, again.Failures[0].CaseIndex);
    }

    [Fact]
    public void A_result_where_the_spec_says_invalid_argument_is_a_failure()
    {
        var report = ConformanceCheck.Run((op, args) => new JsonObject { ["result"] = new JsonObject { ["dtype"] = "int64", ["shape"] = new JsonArray(), ["data"] = new JsonArray(0) } },
            new CheckOptions { Ops = ["convolve"], DTypes = [DType.Int64], Count = 200, Seed = 3 });
        Assert.Contains(report.Failures, f => f.Verdict.Kind is VerdictKind.MissingError or VerdictKind.ShapeMismatch);
    }

    [Fact]
    public void An_error_where_the_spec_answers_is_a_failure()
    {
        var report = ConformanceCheck.Run((_, _) => DelegateCandidate.ErrorResponse("invalid_argument", "no"), Int64Convolve);
        Assert.Equal(VerdictKind.UnexpectedError, Assert.Single(report.Failures).Verdict.Kind);
    }

    [Fact]
    public void Unsupported_answers_are_not_covered_and_fail_only_under_strict()
    {
        JsonNode Unsupported(string op, JsonObject args) => DelegateCandidate.ErrorResponse("unsupported", "not here");
        var lenient = ConformanceCheck.Run(Unsupported, Int64Convolve with { Count = 10 });
        var strict = ConformanceCheck.Run(Unsupported, Int64Convolve with { Count = 10, Strict = true });

        Assert.True(lenient.Passed);
        Assert.Equal(0, lenient.Ops[0].Passed);
        Assert.Equal(10, lenient.Ops[0].NotCovered + lenient.Ops[0].Passed);
        Assert.NotEmpty(lenient.NotCovered);
        Assert.Equal(VerdictKind.Unsupported, Assert.Single(strict.Failures).Verdict.Kind);
    }

    [Fact]
    public void A_wrong_dtype_is_a_failure()
    {
        var report = ConformanceCheck.Run((op, args) =>
        {
            var r = CaseJudge.Reference(op, args);
            if (r["result"] is JsonObject t) t["dtype"] = "float64";
            return r;
        }, Int64Convolve);
        Assert.Equal(VerdictKind.DTypeMismatch, Assert.Single(report.Failures).Verdict.Kind);
    }

    [Fact]
    public void A_candidate_that_throws_is_reported_as_a_crash()
    {
        var report = ConformanceCheck.Run((_, _) => throw new InvalidOperationException("boom"), Int64Convolve with { Count = 3 });
        var failure = Assert.Single(report.Failures);
        Assert.Equal(VerdictKind.Crash, failure.Verdict.Kind);
        Assert.Contains("boom", failure.Verdict.Detail);
    }

    [Fact]
    public void Errors_within_the_direct_summation_bound_pass_and_far_beyond_it_fail()
    {
        var options = new CheckOptions { Ops = ["convolve2d"], DTypes = [DType.Float64], Count = 40, Seed = 9, NonFinite = false };
        var within = ConformanceCheck.Run(Candidates.Perturbed(Math.ScaleB(1, -53)), options);
        var beyond = ConformanceCheck.Run(Candidates.Perturbed(1e-9), options);

        Assert.True(within.Passed, within.ToText());
        Assert.Equal(VerdictKind.ValueMismatch, Assert.Single(beyond.Failures).Verdict.Kind);
        Assert.Contains("× the bound", beyond.Failures[0].Verdict.Detail);
    }

    [Fact]
    public void The_exact_tolerance_rejects_a_one_ulp_error()
    {
        var options = new CheckOptions { Ops = ["convolve"], DTypes = [DType.Float64], Count = 40, Seed = 9, NonFinite = false, Tolerance = Tolerance.Exact };
        var report = ConformanceCheck.Run(Candidates.Perturbed(Math.ScaleB(1, -52)), options);
        Assert.Equal(VerdictKind.ValueMismatch, Assert.Single(report.Failures).Verdict.Kind);
    }
}

/// <summary>Malformed answers from in-process candidates are verdicts, never exceptions out of the engine.</summary>
public class MalformedAnswerTests
{
    private static readonly CheckOptions Options = new() { Ops = ["convolve"], DTypes = [DType.Int64], Count = 5, Seed = 2 };

    [Theory]
    [InlineData("{\"result\": \"abc\"}")]
    [InlineData("{\"result\": {\"dtype\": \"float64\", \"shape\": [100000, 100000], \"data\": []}}")]
    [InlineData("{\"result\": {\"dtype\": \"int8\", \"shape\": [1], \"data\": [1]}}")]
    [InlineData("{\"error\": \"not an object\"}")]
    [InlineData("{\"result\": [[1], [2, 3]]}")]
    public void A_malformed_result_is_reported_as_malformed(string answer)
    {
        var report = ConformanceCheck.Run((_, _) => JsonNode.Parse(answer), Options);
        Assert.Equal(VerdictKind.MalformedResult, Assert.Single(report.Failures).Verdict.Kind);
    }

    [Fact]
    public void An_answer_that_is_neither_a_response_nor_a_tensor_is_garbage()
    {
        var report = ConformanceCheck.Run((_, _) => JsonNode.Parse("[1, 2]"), Options);
        Assert.Equal(VerdictKind.Garbage, Assert.Single(report.Failures).Verdict.Kind);
    }
}

/// <summary>The typed in-process API, as a C# project would gate its own kernel.</summary>
public class TypedCandidateTests
{
    /// <summary>A float64 kernel: the spec's convolution run in plain double arithmetic (direct summation).</summary>
    private static TensorValue DoubleConvolve(string op, CandidateArgs args)
    {
        var (a, b) = (args.Tensor("in1"), args.Tensor("in2"));
        if (a.DType != DType.Float64 || b.DType != DType.Float64) throw new NotSupportedException("float64 only");
        var mode = ConvSpec.Shapes.ConvolutionModeNames.Parse(args.String("mode", "full"));
        var c = ConvSpec.Convolution.Convolve.Spec.Apply(a.AsDouble(), b.AsDouble(), mode);
        return TensorValue.Real(DType.Float64, c.Shape.ToArray(), c.Data);
    }

    [Fact]
    public void A_double_precision_direct_kernel_passes_within_the_direct_bound()
    {
        using var candidate = TypedCandidate.Of(DoubleConvolve);
        var report = ConformanceCheck.Run(candidate, new CheckOptions { Ops = ["convolve"], DTypes = [DType.Float64], Count = 80, Seed = 8, Tolerance = Tolerance.Direct });
        report.ThrowIfFailed();
        Assert.True(report.Ops[0].Passed > 0);
    }
}
