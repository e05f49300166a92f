using System.Text.Json.Nodes;
using static ConvSpec.SpecTests.Conformance.LayerCaseSamples;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The answered toeplitz and doubly_block_toeplitz cases reach every optional argument's values and its absence:
/// toeplitz's kernel form every mode and kind, its column form c alone and c with r; doubly_block_toeplitz every mode.
/// </summary>
public class MatrixCaseReachTests
{
    private static readonly string[] Modes = ["full", "same", "valid"];

    private static bool HasExactly(JsonObject a, params string[] names) =>
        a.Select(p => p.Key).Order(StringComparer.Ordinal).SequenceEqual(names.Order(StringComparer.Ordinal));

    /// <summary>Asserts that some case gives <paramref name="name"/> each of <paramref name="values"/> and some case leaves it out.</summary>
    private static void ReachesEachValueAndAbsence(List<JsonObject> cases, string name, string[] values)
    {
        foreach (var value in values) Assert.Contains(cases, a => Text(a, name) == value);
        Assert.Contains(cases, a => !a.ContainsKey(name));
    }

    [Fact]
    public void Toeplitz_kernel_cases_reach_every_mode_and_kind_and_their_absence()
    {
        var kernelForm = Answered("toeplitz", 300).Where(a => a.ContainsKey("kernel") && a.ContainsKey("n")).ToList();
        ReachesEachValueAndAbsence(kernelForm, "mode", Modes);
        ReachesEachValueAndAbsence(kernelForm, "kind", ["convolution", "correlation"]);
    }

    [Fact]
    public void Toeplitz_column_cases_reach_c_alone_and_c_with_r()
    {
        var answered = Answered("toeplitz", 300);
        Assert.Contains(answered, a => HasExactly(a, "c"));
        Assert.Contains(answered, a => HasExactly(a, "c", "r"));
    }

    [Fact]
    public void Doubly_block_toeplitz_cases_reach_every_mode_and_its_absence() =>
        ReachesEachValueAndAbsence(Answered("doubly_block_toeplitz", 200), "mode", Modes);
}
