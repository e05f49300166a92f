using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

using static ConvSpec.SpecTests.Conformance.LayerCaseSamples;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The Conv and pooling case generators reach the edges of issues 4 and 6, the spec answers every case they make,
/// and <c>convspec check</c> passes the library's Fast twins (<c>method</c> fast) on them.
/// </summary>
public class LayerCaseTests
{
    private const int Count = 120;

    private static readonly string[] LayerOps =
        ["Conv", "MaxPool", "AveragePool", "LpPool", "WeightedAveragePool", "GlobalMaxPool", "GlobalAveragePool", "GlobalLpPool", "output_shape", "cost"];

    [Theory]
    [InlineData("Conv")]
    [InlineData("MaxPool")]
    [InlineData("AveragePool")]
    [InlineData("LpPool")]
    [InlineData("WeightedAveragePool")]
    [InlineData("GlobalMaxPool")]
    [InlineData("GlobalAveragePool")]
    [InlineData("GlobalLpPool")]
    [InlineData("output_shape")]
    [InlineData("cost")]
    public void Generated_cases_are_mostly_answered_some_rejected_and_never_internal(string op)
    {
        var cases = Judged(op, Count);
        Assert.DoesNotContain(cases, c => ErrorType(c.Response) == "internal");
        Assert.True(cases.Count(c => c.Response["result"] is not null) >= cases.Count / 2, "fewer than half the cases are answered");
        Assert.Contains(cases, c => ErrorType(c.Response) == "invalid_argument");
    }

    [Fact]
    public void Conv_cases_reach_groups_depthwise_dilation_pads_strides_and_every_padding_mode()
    {
        var answered = Answered("Conv", Count);
        Assert.Contains(answered, a => Int(a, "group") > 1 && Shape(a, "W")[1] > 1);
        Assert.Contains(answered, a => Int(a, "group") > 1 && Shape(a, "W")[1] == 1 && Shape(a, "X")[1] == Int(a, "group"));
        Assert.Contains(answered, a => Ints(a, "dilations")?.Any(d => d > 1) == true);
        Assert.Contains(answered, a => Ints(a, "pads") is { } p && p.Take(p.Length / 2).Zip(p.Skip(p.Length / 2)).Any(t => t.First != t.Second));
        Assert.Contains(answered, a => Ints(a, "strides") is { } s && s.Zip(Shape(a, "W").Skip(2)).Any(t => t.First > t.Second));
        Assert.Contains(answered, a => a["B"] is not null);
        Assert.Contains(answered, a => Shape(a, "W").Skip(2).SequenceEqual(Shape(a, "X").Skip(2)));
        foreach (var mode in new[] { "reflect", "replicate", "circular" })
            Assert.Contains(answered, a => Text(a, "padding_mode") == mode
                && (Ints(a, "pads")?.Any(p => p > 0) == true || Text(a, "auto_pad")?.StartsWith("SAME_") == true));
        foreach (var rank in new[] { 3, 4, 5 })
            Assert.Contains(answered, a => Shape(a, "X").Length == rank);
        foreach (var dtype in Enum.GetValues<DType>())
            Assert.Contains(answered, a => WireTensor.FromNode(a["X"], "X").DType == dtype);
        Assert.Contains(answered, ElementBounds.HasNonFiniteInputs);
    }

    [Fact]
    public void Same_upper_and_same_lower_cases_include_odd_total_padding_where_they_differ()
    {
        foreach (var auto in new[] { "SAME_UPPER", "SAME_LOWER" })
        {
            var odd = Answered("Conv", Count).Where(a => Text(a, "auto_pad") == auto).Where(a =>
            {
                var (x, w) = (Shape(a, "X"), Shape(a, "W"));
                var s = Ints(a, "strides") ?? Enumerable.Repeat(1, x.Length - 2).ToArray();
                var d = Ints(a, "dilations") ?? Enumerable.Repeat(1, x.Length - 2).ToArray();
                return Enumerable.Range(0, x.Length - 2).Any(i =>
                {
                    var o = (x[i + 2] + s[i] - 1) / s[i];
                    return Math.Max(0, (o - 1) * s[i] + (w[i + 2] - 1) * d[i] + 1 - x[i + 2]) % 2 == 1;
                });
            });
            Assert.NotEmpty(odd);
        }
    }

