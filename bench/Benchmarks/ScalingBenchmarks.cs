using BenchmarkDotNet.Attributes;
using ConvSpec.Convolution;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.Bench.Benchmarks;

/// <summary>The scaling sweep: 1-D full convolution of n points with n/8, by each method (direct O(n²/8), FFT O(n log n)).</summary>
public class ScalingBenchmarks
{
    private NdArray<double> signal = null!, kernel = null!;

    [Params(256, 1024, 4096, 16384, 65536)]
    public int N;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(1);
        signal = new NdArray<double>([N], Enumerable.Range(0, N).Select(_ => rng.NextDouble()).ToArray());
        kernel = new NdArray<double>([N / 8], Enumerable.Range(0, N / 8).Select(_ => rng.NextDouble()).ToArray());
    }

    [Benchmark] public NdArray<double> Direct() => Convolve.Fast.Apply(signal, kernel, ConvolutionMode.Full, Method.Direct);
    [Benchmark] public NdArray<double> Fft() => Convolve.Fast.Apply(signal, kernel, ConvolutionMode.Full, Method.Fft);
    [Benchmark] public NdArray<double> OverlapAdd() => Convolve.Fast.OverlapAdd(signal, kernel, ConvolutionMode.Full, null);
    [Benchmark] public NdArray<double> Auto() => Convolve.Fast.Apply(signal, kernel, ConvolutionMode.Full, Method.Auto);
}
