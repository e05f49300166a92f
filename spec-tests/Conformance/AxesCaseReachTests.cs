using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using static ConvSpec.SpecTests.Conformance.LayerCaseSamples;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// fftconvolve and oaconvolve cases name axes as an int (also counted from the end), a one-element list or a
/// non-empty list of several; each such case is answered, except in valid mode with neither input the larger on the
/// named axes (rejected for that); the named axes keep independent extents and every other axis broadcasts (equal
/// extents, or extent 1 in in1 or in in2).
/// </summary>
public class AxesCaseReachTests
{
    /// <summary>The cases that name axes, float64 so that no int64 overflow stands in for an answer.</summary>
    private static List<JsonObject> WithAxes(string op) =>
        Cases(op, new CheckOptions { Count = 240, Seed = 5, MaxSize = 6, DTypes = [ConvSpec.Protocol.DType.Float64] })
            .Where(a => a.ContainsKey("axes")).ToList();

    /// <summary>The named axes, each counted from the front.</summary>
    private static int[] Named(JsonObject a)
    {
        var rank = Shape(a, "in1").Length;
        return (Ints(a, "axes") ?? [Int(a, "axes")!.Value]).Select(x => x < 0 ? x + rank : x).ToArray();
    }

    /// <summary>Valid mode with neither input at least as large on every named axis where both extents exceed 1.</summary>
    private static bool ValidModeUnordered(JsonObject a)
    {
        var (s1, s2) = (Shape(a, "in1"), Shape(a, "in2"));
        var summed = Named(a).Where(d => s1[d] > 1 && s2[d] > 1).ToList();
        return Text(a, "mode") == "valid" && !summed.All(d => s1[d] >= s2[d]) && !summed.All(d => s2[d] >= s1[d]);
    }

    [Theory]
    [InlineData("fftconvolve")]
    [InlineData("oaconvolve")]
    public void Every_case_that_names_axes_is_answered_unless_valid_mode_finds_neither_input_larger(string op) =>
        Assert.All(WithAxes(op), a =>
        {
            var reason = RejectionOf(op, a);
            if (ValidModeUnordered(a)) Assert.StartsWith("in2: valid mode needs one input at least as large as the other in every axis", reason);
            else Assert.Null(reason);
        });

    [Theory]
    [InlineData("fftconvolve")]
    [InlineData("oaconvolve")]
    public void Axes_reach_ints_of_both_signs_one_element_lists_and_every_rank_3_list_that_ends_at_the_last_axis(string op)
    {
        var cases = WithAxes(op);
        Assert.Contains(cases, a => Int(a, "axes") < 0);
        Assert.Contains(cases, a => Int(a, "axes") >= 0);
        Assert.Contains(cases, a => Ints(a, "axes") is [_]);
        Assert.All(cases, a => Assert.NotEmpty(Ints(a, "axes") ?? [0]));
        var rank3 = cases.Where(a => Shape(a, "in1").Length == 3).Select(a => Ints(a, "axes")).OfType<int[]>().ToList();
        foreach (var list in new int[][] { [2], [0, 2], [1, 2], [0, 1, 2] })
            Assert.Contains(rank3, l => l.SequenceEqual(list));
    }

    [Theory]
    [InlineData("fftconvolve")]
    [InlineData("oaconvolve")]
    public void A_negative_axis_keeps_independent_extents_along_the_axis_it_names(string op)
    {
        var negative = WithAxes(op).Where(a => (Ints(a, "axes") ?? [Int(a, "axes")!.Value]).Any(x => x < 0));
        Assert.Contains(negative, a => Named(a).Any(d => Shape(a, "in1")[d] is var n1 && Shape(a, "in2")[d] is var n2 && n1 != n2 && n1 > 1 && n2 > 1));
    }

    [Theory]
    [InlineData("fftconvolve")]
    [InlineData("oaconvolve")]
    public void Axes_not_named_broadcast_by_equal_extents_or_extent_1_in_either_input(string op)
    {
        var others = WithAxes(op).SelectMany(a => Enumerable.Range(0, Shape(a, "in1").Length).Except(Named(a))
            .Select(d => (N1: Shape(a, "in1")[d], N2: Shape(a, "in2")[d]))).ToList();
        Assert.All(others, p => Assert.True(p.N1 == p.N2 || p.N1 == 1 || p.N2 == 1, $"{p}"));
        Assert.Contains(others, p => p.N1 == p.N2 && p.N1 > 1);
        Assert.Contains(others, p => p.N1 == 1 && p.N2 > 1);
        Assert.Contains(others, p => p.N2 == 1 && p.N1 > 1);
    }
}
