using System.Diagnostics;
using ConvSpec.Convolution;
using ConvSpec.Correlation;
using ConvSpec.Layers;
using ConvSpec.Pooling;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.Cli.Bench;

/// <summary>One workload of issue 5: a name, our run, and the peers that time it.</summary>
public sealed record Workload(string Name, Func<Action>? Ours, string[] Peers);

/// <summary>The workloads of issue 5 as <c>convspec bench</c> times them, and the median-of-N harness.</summary>
public static class Workloads
{
    private static NdArray<float> Single(NdArray<double> x) => x.Map(v => (float)v);

    /// <summary>MaxPool float32 1x1x1024x1024, stride 1, kernel k x k (indices computed too, as ONNX's second output).</summary>
    private static Workload MaxPool1024(Random rng, int k)
    {
        var x = Single(Random(rng, 1, 1, 1024, 1024));
        var options = new PoolOptions([k, k]);
        return new($"maxpool_f32_1024x1024_k{k}", () => () => MaxPool.Fast.Apply(x, options), ["onnxruntime.MaxPool", "torch.max_pool2d"]);
    }

    private static NdArray<double> Random(Random rng, params int[] shape) =>
        new(shape, Enumerable.Range(0, shape.Aggregate(1, (p, e) => p * e)).Select(_ => rng.NextDouble()).ToArray());

    public static IReadOnlyList<Workload> All()
    {
        var rng = new Random(1);
        Func<Action> Of(Func<Action> build) => build;
        return
        [
            new("corr2d_f64_512x512_k7_same", Of(() => { var (a, k) = (Random(rng, 512, 512), Random(rng, 7, 7)); return () => Correlate2D.Fast.Apply(a, k, ConvolutionMode.Same); }),
                ["opencv.Filter2D", "scipy.signal.correlate2d"]),
            new("conv1d_f64_1M_k16K_full", Of(() => { var (a, k) = (Random(rng, 1 << 20), Random(rng, 1 << 14)); return () => Convolve.Fast.Apply(a, k, ConvolutionMode.Full, Method.Auto); }),
                ["scipy.signal.fftconvolve", "scipy.signal.oaconvolve"]),
            new("conv2d_f64_2048x2048_k63_full", Of(() => { var (a, k) = (Random(rng, 2048, 2048), Random(rng, 63, 63)); return () => Convolve.Fast.Apply(a, k, ConvolutionMode.Full, Method.Auto); }),
                ["scipy.signal.fftconvolve"]),
            new("conv2d_f64_2048x2048_k63_same", Of(() => { var (a, k) = (Random(rng, 2048, 2048), Random(rng, 63, 63)); return () => Correlate.Fast.Apply(a, k, ConvolutionMode.Same, Method.Auto); }),
                ["opencv.Filter2D"]),
            new("conv_f32_n8_c64_56x56_k3_pad1", Of(() =>
                {
                    var (x, w) = (Single(Random(rng, 8, 64, 56, 56)), Single(Random(rng, 64, 64, 3, 3)));
                    var attributes = new ConvAttributes { Pads = [1, 1, 1, 1] };
                    return () => Conv.Fast.Apply(x, w, null, attributes);
                }), ["onnxruntime.Conv", "onnxruntime.Conv(W as input)", "torch.conv2d"]),
            MaxPool1024(rng, 3),
            MaxPool1024(rng, 15),
            MaxPool1024(rng, 31),
            new("conv1d_f64_4096_k64_full_direct", Of(() => { var (a, k) = (Random(rng, 4096), Random(rng, 64)); return () => Convolve.Fast.Apply(a, k, ConvolutionMode.Full, Method.Direct); }),
                ["numpy.convolve", "scipy.signal.convolve(direct)"]),
        ];
    }

    /// <summary>The median of <paramref name="repeat"/> timed runs after one warm-up run, in milliseconds.</summary>
    public static double MedianMs(Action run, int repeat)
    {
        run();
        var times = new double[repeat];
        for (var i = 0; i < repeat; i++)
        {
            var clock = Stopwatch.StartNew();
            run();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return times[repeat / 2];
    }
}
