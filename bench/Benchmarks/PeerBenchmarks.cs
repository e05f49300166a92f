using BenchmarkDotNet.Attributes;
using ConvSpec.Convolution;
using ConvSpec.Correlation;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using OpenCvSharp;

namespace ConvSpec.Bench.Benchmarks;

/// <summary>Workload 1 of issue 5 side by side with OpenCV on the same buffers: 2-D float64 correlation, same mode.</summary>
public class PeerBenchmarks
{
    private NdArray<double> image = null!, kernel = null!;
    private Mat src = null!, weights = null!, dst = null!;

    [Params(7, 63)]
    public int K;

    [GlobalSetup]
    public void Setup()
    {
        Cv2.SetNumThreads(2);
        var n = K == 7 ? 512 : 2048;
        var rng = new Random(1);
        image = new NdArray<double>([n, n], Enumerable.Range(0, n * n).Select(_ => rng.NextDouble()).ToArray());
        kernel = new NdArray<double>([K, K], Enumerable.Range(0, K * K).Select(_ => rng.NextDouble()).ToArray());
        src = Mat.FromPixelData(n, n, MatType.CV_64FC1, image.Data);
        weights = Mat.FromPixelData(K, K, MatType.CV_64FC1, kernel.Data);
        dst = new Mat();
    }

    [Benchmark(Baseline = true)]
    public void OpenCv_Filter2D() => Cv2.Filter2D(src, dst, MatType.CV_64FC1, weights, new Point(-1, -1), 0, BorderTypes.Constant);

    [Benchmark]
    public NdArray<double> ConvSpec_Correlate_auto() => Correlate.Fast.Apply(image, kernel, ConvolutionMode.Same, Method.Auto);
}
