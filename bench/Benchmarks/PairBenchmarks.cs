using BenchmarkDotNet.Attributes;
using ConvSpec.Convolution;
using ConvSpec.Correlation;
using ConvSpec.Padding;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.Bench.Benchmarks;

/// <summary>Each Spec function beside its Fast twin on the same double inputs (small sizes: the spec is O(|out|·|in2|) by index tuples).</summary>
[MemoryDiagnoser]
public class PairBenchmarks
{
    private NdArray<double> signal = null!, kernel = null!, image = null!, small = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(1);
        NdArray<double> R(params int[] s) => new(s, Enumerable.Range(0, s.Aggregate(1, (p, e) => p * e)).Select(_ => rng.NextDouble()).ToArray());
        (signal, kernel, image, small) = (R(1024), R(31), R(64, 64), R(5, 5));
    }

    [Benchmark] public NdArray<double> Convolve_Spec() => Convolve.Spec.Apply(signal, kernel, ConvolutionMode.Full);
    [Benchmark] public NdArray<double> Convolve_Fast() => Convolve.Fast.Apply(signal, kernel, ConvolutionMode.Full);
    [Benchmark] public NdArray<double> Correlate_Spec() => Correlate.Spec.Apply(signal, kernel, ConvolutionMode.Same);
    [Benchmark] public NdArray<double> Correlate_Fast() => Correlate.Fast.Apply(signal, kernel, ConvolutionMode.Same);
    [Benchmark] public NdArray<double> Convolve2D_Spec() => Convolve2D.Spec.Apply(image, small, ConvolutionMode.Same, Boundary.Symm);
    [Benchmark] public NdArray<double> Convolve2D_Fast() => Convolve2D.Fast.Apply(image, small, ConvolutionMode.Same, Boundary.Symm);
    [Benchmark] public NdArray<double> Correlate2D_Spec() => Correlate2D.Spec.Apply(image, small, ConvolutionMode.Full, Boundary.Wrap);
    [Benchmark] public NdArray<double> Correlate2D_Fast() => Correlate2D.Fast.Apply(image, small, ConvolutionMode.Full, Boundary.Wrap);
    [Benchmark] public NdArray<double> AlongAxes_Spec() => Convolve.Spec.AlongAxes(image, small, ConvolutionMode.Full, null);
    [Benchmark] public NdArray<double> AlongAxes_Fast() => Convolve.Fast.AlongAxes(image, small, ConvolutionMode.Full, null);
}
