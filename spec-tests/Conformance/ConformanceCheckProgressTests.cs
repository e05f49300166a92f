using ConvSpec.Conformance;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>A run reports after every case (done of total, not finished) and once more per operation, finished, with its summary.</summary>
public class ConformanceCheckProgressTests
{
    /// <summary>Keeps every report in order, on the reporting thread.</summary>
    private sealed class Recorder : IProgress<CheckProgress>
    {
        public List<CheckProgress> Reports { get; } = [];

        public void Report(CheckProgress value) => Reports.Add(value);
    }

    [Fact]
    public void Each_case_reports_its_count_and_each_operation_ends_with_its_summary()
    {
        var recorder = new Recorder();
        var options = new CheckOptions { Ops = ["convolve", "correlate"], DTypes = [DType.Int64], Count = 3, Seed = 4, Progress = recorder };
        var report = ConformanceCheck.Run(Candidates.Correct, options);

        Assert.Equal(
            [
                ("convolve", 1, 3, false), ("convolve", 2, 3, false), ("convolve", 3, 3, false), ("convolve", 3, 3, true),
                ("correlate", 1, 3, false), ("correlate", 2, 3, false), ("correlate", 3, 3, false), ("correlate", 3, 3, true),
            ],
            recorder.Reports.Select(p => (p.Op, p.Done, p.Total, p.Finished)));
        Assert.Equal([null, null, null, report.Ops[0], null, null, null, report.Ops[1]], recorder.Reports.Select(p => p.Summary));
        Assert.Equal([3, 3], report.Ops.Select(o => o.Cases));
    }
}
