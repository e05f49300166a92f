using ConvSpec.Cli.Bench;
using ConvSpec.Pooling;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Cli;

/// <summary>The workloads of issue 5 (<see cref="Workloads"/>) and the median-of-N harness.</summary>
public class BenchWorkloadExamples
{
    private static string ShapeOf<T>(NdArray<T> x) => string.Join('x', x.Shape);

    private static string ShapeOf(object result) => result switch
    {
        NdArray<double> d => ShapeOf(d),
        NdArray<float> f => "f32 " + ShapeOf(f),
        MaxPoolResult<float> m => $"f32 {ShapeOf(m.Values)} indices {ShapeOf(m.Indices)}",
        _ => result.GetType().Name,
    };

    /// <summary>
    /// Each input is asked for at its issue-5 shape and made at ⌊√d⌋ per axis, so every run is small; the three MaxPool
    /// inputs are made when the list is, the others when a workload's run is built.
    /// </summary>
    [Fact]
    public void Workloads_are_issue_5s_with_their_peers_input_shapes_and_results()
    {
        var rng = new Random(1);
        var asked = new List<string>();
        var workloads = Workloads.All(shape =>
        {
            asked.Add(string.Join('x', shape));
            return Workloads.Random(rng, shape.Select(d => (int)Math.Sqrt(d)).ToArray());
        });
        asked.Add("|");

        var lines = workloads.Select(w =>
        {
            var before = asked.Count;
            var result = w.Ours!()();
            return $"{w.Name} [{string.Join(", ", w.Peers)}] inputs {string.Join(' ', asked.Skip(before))} result {ShapeOf(result)}";
        });

        Assert.Equal(
            """
            corr2d_f64_512x512_k7_same [opencv.Filter2D, scipy.signal.correlate2d] inputs 512x512 7x7 result 22x22
            conv1d_f64_1M_k16K_full [scipy.signal.fftconvolve, scipy.signal.oaconvolve] inputs 1048576 16384 result 1151
            conv2d_f64_2048x2048_k63_full [scipy.signal.fftconvolve] inputs 2048x2048 63x63 result 51x51
            conv2d_f64_2048x2048_k63_same [opencv.Filter2D] inputs 2048x2048 63x63 result 45x45
            conv_f32_n8_c64_56x56_k3_pad1 [onnxruntime.Conv, onnxruntime.Conv(W as input), torch.conv2d] inputs 8x64x56x56 64x64x3x3 result f32 2x8x9x9
            maxpool_f32_1024x1024_k3 [onnxruntime.MaxPool, torch.max_pool2d] inputs  result f32 1x1x30x30 indices 1x1x30x30
            maxpool_f32_1024x1024_k15 [onnxruntime.MaxPool, torch.max_pool2d] inputs  result f32 1x1x18x18 indices 1x1x18x18
            maxpool_f32_1024x1024_k31 [onnxruntime.MaxPool, torch.max_pool2d] inputs  result f32 1x1x2x2 indices 1x1x2x2
            conv1d_f64_4096_k64_full_direct [numpy.convolve, scipy.signal.convolve(direct)] inputs 4096 64 result 71
            """, string.Join("\n", lines));
        Assert.Equal(["1x1x1024x1024", "1x1x1024x1024", "1x1x1024x1024", "|"], asked.Take(4));
    }

    [Fact]
    public void Inputs_draw_each_array_after_the_last_from_the_one_generator()
    {
        var expected = new Random(5);

        var inputs = Workloads.Inputs(new Random(5));
        var (first, second) = (inputs([2]), inputs([1, 3]));

        Assert.Equal([1, 3], second.Shape);
        Assert.Equal(Enumerable.Range(0, 5).Select(_ => expected.NextDouble()), first.Data.Concat(second.Data));
    }

    [Fact]
    public void Random_fills_the_shape_in_row_major_order_from_the_generator()
    {
        var expected = new Random(7);

        var x = Workloads.Random(new Random(7), 2, 3);

        Assert.Equal([2, 3], x.Shape);
        Assert.Equal(Enumerable.Range(0, 6).Select(_ => expected.NextDouble()), x.Data);
    }

    [Fact]
    public void MedianMs_runs_once_untimed_then_times_repeat_runs_and_returns_the_middle_of_the_sorted_times()
    {
        var (runs, figures) = (0, new Queue<double>([5, 1, 9, 3, 7]));

        var median = Workloads.MedianMs(() => runs++, 5, run => { run(); return figures.Dequeue(); });

        Assert.Equal(5, median);
        Assert.Equal(1 + 5, runs);
    }

    [Fact]
    public void MedianMs_of_an_even_count_is_the_upper_middle_time()
    {
        var figures = new Queue<double>([4, 2, 8, 6]);

        Assert.Equal(6, Workloads.MedianMs(() => { }, 4, _ => figures.Dequeue()));
    }

    [Fact]
    public void ElapsedMs_runs_once_and_measures_the_wall_clock()
    {
        var runs = 0;

        var ms = Workloads.ElapsedMs(() => { runs++; Thread.Sleep(20); });

        Assert.Equal(1, runs);
        Assert.InRange(ms, 19, double.MaxValue);
    }

    [Fact]
    public void MedianMs_times_with_the_wall_clock_by_default()
    {
        var runs = 0;

        var ms = Workloads.MedianMs(() => { runs++; Thread.Sleep(10); }, 1);

        Assert.Equal(2, runs);
        Assert.InRange(ms, 9, double.MaxValue);
    }
}
