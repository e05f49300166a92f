using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Conformance.Layers;
using static ConvSpec.SpecTests.Conformance.LayerCaseSamples;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// output_shape cases are the layer requests with X as input_shape and Conv's W as weight_shape, no tensors left;
/// cost cases take Conv's requests in the layer form (input_shape, weight_shape, bias when B was given) or the
/// single-channel form (the spatial input_shape and kernel_shape alone), and the spec answers both forms.
/// </summary>
public class ShapeCaseTests
{
    private static readonly string[] Tensors = ["X", "W", "B"];

    [Fact]
    public void Output_shape_cases_carry_shapes_in_place_of_tensors_and_weight_shape_exactly_for_conv()
    {
        var cases = Cases("output_shape", new CheckOptions { Count = 300, Seed = 7 });
        Assert.All(cases, a =>
        {
            Assert.DoesNotContain(Tensors, a.ContainsKey);
            Assert.NotNull(Ints(a, "input_shape"));
            Assert.Equal(Text(a, "op") == "Conv", Ints(a, "weight_shape") is { } w && w.Length == Ints(a, "input_shape")!.Length);
            Assert.Equal(Text(a, "op") == "Conv", a.ContainsKey("weight_shape"));
        });
        foreach (var op in new[] { "Conv", "WeightedAveragePool", "MaxPool" })
            Assert.Contains(cases, a => Text(a, "op") == op);
    }

    [Fact]
    public void Cost_cases_reach_the_single_channel_form_and_the_layer_form_with_and_without_bias_and_the_spec_answers_each()
    {
        var cases = Cases("cost", new CheckOptions { Count = 300, Seed = 7 });
        Assert.All(cases, a => Assert.DoesNotContain(Tensors, a.ContainsKey));
        var single = cases.Where(a => a.ContainsKey("kernel_shape") && !a.ContainsKey("weight_shape")).ToList();
        var layer = cases.Where(a => a.ContainsKey("weight_shape")).ToList();
        Assert.Equal(cases.Count, single.Count + layer.Count);
        Assert.All(single, a =>
        {
            Assert.Equal(Ints(a, "input_shape")!.Length, Ints(a, "kernel_shape")!.Length);
            Assert.False(a.ContainsKey("group") || a.ContainsKey("bias"), "a channel argument in the single-channel form");
        });
        foreach (var rank in new[] { 1, 2, 3 })
            Assert.Contains(single, a => Ints(a, "input_shape")!.Length == rank && RejectionOf("cost", a) is null);
        Assert.All(layer, a => Assert.Equal(Ints(a, "input_shape")!.Length, Ints(a, "weight_shape")!.Length));
        Assert.All(layer, a => Assert.True(a["bias"] is null || a["bias"]!.GetValue<bool>(), "bias given as false"));
        Assert.Contains(layer, a => a["bias"] is not null && RejectionOf("cost", a) is null);
        Assert.Contains(layer, a => a["bias"] is null && RejectionOf("cost", a) is null);
    }

    [Fact]
    public void The_layer_form_keeps_the_shapes_of_x_and_w_and_counts_a_bias_when_b_is_given()
    {
        JsonObject Request(bool bias)
        {
            var a = new JsonObject { ["X"] = Ones(2, 4, 5, 6), ["W"] = Ones(6, 2, 3, 3), ["group"] = 2, ["strides"] = new JsonArray(2, 1) };
            if (bias) a["B"] = Ones(6);
            return a;
        }
        var withBias = CostCases.Layer(Request(bias: true));
        Assert.Equal(new[] { "bias", "group", "input_shape", "strides", "weight_shape" }, withBias.Select(p => p.Key).Order());
        Assert.Equal(new[] { 2, 4, 5, 6 }, Ints(withBias, "input_shape"));
        Assert.Equal(new[] { 6, 2, 3, 3 }, Ints(withBias, "weight_shape"));
        Assert.True(withBias["bias"]!.GetValue<bool>());
        var without = CostCases.Layer(Request(bias: false));
        Assert.Equal(new[] { "group", "input_shape", "strides", "weight_shape" }, without.Select(p => p.Key).Order());
    }

    [Fact]
    public void The_single_channel_form_keeps_the_spatial_axes_of_x_and_w_and_the_window_attributes_alone()
    {
        var a = new JsonObject
        {
            ["X"] = Ones(2, 4, 5, 6), ["W"] = Ones(6, 2, 3, 2), ["B"] = Ones(6), ["group"] = 2,
            ["kernel_shape"] = new JsonArray(3, 2), ["strides"] = new JsonArray(2, 1),
        };
        var single = CostCases.SingleChannel(a);
        Assert.Equal(new[] { "input_shape", "kernel_shape", "strides" }, single.Select(p => p.Key).Order());
        Assert.Equal(new[] { 5, 6 }, Ints(single, "input_shape"));
        Assert.Equal(new[] { 3, 2 }, Ints(single, "kernel_shape"));
    }
}
