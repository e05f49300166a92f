using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Conformance.Layers;
using ConvSpec.Protocol;
using static ConvSpec.SpecTests.Conformance.LayerCaseSamples;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The well-formed Conv cases reach each optional argument given and left out, pads at the padding modes' limits
/// and the window's own pads, int64 data whose sums are exact, and honour the case space's non-finite switch.
/// </summary>
public class ConvCaseReachTests
{
    /// <summary>
    /// The cases, drawn per test (xUnit makes an instance per test): a static cache would keep, for the life of the
    /// test host, the cases of whatever generator code ran first, and a mutant of the generator would go unseen.
    /// </summary>
    private readonly List<JsonObject> Conv = Cases("Conv", new CheckOptions { Count = 400, Seed = 7 });

    /// <summary>The cases the spec answers: the malformed ones (<see cref="ConvMalformedCaseTests"/>) left out.</summary>
    private List<JsonObject> Answered => Conv.Where(a => RejectionOf("Conv", a) is null).ToList();

    private static int Rank(JsonObject a) => Shape(a, "X").Length - 2;

    /// <summary>Pad i of [begin.., end..] is at least the kernel of its axis.</summary>
    private static bool PadsBeyondTheKernel(JsonObject a) =>
        Ints(a, "pads") is { } p && p.Select((pad, i) => pad >= Shape(a, "W")[2 + i % Rank(a)]).Any(b => b);

    [Fact]
    public void Conv_cases_reach_bias_and_kernel_shape_both_given_and_left_out()
    {
        Assert.Contains(Answered, a => a.ContainsKey("B"));
        Assert.Contains(Answered, a => !a.ContainsKey("B"));
        Assert.Contains(Answered, a => a.ContainsKey("kernel_shape"));
        Assert.Contains(Answered, a => !a.ContainsKey("kernel_shape"));
    }

    [Fact]
    public void Conv_cases_never_carry_the_pooling_attribute_ceil_mode()
    {
        Assert.DoesNotContain(Conv, a => a.ContainsKey("ceil_mode"));
    }

    [Fact]
    public void Conv_cases_give_explicit_zeros_padding_and_the_spec_answers_them()
    {
        var zeros = Conv.Where(a => Text(a, "padding_mode") == "zeros").ToList();
        Assert.NotEmpty(zeros);
        Assert.Contains(zeros, a => RejectionOf("Conv", a) is null);
    }

    [Fact]
    public void Conv_pads_have_two_entries_per_spatial_axis_and_never_come_with_an_auto_pad_other_than_NOTSET()
    {
        var padded = Conv.Where(a => a.ContainsKey("pads")).ToList();
        Assert.NotEmpty(padded);
        Assert.All(padded, a => Assert.Equal(2 * Rank(a), Ints(a, "pads")!.Length));
        Assert.All(padded, a => Assert.True(Text(a, "auto_pad") is null or "NOTSET", $"pads with auto_pad {Text(a, "auto_pad")}"));
    }

    [Fact]
    public void Conv_cases_reach_pads_at_the_input_extent_with_and_without_a_padding_mode_and_the_window_pads_alone()
    {
        // Without auto_pad the pads are the window's own (at most K − 1, WindowAxisLaws) or those at the input's
        // extent, always written (zeros included): a pad of K or more comes from the extent, no pads from the window.
        var explicitPads = Answered.Where(a => !a.ContainsKey("auto_pad")).ToList();
        Assert.Contains(explicitPads, a => a["padding_mode"] is null && PadsBeyondTheKernel(a));
        Assert.Contains(explicitPads, a => a["padding_mode"] is not null && PadsBeyondTheKernel(a));
        Assert.Contains(explicitPads, a => a["padding_mode"] is null && !a.ContainsKey("pads"));
        Assert.Contains(explicitPads, a => a["padding_mode"] is not null && !a.ContainsKey("pads"));
    }

    [Fact]
    public void Padding_modes_sit_at_their_limits_two_times_in_three_and_zero_padding_one_time_in_three()
    {
        var draws = Sample(ConvCases.Padding, 3000);
        Assert.Equal(new string?[] { null, "circular", "reflect", "replicate", "zeros" }, draws.Select(d => d.Mode).Distinct().Order());
        double WideFraction(bool mode) => draws.Where(d => d.Mode is not null == mode).Average(d => d.Wide ? 1.0 : 0.0);
        Assert.InRange(WideFraction(mode: true), 0.6, 0.73);
        Assert.InRange(WideFraction(mode: false), 0.27, 0.4);
    }

    [Fact]
    public void Int64_conv_cases_reach_small_integer_data_whose_sums_are_exact()
    {
        static bool Small(JsonObject a, string name) =>
            WireTensor.FromNode(a[name], name) is { DType: DType.Int64 } t && t.AsDouble().Data is { Length: >= 4 } d && d.All(v => Math.Abs(v) <= 2);
        Assert.Contains(Conv, a => Small(a, "X") && Small(a, "W"));
    }

    [Fact]
    public void A_case_space_without_non_finite_values_gets_none_in_any_conv_tensor()
    {
        var finite = Cases("Conv", new CheckOptions { Count = 3000, Seed = 7, NonFinite = false });
        Assert.Contains(finite, a => a.ContainsKey("B"));
        Assert.DoesNotContain(finite, ElementBounds.HasNonFiniteInputs);
    }
}
