using System.Diagnostics;
using ConvSpec.Convolution;
using ConvSpec.Correlation;
using ConvSpec.Layers;
using ConvSpec.Pooling;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.Cli.Bench;

/// <summary>
/// One workload of issue 5: a name, our run and the peers that time it. <see cref="Ours"/> makes the inputs and returns
/// the timed call, which returns its result.
/// </summary>
public sealed record Workload(string Name, Func<Func<object>>? Ours, string[] Peers);

/// <summary>The workloads of issue 5 as <c>convspec bench</c> times them, and the median-of-N harness.</summary>
public static class Workloads
{
    private static NdArray<float> Single(NdArray<double> x) => x.Map(v => (float)v);

    /// <summary>MaxPool float32 1x1x1024x1024, stride 1, kernel k x k (indices computed too, as ONNX's second output).</summary>
    private static Workload MaxPool1024(Func<int[], NdArray<double>> input, int k)
    {
        var x = Single(input([1, 1, 1024, 1024]));
        var options = new PoolOptions([k, k]);
        return new($"maxpool_f32_1024x1024_k{k}", () => () => MaxPool.Fast.Apply(x, options), ["onnxruntime.MaxPool", "torch.max_pool2d"]);
    }

    /// <summary>An array of <paramref name="shape"/> with Π shape values drawn uniformly from [0, 1) in row-major order.</summary>
    internal static NdArray<double> Random(Random rng, params int[] shape) =>
        new(shape, Enumerable.Range(0, shape.Aggregate(1, (p, e) => p * e)).Select(_ => rng.NextDouble()).ToArray());

    /// <summary>The workloads, their inputs drawn in turn from one generator seeded 1.</summary>
    public static IReadOnlyList<Workload> All() => All(Inputs(new Random(1)));

    /// <summary>shape → <see cref="Random(System.Random, int[])"/>(rng, shape): each call draws the next values of <paramref name="rng"/>.</summary>
    internal static Func<int[], NdArray<double>> Inputs(Random rng) => shape => Random(rng, shape);

    /// <summary>The workloads in issue 5's order, their inputs made by <paramref name="input"/> (shape → array).</summary>
    internal static IReadOnlyList<Workload> All(Func<int[], NdArray<double>> input) =>
    [
        new("corr2d_f64_512x512_k7_same", () => { var (a, k) = (input([512, 512]), input([7, 7])); return () => Correlate2D.Fast.Apply(a, k, ConvolutionMode.Same); },
            ["opencv.Filter2D", "scipy.signal.correlate2d"]),
        new("conv1d_f64_1M_k16K_full", () => { var (a, k) = (input([1 << 20]), input([1 << 14])); return () => Convolve.Fast.Apply(a, k, ConvolutionMode.Full, Method.Auto); },
            ["scipy.signal.fftconvolve", "scipy.signal.oaconvolve"]),
        new("conv2d_f64_2048x2048_k63_full", () => { var (a, k) = (input([2048, 2048]), input([63, 63])); return () => Convolve.Fast.Apply(a, k, ConvolutionMode.Full, Method.Auto); },
            ["scipy.signal.fftconvolve"]),
        new("conv2d_f64_2048x2048_k63_same", () => { var (a, k) = (input([2048, 2048]), input([63, 63])); return () => Correlate.Fast.Apply(a, k, ConvolutionMode.Same, Method.Auto); },
            ["opencv.Filter2D"]),
        new("conv_f32_n8_c64_56x56_k3_pad1", () =>
            {
                var (x, w) = (Single(input([8, 64, 56, 56])), Single(input([64, 64, 3, 3])));
                var attributes = new ConvAttributes { Pads = [1, 1, 1, 1] };
                return () => Conv.Fast.Apply(x, w, null, attributes);
            }, ["onnxruntime.Conv", "onnxruntime.Conv(W as input)", "torch.conv2d"]),
        MaxPool1024(input, 3),
        MaxPool1024(input, 15),
        MaxPool1024(input, 31),
        new("conv1d_f64_4096_k64_full_direct", () => { var (a, k) = (input([4096]), input([64])); return () => Convolve.Fast.Apply(a, k, ConvolutionMode.Full, Method.Direct); },
            ["numpy.convolve", "scipy.signal.convolve(direct)"]),
    ];

    /// <summary>The median of <paramref name="repeat"/> timed runs after one warm-up run, in milliseconds.</summary>
    public static double MedianMs(Action run, int repeat) => MedianMs(run, repeat, ElapsedMs);

    /// <summary>The median of <paramref name="repeat"/> figures <paramref name="time"/>(run) after one untimed run: times[⌊repeat/2⌋] sorted.</summary>
    internal static double MedianMs(Action run, int repeat, Func<Action, double> time)
    {
        run();
        var times = new double[repeat];
        for (var i = 0; i < repeat; i++) times[i] = time(run);
        Array.Sort(times);
        return times[repeat / 2];
    }

    /// <summary>The wall-clock milliseconds of one call of <paramref name="run"/>.</summary>
    internal static double ElapsedMs(Action run)
    {
        var clock = Stopwatch.StartNew();
        run();
        return clock.Elapsed.TotalMilliseconds;
    }
}
