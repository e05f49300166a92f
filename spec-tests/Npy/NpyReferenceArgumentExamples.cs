using System.Text.Json;
using ConvSpec.Npy;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Npy;

/// <summary>
/// A {"npy": path} tensor is refused, naming the argument, before any file is opened when it has another field
/// or its path is not a non-empty string.
/// </summary>
public class NpyReferenceArgumentExamples
{
    private static Func<object?> Read(string json) => () => NpyReference.Read(JsonDocument.Parse(json).RootElement, "in1");

    [Fact]
    public void A_reference_with_a_second_field_is_refused_naming_it() =>
        ArgumentCase.Rule(Read("""{"npy": "a.npy", "extra": 1}"""), "in1", """a {"npy": path} tensor has no other fields (got 'extra')""").Refuses();

    [Fact]
    public void A_numeric_path_is_refused() =>
        new ArgumentCase(Read("""{"npy": 5}"""), typeof(ArgumentException), "in1", "in1.npy: must be a non-empty path string (got 5)").Refuses();

    [Fact]
    public void An_empty_path_is_refused() =>
        new ArgumentCase(Read("""{"npy": ""}"""), typeof(ArgumentException), "in1", """in1.npy: must be a non-empty path string (got "")""").Refuses();
}
