using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Npy;
using ConvSpec.Protocol;

namespace ConvSpec.Vectors;

/// <summary>
/// The golden-vector corpus: for every operation in <see cref="EvalOperations.All"/>, requests from its
/// <see cref="IVectorCaseSource"/> (or <see cref="GenericCaseSource"/>) answered by the spec. Written as
/// <c>VERSION</c>, <c>README.md</c>, <c>vectors.jsonl</c> (one {"id", "op", "args", "expected", "kind", "note",
/// "npy"} a line, ops in ordinal order) and <c>npy/&lt;op&gt;/&lt;kind&gt;-&lt;n&gt;/&lt;name&gt;.npy</c> for every
/// tensor argument and every tensor of the response. The same <see cref="CorpusVersion"/>, seed and count give
/// identical bytes.
/// </summary>
public static class GoldenVectors
{
    /// <summary>The corpus format and case-set version; bumped when a source's cases change.</summary>
    public const int CorpusVersion = 1;

    /// <summary>The default seed.</summary>
    public const ulong DefaultSeed = 20260101;

    /// <summary>Every operation's case source, by operation name.</summary>
    // Stryker disable once Linq : no operation is named by two sources (GoldenVectorSourceExamples), so each group holds one source: the order of the types and First or FirstOrDefault pick the same one
    public static IReadOnlyDictionary<string, IVectorCaseSource> Sources { get; } = typeof(GoldenVectors).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IVectorCaseSource).IsAssignableFrom(t)
                    && t.GetConstructor(Type.EmptyTypes) is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (IVectorCaseSource)Activator.CreateInstance(t)!)
        .SelectMany(s => s.Ops.Select(op => (op, s)))
        .GroupBy(p => p.op, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().s, StringComparer.Ordinal);

    /// <summary>The cases of every registered operation, with ids "op/kind-nnn", ops in ordinal order.</summary>
    public static IEnumerable<(string Id, string Op, VectorCase Case)> Cases(ulong seed, int count)
    {
        foreach (var op in EvalOperations.All.Keys.Order(StringComparer.Ordinal))
        {
            var source = Sources.TryGetValue(op, out var s) ? s : new GenericCaseSource();
            var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var c in source.Cases(op, VectorRandom.For(seed, op), count))
            {
                var n = numbers[c.Kind] = numbers.GetValueOrDefault(c.Kind) + 1;
                yield return ($"{op}/{c.Kind}-{n:D3}", op, c);
            }
        }
    }

    /// <summary>Writes the corpus into <paramref name="dir"/> (created if absent); returns the number of vectors.</summary>
    public static int Write(string dir, ulong seed = DefaultSeed, int count = 40)
    {
        Preconditions(count);
        // Stryker disable once Statement : every operation's first case has a well-formed tensor argument, so writing the first line's .npy creates npy/<id>/ under dir, and with it dir, before any file of Write is written
        Directory.CreateDirectory(dir);
        var lines = new StringBuilder();
        var total = 0;
        foreach (var (id, op, c) in Cases(seed, count))
        {
            lines.Append(Line(dir, id, op, c).ToJsonString()).Append('\n');
            total++;
        }
        File.WriteAllText(Path.Combine(dir, "vectors.jsonl"), lines.ToString(), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(dir, "VERSION"),
            $"convspec-golden-vectors {CorpusVersion}\nseed {seed}\ncount {count}\nvectors {total}\n", new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(dir, "README.md"), VectorReadme.Text(seed, count, total), new UTF8Encoding(false));
        return total;
    }

    internal static void Preconditions(int count) =>
        Validation.Preconditions.Require(count is >= 0 and <= 10_000, nameof(count), $"must be 0..10000 (got {count})");

    /// <summary>One vectors.jsonl line: the request answered by the spec, its tensors also written as .npy.</summary>
    private static JsonObject Line(string dir, string id, string op, VectorCase c)
    {
        var response = CaseJudge.Evaluate(op, c.Args);
        var files = new JsonObject();
        foreach (var (name, value) in c.Args) SaveIfTensor(dir, id, name, value, files);
        foreach (var (name, value) in response) SaveIfTensor(dir, id, name, value, files);
        return new JsonObject
        {
            ["id"] = id, ["op"] = op, ["args"] = c.Args.DeepClone(), ["expected"] = response.DeepClone(),
            ["kind"] = c.Kind, ["note"] = c.Note, ["npy"] = files,
        };
    }

    /// <summary>Writes <paramref name="value"/> as npy/ID/NAME.npy and lists it in <paramref name="files"/> when it is a well-formed tensor.</summary>
    internal static void SaveIfTensor(string dir, string id, string name, JsonNode? value, JsonObject files)
    {
        if (!Conformance.WireTensor.IsTensor(value)) return;
        TensorValue tensor;
        try
        {
            using var document = JsonDocument.Parse(value!.ToJsonString());
            tensor = TensorJson.Read(document.RootElement, name);
        }
        catch (ArgumentException)
        {
            return; // a deliberately malformed tensor of an error case has no .npy form
        }
        var relative = $"npy/{id}/{name}.npy";
        var path = Path.Combine(dir, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        NpyFile.WriteFile(path, tensor);
        files[name] = relative;
    }
}
