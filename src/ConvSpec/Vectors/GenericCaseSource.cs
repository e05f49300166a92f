using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;
using static ConvSpec.Vectors.VectorTensors;

namespace ConvSpec.Vectors;

/// <summary>
/// The fallback for an operation with no case source of its own: it probes argument patterns the library's
/// operations use (SciPy's in1/in2, ONNX's X/W, single tensors x/c/kernel) with small random tensors and keeps
/// the patterns the operation accepts (the probes drawn from a fixed seed, so they are the same for every corpus seed), drawing random cases from them; an operation accepting none gets only
/// the probes that name it an error. The cases are honest but shallow: an operation deserves its own source.
/// </summary>
public sealed class GenericCaseSource : IVectorCaseSource
{
    public IReadOnlyList<string> Ops => [];

    private static readonly Func<VectorRandom, JsonObject>[] Patterns =
    [
        r => new() { ["in1"] = Random(r, DType.Float64, Shape(r, 1, 6)), ["in2"] = Random(r, DType.Float64, Shape(r, 1, 4)) },
        r => new() { ["in1"] = Random(r, DType.Int64, Shape(r, 2, 5)), ["in2"] = Random(r, DType.Int64, Shape(r, 2, 3)) },
        r => { var s = Shape(r, 2, 4); return new() { ["in1"] = Random(r, DType.Float64, s), ["in2"] = Random(r, DType.Float64, s) }; },
        r => new() { ["x"] = Random(r, DType.Float64, Shape(r, 1, 8)) },
        r => new() { ["x"] = Random(r, DType.Complex128, Shape(r, 2, 4)) },
        r => new() { ["c"] = Random(r, DType.Int64, Shape(r, 1, 5)) },
        r => new() { ["kernel"] = Random(r, DType.Int64, Shape(r, 1, 3)), ["n"] = r.Int(1, 5) },
        r => new() { ["kernel"] = Random(r, DType.Int64, Shape(r, 2, 3)), ["input_shape"] = List(r.Int(1, 4), r.Int(1, 4)) },
        r => new() { ["X"] = Random(r, DType.Float32, 1, r.Int(1, 3), r.Int(2, 6), r.Int(2, 6)), ["kernel_shape"] = List(2, 2) },
        r => new() { ["X"] = Random(r, DType.Float32, 1, 2, r.Int(3, 6), r.Int(3, 6)), ["W"] = Random(r, DType.Float32, 2, 2, 2, 2) },
    ];

    public IEnumerable<VectorCase> Cases(string op, VectorRandom random, int count)
    {
        var accepted = new List<Func<VectorRandom, JsonObject>>();
        var fixedProbes = VectorRandom.For(0, op);
        foreach (var pattern in Patterns)
        {
            var args = pattern(fixedProbes);
            var ok = Succeeds(op, args);
            if (ok) accepted.Add(pattern);
            yield return new(ok ? "probe" : "error", ok ? "generic probe accepted" : "generic probe rejected", args);
        }
        for (var i = 0; i < count && accepted.Count > 0; i++)
            yield return new("random", "generic random case", accepted[i % accepted.Count](random));
    }

    private static bool Succeeds(string op, JsonObject args) => CaseJudge.Evaluate(op, args)["result"] is not null;
}
