using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The shrinker's limits, counted in candidate calls: it calls the judge at most budget times, and before each call
/// stops once the clock reads more than the time limit.
/// </summary>
public class ShrinkerBudgetExamples
{
    /// <summary>A request with 12 one-step simplifications: 2 slice removals of in1, then 2 element steps (to 0, halved) for each of the 5 elements (4 of in1, 1 of in2).</summary>
    private static JsonObject Args() => new()
    {
        ["in1"] = WireTensor.ToNode(TensorValue.Int64([4], [5, 6, 7, 8])),
        ["in2"] = WireTensor.ToNode(TensorValue.Int64([1], [9])),
    };

    private static readonly Verdict Failure = new(VerdictKind.ValueMismatch, "always", new JsonObject(), null);

    /// <summary>A judge that never sees the failure again (so every candidate is tried), counting its calls.</summary>
    private sealed class PassingJudge
    {
        public int Calls { get; private set; }

        public Verdict Judge(JsonObject _)
        {
            Calls++;
            return Failure with { Kind = VerdictKind.Pass };
        }
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 3)]
    [InlineData(100, 12)]
    public void Without_a_time_limit_the_judge_is_called_budget_times_or_once_per_candidate(int budget, int calls)
    {
        Assert.Equal(12, Shrinker.Candidates(Args()).Count());
        var judge = new PassingJudge();
        var (args, _, steps) = Shrinker.Shrink(Args(), Failure, judge.Judge, budget);
        Assert.Equal((calls, 0), (judge.Calls, steps));
        Assert.Equal(Args().ToJsonString(), args.ToJsonString());
    }

    [Fact]
    public void A_zero_budget_returns_the_request_without_reading_its_tensors()
    {
        // in1 claims 2 elements and holds 1: reading it (for its slices) would throw.
        var args = new JsonObject
        {
            ["in1"] = new JsonObject { ["dtype"] = "int64", ["shape"] = new JsonArray(2), ["data"] = new JsonArray(1) },
            ["in2"] = WireTensor.ToNode(TensorValue.Int64([1], [9])),
        };
        Assert.ThrowsAny<Exception>(() => Shrinker.Candidates(args).First());
        var judge = new PassingJudge();
        var (shrunk, _, steps) = Shrinker.Shrink(args, Failure, judge.Judge, budget: 0);
        Assert.Equal((args.ToJsonString(), 0, 0), (shrunk.ToJsonString(), steps, judge.Calls));
    }

    [Fact]
    public void A_time_limit_already_passed_stops_before_the_first_call()
    {
        // Elapsed time is never negative, so it exceeds a limit of −1 tick at the first check.
        var judge = new PassingJudge();
        Shrinker.Shrink(Args(), Failure, judge.Judge, budget: 100, time: TimeSpan.FromTicks(-1));
        Assert.Equal(0, judge.Calls);
    }

    [Fact]
    public void Calls_go_on_while_the_clock_reads_at_most_the_limit()
    {
        // The clock reads 0 s, 1 s, 2 s, 3 s, … at successive checks; with a 2 s limit the checks at 0, 1 and 2 s
        // allow a call (2 s is not more than 2 s) and the check at 3 s stops.
        var (judge, seconds) = (new PassingJudge(), 0);
        Shrinker.Shrink(Args(), Failure, judge.Judge, budget: 100, TimeSpan.FromSeconds(2), () => TimeSpan.FromSeconds(seconds++));
        Assert.Equal(3, judge.Calls);
    }
}
