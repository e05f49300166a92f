using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;
using static ConvSpec.SpecTests.Conformance.WireNodes;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The whole detail CaseJudge gives for each way two answers can disagree about errors, for unsupported answers
/// (lenient and strict), and for replies that are not responses (their detail passes through unchanged).
/// </summary>
public class JudgeVerdictDetailExamples
{
    /// <summary>[1, 2] * [1, 1]: the spec answers the result [1, 3, 2].</summary>
    private static JsonObject Good() => new() { ["in1"] = Int64(1, 2), ["in2"] = Int64(1, 1) };

    /// <summary>An empty in1: the spec answers invalid_argument with <see cref="EmptyIn1Message"/>.</summary>
    private static JsonObject EmptyIn1() => new() { ["in1"] = Int64(), ["in2"] = Int64(1) };

    private const string EmptyIn1Message = "in1: must not be empty (shape 0)";

    private static Func<string, JsonObject, JsonNode?> Error(string type, string message) =>
        (_, _) => DelegateCandidate.ErrorResponse(type, message);

    /// <summary>Asserts that CaseJudge judges <paramref name="answer"/> to convolve on <paramref name="args"/> <paramref name="kind"/> with exactly <paramref name="detail"/>.</summary>
    private static Verdict Judged(VerdictKind kind, string detail, JsonObject args, Func<string, JsonObject, JsonNode?> answer, bool strict = false)
    {
        using var candidate = new DelegateCandidate("example", answer);
        var v = CaseJudge.Judge(candidate, CaseGenerators.Find("convolve"), args, new CheckOptions { Timeout = TimeSpan.FromSeconds(10), Strict = strict });
        Assert.Equal((kind, detail), (v.Kind, v.Detail));
        return v;
    }

    [Fact]
    public void Errors_of_the_same_type_pass_saying_both_answer_that_type() =>
        Judged(VerdictKind.Pass, "both answer invalid_argument", EmptyIn1(), Error("invalid_argument", "another wording"));

    [Fact]
    public void A_candidate_error_of_another_type_is_reported_with_both_types_and_messages() =>
        Judged(VerdictKind.ErrorTypeMismatch, $"spec answers invalid_argument ({EmptyIn1Message}); candidate answers overflow (too big)",
            EmptyIn1(), Error("overflow", "too big"));

    [Fact]
    public void A_result_where_the_spec_answers_an_error_names_the_spec_error() =>
        Judged(VerdictKind.MissingError, $"candidate answers a result where the spec answers invalid_argument: {EmptyIn1Message}",
            EmptyIn1(), (_, _) => Int64(1));

    [Fact]
    public void An_error_where_the_spec_answers_a_result_names_the_candidate_error() =>
        Judged(VerdictKind.UnexpectedError, "candidate answers overflow (too big) where the spec answers a result", Good(), Error("overflow", "too big"));

    [Fact]
    public void An_error_without_type_and_message_reads_as_type_question_mark_and_an_empty_message() =>
        Judged(VerdictKind.UnexpectedError, "candidate answers ? () where the spec answers a result", Good(), (_, _) => new JsonObject { ["error"] = new JsonObject() });

    [Theory]
    [InlineData(false, VerdictKind.NotCovered)]
    [InlineData(true, VerdictKind.Unsupported)]
    public void An_unsupported_answer_is_not_covered_or_under_strict_unsupported_with_its_message(bool strict, VerdictKind kind) =>
        Judged(kind, "unsupported: no int64 here", Good(), Error("unsupported", "no int64 here"), strict);

    [Fact]
    public void An_unsupported_answer_where_the_spec_answers_an_error_is_still_only_unsupported() =>
        Judged(VerdictKind.NotCovered, "unsupported: not here", EmptyIn1(), Error("unsupported", "not here"));

    [Fact]
    public void A_reply_that_is_not_a_response_keeps_its_kind_and_detail_and_no_actual_answer()
    {
        Assert.Null(Judged(VerdictKind.Garbage, "answered null", Good(), (_, _) => null).Actual);
        Judged(VerdictKind.Crash, "threw InvalidOperationException: boom", Good(), (_, _) => throw new InvalidOperationException("boom"));
    }
}