    [Fact]
    public void Pooling_cases_reach_ceil_mode_count_include_pad_storage_order_ties_and_both_lp_conventions()
    {
        var max = Answered("MaxPool", Count);
        Assert.Contains(max, a => Int(a, "storage_order") == 1 && Shape(a, "X").Length >= 4);
        Assert.Contains(max, a => Int(a, "ceil_mode") == 1 && Ints(a, "pads")?.Any(p => p > 0) == true);
        Assert.Contains(max, a => Text(a, "nan") == "ignore");
        Assert.Contains(max, a => WireTensor.FromNode(a["X"], "X").AsDouble().Data.GroupBy(v => v).Any(g => g.Count() > 1));
        var average = Answered("AveragePool", Count);
        Assert.Contains(average, a => Int(a, "count_include_pad") == 1 && Ints(a, "pads")?.Any(p => p > 0) == true);
        Assert.Contains(average, a => Int(a, "count_include_pad") == 0 && Ints(a, "pads")?.Any(p => p > 0) == true);
        var lp = Answered("LpPool", Count);
        foreach (var convention in new[] { "onnx", "pytorch" })
            Assert.Contains(lp, a => Text(a, "convention") == convention && WireTensor.FromNode(a["X"], "X").AsDouble().Data.Any(v => v < 0));
        Assert.Contains(Answered("WeightedAveragePool", Count), a => a["W"] is not null);
        foreach (var dtype in new[] { DType.Float32, DType.Float64, DType.Int64 })
            Assert.Contains(max, a => WireTensor.FromNode(a["X"], "X").DType == dtype);
    }

    [Theory]
    [InlineData("MaxPool")]
    [InlineData("AveragePool")]
    public void Ceil_mode_cases_include_a_last_window_that_would_start_in_the_end_padding(string op)
    {
        static bool StartsInPadding(JsonObject a)
        {
            var x = Shape(a, "X");
            var k = Ints(a, "kernel_shape")!;
            var s = Ints(a, "strides") ?? Enumerable.Repeat(1, k.Length).ToArray();
            var d = Ints(a, "dilations") ?? Enumerable.Repeat(1, k.Length).ToArray();
            var p = Ints(a, "pads") ?? new int[2 * k.Length];
            return Enumerable.Range(0, k.Length).Any(i =>
            {
                var span = x[i + 2] + p[i] + p[i + k.Length] - ((k[i] - 1) * d[i] + 1);
                var windows = (span + s[i] - 1) / s[i] + 1;
                return span >= 0 && (windows - 1) * s[i] - p[i] >= x[i + 2];
            });
        }
        Assert.Contains(Answered(op, Count), a => Int(a, "ceil_mode") == 1 && a["auto_pad"] is null && StartsInPadding(a));
    }

    [Trait("Reach", "library")]
    [Fact]
    public void Check_passes_the_library_fast_twins_on_every_layer_and_pooling_operation()
    {
        using var fast = new DirectMethodCandidate();
        var report = ConformanceCheck.Run(fast, new CheckOptions { Ops = LayerOps, Count = 40, Seed = 11 });
        report.ThrowIfFailed();
        Assert.All(report.Ops, s => Assert.Equal(40, s.Passed));
    }

    [Fact]
    public void Method_fast_answers_the_fast_twin_bit_for_bit_and_spec_the_correctly_rounded_average()
    {
        var data = new[] { 0.1, 0.2, 0.3 };
        var x = new JsonObject { ["dtype"] = "float64", ["shape"] = new JsonArray(1, 1, 3), ["data"] = new JsonArray(0.1, 0.2, 0.3) };
        double Average(string method) =>
            CaseJudge.Evaluate("AveragePool", new JsonObject { ["X"] = x.DeepClone(), ["kernel_shape"] = new JsonArray(3), ["method"] = method })["result"]!["data"]![0]!.GetValue<double>();
        var fast = ConvSpec.Pooling.AveragePool.Fast.Apply(new ConvSpec.Tensors.NdArray<double>([1, 1, 3], data), new ConvSpec.Pooling.PoolOptions([3])).Data[0];
        // The exact mean of the three doubles nearest 0.1, 0.2, 0.3 rounds to the double nearest 0.2 (Python: Fraction arithmetic).
        Assert.Equal(0.2, Average("spec"));
        Assert.Equal(fast, Average("fast"));
        Assert.Equal(fast, Average("direct"));
        Assert.Equal(fast, Average("auto"));
        Assert.Equal("invalid_argument", ErrorType(CaseJudge.Evaluate("AveragePool",
            new JsonObject { ["X"] = x.DeepClone(), ["kernel_shape"] = new JsonArray(3), ["method"] = "fft" })));
    }
}
