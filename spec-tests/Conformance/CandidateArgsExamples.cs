using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>CandidateArgs' typed getters: present, absent and wrongly typed arguments.</summary>
public class CandidateArgsExamples
{
    private static CandidateArgs Args() => new(new JsonObject
    {
        ["mode"] = "same", ["count"] = 3, ["list"] = new JsonArray(1, 2), ["one"] = 5, ["text"] = "x",
        ["in1"] = WireTensor.ToNode(TensorValue.Int64([2], [1, 2])), ["words"] = new JsonArray("a"), ["big"] = long.MinValue,
    });

    [Fact]
    public void Integers_read_alike_when_built_in_memory_as_int_or_long_and_when_parsed()
    {
        var parsed = new CandidateArgs((JsonObject)JsonNode.Parse("""{"count": 3, "list": [1, 2], "big": -9223372036854775808}""")!);
        foreach (var a in new[] { Args(), parsed })
        {
            Assert.Equal(3, a.Integer("count", 0));
            Assert.Equal([1L, 2L], a.IntegerList("list")!);
            Assert.Equal(long.MinValue, a.Integer("big", 0));
        }
    }

    [Fact]
    public void A_list_with_a_non_integer_is_rejected_naming_the_argument()
    {
        Assert.Equal("words", Assert.Throws<ArgumentException>(() => Args().IntegerList("words")).ParamName);
        Assert.Equal(0, Args().Integer("words", 0));
    }

    [Fact]
    public void Present_arguments_are_read_and_absent_or_mistyped_ones_fall_back()
    {
        var a = Args();
        Assert.True(a.Has("mode"));
        Assert.False(a.Has("axes"));
        Assert.Same(a.Json, a.Json);
        Assert.Equal("same", a.String("mode", "full"));
        Assert.Equal("full", a.String("count", "full"));
        Assert.Equal("full", a.String("absent", "full"));
        Assert.Equal(3, a.Integer("count", 0));
        Assert.Equal(0, a.Integer("text", 0));
        Assert.Equal(0, a.Integer("absent", 0));
        Assert.Equal([1L, 2L], a.IntegerList("list")!);
        Assert.Equal([5L], a.IntegerList("one")!);
        Assert.Null(a.IntegerList("text"));
        Assert.Null(a.IntegerList("absent"));
        Assert.Equal([1L, 2L], (long[])a.Tensor("in1").Data);
    }

    [Fact]
    public void A_typed_candidate_answers_with_its_function_as_a_wire_tensor()
    {
        var candidate = TypedCandidate.Of((op, args) => TensorValue.Int64([1], [args.Integer("count", 0)]));
        Assert.Equal("typed in-process candidate", candidate.Name);
        var reply = candidate.Ask("any", new JsonObject { ["count"] = 4 }, TimeSpan.FromSeconds(10));
        Assert.Equal(ReplyKind.Response, reply.Kind);
        Assert.Equal([4L], (long[])WireTensor.FromNode(reply.Response!["result"], "result").Data);
    }

    [Fact]
    public void Delegate_candidates_report_null_and_non_tensor_answers_as_garbage_and_long_texts_abbreviated()
    {
        using var nulls = new DelegateCandidate("null", (_, _) => null);
        Assert.Equal(ReplyKind.Garbage, nulls.Ask("x", new JsonObject(), TimeSpan.FromSeconds(10)).Kind);
        Assert.Equal(201, DelegateCandidate.Abbreviate(new string('a', 300)).Length);
    }
}
