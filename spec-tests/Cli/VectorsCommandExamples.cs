using System.CommandLine;
using ConvSpec.Cli.Commands;

namespace ConvSpec.SpecTests.Cli;

/// <summary>
/// <c>convspec vectors --out DIR</c> run in process: the corpus writer called with the options and one summary line, or
/// exit 2 and the reason. (Writing the whole corpus takes about a second; spec-tests/Vectors checks its content.)
/// </summary>
public sealed class VectorsCommandExamples : IDisposable
{
    private readonly ScratchDirectory dir = new("convspec-vectors-");

    public void Dispose() => dir.Dispose();

    private static CliRun.Outcome Vectors(Func<string, ulong, int, int> write, params string[] args) =>
        CliRun.Invoke(new RootCommand { new VectorsCommand(write).Build() }, ["vectors", .. args]);

    [Fact]
    public void Vectors_writes_the_corpus_with_the_options_and_prints_its_size_version_and_seed()
    {
        var calls = new List<(string, ulong, int)>();
        var run = Vectors((d, s, c) => { calls.Add((d, s, c)); return 290; }, "--out", "corpus", "--count", "7", "--seed", "3");
        Assert.Equal((0, "wrote 290 vectors to corpus (corpus version 1, seed 3)\n", ""), (run.ExitCode, run.Output, run.Error));
        Assert.Equal([("corpus", 3UL, 7)], calls);
    }

    [Theory]
    [InlineData("io")]
    [InlineData("access")]
    [InlineData("argument")]
    public void A_corpus_that_cannot_be_written_is_reported_with_its_reason_and_exit_2(string failure)
    {
        var run = Vectors((_, _, _) => throw (failure switch
        {
            "io" => new IOException("disk full"),
            "access" => new UnauthorizedAccessException("disk full"),
            _ => (Exception)new ArgumentException("disk full"),
        }), "--out", "corpus");
        Assert.Equal((2, "", "convspec vectors: disk full\n"), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public void A_directory_under_a_regular_file_is_reported_with_exit_2()
    {
        var file = dir["file"];
        File.WriteAllText(file, "");
        var corpus = Path.Combine(file, "corpus");
        var run = CliRun.Invoke("vectors", "--out", corpus, "--count", "0");
        Assert.Equal((2, "", $"convspec vectors: Could not find a part of the path '{corpus}'.\n"), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public void A_count_out_of_range_is_reported_with_exit_2_before_anything_is_written()
    {
        var corpus = dir["corpus"];
        var run = CliRun.Invoke("vectors", "--out", corpus, "--count", "-1");
        Assert.Equal((2, "", "convspec vectors: count: must be 0..10000 (got -1) (Parameter 'count')\n"), (run.ExitCode, run.Output, run.Error));
        Assert.False(Directory.Exists(corpus));
    }
}
