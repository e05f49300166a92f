using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;
using static ConvSpec.SpecTests.Conformance.WireNodes;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>Fields compared exactly (MaxPool's indices): what the detail says for each kind of difference.</summary>
public class ExactFieldsExamples
{
    private static readonly ICaseGenerator MaxPool = CaseGenerators.Find("MaxPool");

    private static Verdict Passed(JsonNode? actualIndices)
    {
        var expected = new JsonObject { ["result"] = 1, ["indices"] = Int64(0, 1) };
        var actual = new JsonObject { ["result"] = 1 };
        if (actualIndices is not null) actual["indices"] = actualIndices;
        return ExactFields.Check(MaxPool, new Verdict(VerdictKind.Pass, "equal", expected, actual));
    }

    [Fact]
    public void Equal_indices_keep_the_pass()
    {
        Assert.Equal(VerdictKind.Pass, Passed(Int64(0, 1)).Kind);
    }

    [Fact]
    public void Missing_indices_fail_saying_so()
    {
        Assert.Equal("the response has no 'indices'; the spec answers it", Passed(null).Detail);
    }

    [Fact]
    public void Indices_of_another_shape_fail_naming_both_shapes()
    {
        var v = Passed(Int64(0, 1, 2));
        Assert.Equal(VerdictKind.ValueMismatch, v.Kind);
        Assert.Equal("'indices' differs from the spec's (compared exactly): shape 3, spec says 2", v.Detail);
    }

    [Fact]
    public void A_differing_index_is_named_with_both_values()
    {
        Assert.Equal("'indices' differs from the spec's (compared exactly): element [1] is 5, spec says 1", Passed(Int64(0, 5)).Detail);
    }

    [Fact]
    public void Equal_values_in_another_dtype_differ_without_a_first_element()
    {
        var v = Passed(WireTensor.ToNode(TensorValue.Real(DType.Float64, [2], [0, 1])));
        Assert.Equal(VerdictKind.ValueMismatch, v.Kind);
        Assert.Equal("'indices' differs from the spec's (compared exactly)", v.Detail);
    }

    [Fact]
    public void Malformed_or_non_tensor_indices_fail_as_such()
    {
        var malformed = new JsonObject { ["dtype"] = "int64", ["shape"] = new JsonArray(3), ["data"] = new JsonArray(1) };
        Assert.Equal("'indices' differs from the spec's (compared exactly): not a tensor", Passed(malformed).Detail);
        Assert.Equal("'indices' differs from the spec's (compared exactly)", Passed(JsonValue.Create(7)).Detail);
    }
}
