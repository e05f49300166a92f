using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The shrinker's one-step simplifications of a request, in order: each optional argument dropped; each tensor's last,
/// then first, slice removed along every axis longer than 1; simpler dtypes; each element set to 0, then halved.
/// </summary>
public class ShrinkerCandidateExamples
{
    [Fact]
    public void The_candidates_of_a_small_int64_request_are_listed_simplest_first()
    {
        var args = new JsonObject
        {
            ["in1"] = WireTensor.ToNode(TensorValue.Int64([2], [3, 0])),
            ["in2"] = WireTensor.ToNode(TensorValue.Int64([1], [5])),
            ["mode"] = "full",
        };
        string Request(string in1, string in2, bool mode = true) =>
            "{" + $"\"in1\":{in1},\"in2\":{in2}" + (mode ? ",\"mode\":\"full\"" : "") + "}";
        string Int64(params long[] v) => WireTensor.ToNode(TensorValue.Int64([v.Length], v)).ToJsonString();
        var expected = new[]
        {
            Request(Int64(3, 0), Int64(5), mode: false),
            Request(Int64(3), Int64(5)),
            Request(Int64(0), Int64(5)),
            Request(Int64(0, 0), Int64(5)),
            Request(Int64(1, 0), Int64(5)),
            Request(Int64(3, 0), Int64(0)),
            Request(Int64(3, 0), Int64(2)),
        };
        Assert.Equal(expected, Shrinker.Candidates(args).Select(c => c.ToJsonString()));
    }
}
