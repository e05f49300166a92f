using System.Text.Json.Nodes;
using ConvSpec.SpecTests.Cli;
using ConvSpec.Vectors;

namespace ConvSpec.SpecTests.Vectors;

/// <summary>What <see cref="GoldenVectors.Write"/> accepts and the form of the files it writes.</summary>
public sealed class GoldenVectorWriteExamples : IDisposable
{
    private readonly ScratchDirectory root = new("convspec-vectors-");

    public void Dispose() => root.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(10_000)]
    public void A_corpus_count_of_0_or_10000_is_accepted(int count) => GoldenVectors.Preconditions(count);

    [Fact]
    public void A_corpus_of_0_random_cases_is_written_into_a_directory_that_did_not_exist()
    {
        var dir = Path.Combine(root.Path, "new", "corpus");
        var total = GoldenVectors.Write(dir, 7, 0);
        Assert.True(total > 0, "the fixed cases are written");
        Assert.Equal(total, File.ReadLines(Path.Combine(dir, "vectors.jsonl")).Count());
        Assert.DoesNotContain(File.ReadLines(Path.Combine(dir, "vectors.jsonl")), l => l.Contains("\"kind\":\"random\""));
        Assert.True(File.Exists(Path.Combine(dir, "VERSION")));
        Assert.True(File.Exists(Path.Combine(dir, "README.md")));
    }

    /// <summary>Each test writes its own corpus: Stryker runs a mutant only against the tests that executed it.</summary>
    private string WriteFixedCases()
    {
        var dir = root["corpus"];
        GoldenVectors.Write(dir, 7, 0);
        return dir;
    }

    [Fact]
    public void The_text_files_are_UTF8_without_a_byte_order_mark()
    {
        var dir = WriteFixedCases();
        Assert.Equal((byte)'{', File.ReadAllBytes(Path.Combine(dir, "vectors.jsonl"))[0]);
        Assert.Equal((byte)'c', File.ReadAllBytes(Path.Combine(dir, "VERSION"))[0]);
        Assert.Equal((byte)'#', File.ReadAllBytes(Path.Combine(dir, "README.md"))[0]);
    }

    [Fact]
    public void A_lines_expected_response_has_no_id()
    {
        foreach (var line in File.ReadLines(Path.Combine(WriteFixedCases(), "vectors.jsonl")))
        {
            var v = JsonNode.Parse(line)!.AsObject();
            Assert.False(v["expected"]!.AsObject().ContainsKey("id"), (string)v["id"]!);
            Assert.False(v["expected"]!.AsObject().ContainsKey(""), (string)v["id"]!);
        }
    }
}
