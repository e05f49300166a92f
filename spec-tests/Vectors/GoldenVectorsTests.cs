using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConvSpec.Npy;
using ConvSpec.Protocol;
using ConvSpec.Vectors;

namespace ConvSpec.SpecTests.Vectors;

/// <summary>
/// One corpus (seed 7, 3 random cases per operation) shared by the tests that only read it. It is written once, by
/// the first test that reads <see cref="Dir"/>: inside a test, not in the fixture's constructor, because Stryker
/// runs a mutant executed outside every test against every test.
/// </summary>
public sealed class SharedCorpus : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("convspec-vectors-").FullName;
    private readonly Lazy<string> written;

    public SharedCorpus() => written = new Lazy<string>(() =>
    {
        GoldenVectors.Write(dir, 7, 3);
        return dir;
    });

    public string Dir => written.Value;

    public void Dispose() => Directory.Delete(dir, recursive: true);
}

/// <summary>The golden-vector corpus: deterministic, complete over the op registry, and self-consistent.</summary>
[Trait("Reach", "library")]
public sealed class GoldenVectorsTests(SharedCorpus corpus) : IDisposable, IClassFixture<SharedCorpus>
{
    private readonly string root = Directory.CreateTempSubdirectory("convspec-vectors-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Write(string name, ulong seed, int count = 3)
    {
        var dir = Path.Combine(root, name);
        GoldenVectors.Write(dir, seed, count);
        return dir;
    }

    private static Dictionary<string, string> Digests(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private static List<JsonObject> Lines(string dir) =>
        File.ReadLines(Path.Combine(dir, "vectors.jsonl")).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();

    [Fact]
    public void The_same_seed_writes_identical_bytes() =>
        Assert.Equal(Digests(corpus.Dir), Digests(Write("b", 7)));

    [Fact]
    public void Another_seed_changes_the_random_cases_and_keeps_the_fixed_ones()
    {
        var (a, b) = (Lines(corpus.Dir), Lines(Write("b", 8)));
        bool Random(JsonObject v) => (string)v["kind"]! == "random";
        Assert.Equal(a.Where(v => !Random(v)).Select(v => v.ToJsonString()), b.Where(v => !Random(v)).Select(v => v.ToJsonString()));
        Assert.NotEqual(a.Where(Random).Select(v => v.ToJsonString()), b.Where(Random).Select(v => v.ToJsonString()));
    }

    [Fact]
    public void Every_registered_operation_has_answered_cases()
    {
        var lines = Lines(corpus.Dir);
        foreach (var op in EvalOperations.All.Keys)
            Assert.Contains(lines, v => (string)v["op"]! == op && v["expected"]!["result"] is not null);
    }

    [Fact]
    public void Every_vector_replays_to_its_expected_response()
    {
        foreach (var v in Lines(corpus.Dir))
        {
            var request = new JsonObject { ["id"] = v["id"]!.DeepClone(), ["op"] = v["op"]!.DeepClone(), ["args"] = v["args"]!.DeepClone() };
            var response = JsonNode.Parse(EvalServer.Respond(request.ToJsonString()))!.AsObject();
            response.Remove("id");
            Assert.True(JsonNode.DeepEquals(v["expected"], response), $"{v["id"]}: {response.ToJsonString()}");
        }
    }

    [Fact]
    public void Random_and_example_cases_succeed_and_error_cases_fail()
    {
        foreach (var v in Lines(corpus.Dir))
        {
            var kind = (string)v["kind"]!;
            var failed = v["expected"]!["error"] is not null;
            if (kind is "random" or "example") Assert.False(failed, $"{v["id"]}: {v["expected"]!.ToJsonString()}");
            if (kind == "error") Assert.True(failed, (string)v["id"]!);
        }
    }

    [Fact]
    public void Each_npy_file_holds_the_tensor_of_its_line()
    {
        var dir = corpus.Dir;
        foreach (var v in Lines(dir))
        foreach (var (name, path) in v["npy"]!.AsObject())
        {
            var json = v["args"]![name] ?? v["expected"]![name];
            using var document = JsonDocument.Parse(json!.ToJsonString());
            var expected = TensorJson.Read(document.RootElement, name);
            var actual = NpyFile.ReadFile(Path.Combine(dir, (string)path!));
            Assert.True(Npy.NpyGen.SameBits(expected, actual), $"{v["id"]} {name}");
        }
    }

    /// <summary>
    /// What corpus version 1 holds besides the answers, for seed 7 and 3 random cases: VERSION, README.md and every
    /// line's id, op, args, kind, note and npy paths, digested (SHA-256 of the texts and the lines without
    /// "expected", one a line). A change to any case, note or text changes the digest and comes with a new
    /// <see cref="GoldenVectors.CorpusVersion"/> and a new digest here. The answers are the library's results,
    /// checked by <see cref="Every_vector_replays_to_its_expected_response"/> and by the laws of each operation.
    /// </summary>
    [Fact]
    public void Version_1_holds_the_published_cases_notes_and_texts()
    {
        Assert.Equal(1, GoldenVectors.CorpusVersion);
        var text = new StringBuilder()
            .Append(File.ReadAllText(Path.Combine(corpus.Dir, "VERSION"))).Append('\n')
            .Append(File.ReadAllText(Path.Combine(corpus.Dir, "README.md"))).Append('\n');
        foreach (var v in Lines(corpus.Dir))
        {
            v.Remove("expected");
            text.Append(v.ToJsonString()).Append('\n');
        }
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        Assert.True(digest == PublishedDigest, $"corpus version 1 digests to {digest}");
    }

    private const string PublishedDigest = "EBA584C2CA808B67A4FF642441C0FE4AF0F9BF8DCCE4145CE7B647AFC0556D9A";

    /// <summary>SplitMix64 reference outputs for seed 0 (Vigna's splitmix64.c): 0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4.</summary>
    [Fact]
    public void The_random_stream_is_SplitMix64()
    {
        var random = new VectorRandom(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, random.NextBits());
        Assert.Equal(0x6E789E6AA1B965F4UL, random.NextBits());
    }

    /// <summary>The fallback finds the argument patterns an operation accepts: convolve takes in1/in2.</summary>
    [Fact]
    public void The_generic_source_keeps_the_patterns_an_operation_accepts()
    {
        var cases = new GenericCaseSource().Cases("convolve", new VectorRandom(1), 4).ToList();
        Assert.Contains(cases, c => c.Kind == "probe" && c.Args.ContainsKey("in1"));
        Assert.Contains(cases, c => c.Kind == "error" && c.Args.ContainsKey("X"));
        var random = cases.Where(c => c.Kind == "random").ToList();
        Assert.Equal(4, random.Count);
        Assert.All(random, c => Assert.True(c.Args.ContainsKey("in1")));
    }
}
