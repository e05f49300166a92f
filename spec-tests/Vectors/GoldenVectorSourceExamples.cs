using System.Text.Json.Nodes;
using ConvSpec.Protocol;
using ConvSpec.Vectors;

namespace ConvSpec.SpecTests.Vectors;

/// <summary>What the case sources generate, for more seeds and counts than the published corpus's 7 and 3.</summary>
public class GoldenVectorSourceExamples
{
    private static long[] ShapeOf(JsonObject args, string name) =>
        args[name]!["shape"]!.AsArray().Select(e => (long)e!).ToArray();

    [Fact]
    public void No_operation_is_named_by_two_case_sources()
    {
        var named = typeof(GoldenVectors).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IVectorCaseSource).IsAssignableFrom(t))
            .SelectMany(t => ((IVectorCaseSource)Activator.CreateInstance(t)!).Ops)
            .ToList();
        Assert.Equal(named.Count, named.Distinct(StringComparer.Ordinal).Count());
        Assert.All(named, op => Assert.Contains(op, GoldenVectors.Sources.Keys));
    }

    [Fact]
    public void An_operation_accepting_no_pattern_gets_only_the_rejected_probes()
    {
        var cases = new GenericCaseSource().Cases("no_such_operation", new VectorRandom(1), 3).ToList();
        Assert.Equal(10, cases.Count);
        Assert.All(cases, c => Assert.Equal("error", c.Kind));
    }

    /// <summary>A grouped Conv case has group = C (depthwise) and W of shape [M, C/group, kernel...], M a multiple of group.</summary>
    [Fact]
    public void A_random_grouped_conv_case_has_W_of_C_over_group_channels()
    {
        var grouped = new OnnxCaseSource().Cases("Conv", new VectorRandom(1), 100)
            .Where(c => c.Kind == "random" && c.Args.ContainsKey("group")).ToList();
        Assert.NotEmpty(grouped);
        foreach (var c in grouped)
        {
            var (x, w, group) = (ShapeOf(c.Args, "X"), ShapeOf(c.Args, "W"), (int)c.Args["group"]!);
            Assert.True(group > 1);
            Assert.Equal(x[1], group);
            Assert.Equal(x[1] / group, w[1]);
            Assert.Equal(0, w[0] % group);
        }
    }

    /// <summary>
    /// convolve2d's valid mode needs one input at least as large as the other on both axes: a random case whose
    /// shapes are mixed has in2 cut to the smaller extent on each axis, so in1 covers in2, or in2 strictly covers in1.
    /// </summary>
    [Fact]
    public void A_valid_random_2d_case_has_one_input_covering_the_other()
    {
        var valid = new TwoDCaseSource().Cases("convolve2d", new VectorRandom(1), 300)
            .Where(c => c.Kind == "random" && (string)c.Args["mode"]! == "valid").ToList();
        Assert.True(valid.Count > 50, $"{valid.Count} valid cases");
        foreach (var c in valid)
        {
            var (s1, s2) = (ShapeOf(c.Args, "in1"), ShapeOf(c.Args, "in2"));
            Assert.True((s1[0] >= s2[0] && s1[1] >= s2[1]) || (s1[0] < s2[0] && s1[1] < s2[1]), $"{c.Note}: [{string.Join(",", s1)}] and [{string.Join(",", s2)}]");
        }
    }

    [Fact]
    public void Random_2d_fill_values_are_integers_minus_3_to_3_with_boundary_fill()
    {
        var fills = new TwoDCaseSource().Cases("convolve2d", new VectorRandom(1), 300)
            .Where(c => c.Kind == "random" && c.Args.ContainsKey("fillvalue")).ToList();
        Assert.All(fills, c => Assert.Equal("fill", (string)c.Args["boundary"]!));
        Assert.Equal([-3, -2, -1, 0, 1, 2, 3], fills.Select(c => (int)c.Args["fillvalue"]!).Distinct().Order());
    }

    [Fact]
    public void A_random_FFT_case_note_lists_its_axes()
    {
        var withAxes = new ScipyCaseSource().Cases("fftconvolve", new VectorRandom(1), 100)
            .Where(c => c.Kind == "random" && c.Args.ContainsKey("axes")).ToList();
        Assert.Contains(withAxes, c => c.Args["axes"]!.AsArray().Count > 1);
        foreach (var c in withAxes)
            Assert.EndsWith($", axes [{string.Join(",", c.Args["axes"]!.AsArray().Select(a => (long)a!))}]", c.Note);
    }
}
