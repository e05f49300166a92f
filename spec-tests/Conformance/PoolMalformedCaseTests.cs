using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;
using static ConvSpec.SpecTests.Conformance.LayerCaseSamples;
using static ConvSpec.SpecTests.Conformance.PoolCaseSamples;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The requests the pooling generators make for the spec to reject: pads ≥ kernel under the ONNX limit, a
/// kernel_shape of the wrong length, a zero stride, complex X. Each appears, is rejected for its rule (the message
/// names the argument and the rule), and breaks that rule alone: repaired, the spec answers it.
/// </summary>
public class PoolMalformedCaseTests
{
    /// <summary>Each rule: the start of the spec's message and the repair that makes the request obey it.</summary>
    private static readonly (string Message, Action<JsonObject> Repair)[] Rules =
    [
        ("pads: must be smaller than the kernel", a => a.Remove("pads")),
        ("kernel_shape: must have", a => a["kernel_shape"] = new JsonArray(Ints(a, "kernel_shape")!
            .Take(WireTensor.Argument(a, "X").Shape.Length - 2).Select(k => (JsonNode)k).ToArray())),
        ("strides: entries must be at least 1", a => a["strides"] = new JsonArray(Ints(a, "strides")!.Select(_ => (JsonNode)1).ToArray())),
        ("X: pooling needs real elements", a => a["X"] = WireTensor.ToNode(RealPart(WireTensor.Argument(a, "X")))),
    ];

    private static TensorValue RealPart(TensorValue x) =>
        TensorValue.Real(DType.Float64, x.Shape, ((System.Numerics.Complex[])x.Data).Select(z => z.Real).ToArray());

    [Theory]
    [MemberData(nameof(WindowOps), MemberType = typeof(PoolCaseSamples))]
    public void Malformed_pool_cases_break_one_rule_each_and_repaired_are_answered(string op)
    {
        var rejected = Judged(op, 300).Where(c => Error(c.Response) is not null).ToList();
        foreach (var (message, repair) in Rules)
        {
            var broken = rejected.Where(c => Error(c.Response)!.StartsWith(message, StringComparison.Ordinal)).ToList();
            Assert.True(broken.Count > 0, $"no case of {op} is rejected with '{message}'");
            foreach (var (args, _) in broken)
            {
                var repaired = (JsonObject)args.DeepClone();
                repair(repaired);
                var response = CaseJudge.Reference(op, repaired);
                Assert.True(response["result"] is not null, $"{repaired.ToJsonString()} → {response.ToJsonString()}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllOps), MemberType = typeof(PoolCaseSamples))]
    public void Without_non_finite_values_no_pool_case_holds_nan_or_infinity(string op)
    {
        Assert.DoesNotContain(Drawn(op, false, 6000), ElementBounds.HasNonFiniteInputs);
        Assert.Contains(Drawn(op, true, 4000), ElementBounds.HasNonFiniteInputs);
    }
}
