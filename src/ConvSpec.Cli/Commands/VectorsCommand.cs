using System.CommandLine;
using ConvSpec.Vectors;

namespace ConvSpec.Cli.Commands;

/// <summary><c>convspec vectors --out DIR</c>: writes the golden-vector corpus (<see cref="GoldenVectors"/>).</summary>
public sealed class VectorsCommand : ICliCommand
{
    private readonly Func<string, ulong, int, int> writeCorpus;

    /// <summary>The command as <c>convspec</c> runs it, writing with <see cref="GoldenVectors.Write"/>.</summary>
    public VectorsCommand() : this(GoldenVectors.Write) { }

    /// <summary>A command that writes the corpus with <paramref name="writeCorpus"/>(dir, seed, count) → vectors written (tests).</summary>
    internal VectorsCommand(Func<string, ulong, int, int> writeCorpus) => this.writeCorpus = writeCorpus;

    public Command Build()
    {
        var output = new Option<string>("--out") { Description = "Directory to write the corpus into", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the random cases", DefaultValueFactory = _ => GoldenVectors.DefaultSeed };
        var count = new Option<int>("--count") { Description = "Random cases per operation", DefaultValueFactory = _ => 40 };
        var command = new Command("vectors", "Write the golden-vector corpus (vectors.jsonl, .npy files, README with the tolerance policy)")
        {
            output, seed, count,
        };
        command.SetAction(parse =>
        {
            try
            {
                var (dir, s) = (parse.GetValue(output)!, parse.GetValue(seed));
                var total = writeCorpus(dir, s, parse.GetValue(count));
                parse.InvocationConfiguration.Output.WriteLine($"wrote {total} vectors to {dir} (corpus version {GoldenVectors.CorpusVersion}, seed {s})");
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
            {
                parse.InvocationConfiguration.Error.WriteLine($"convspec vectors: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
