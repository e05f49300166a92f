using System.Globalization;
using System.Text.Json;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using OpenCvSharp;

namespace ConvSpec.Bench.Peers;

/// <summary>
/// The in-process .NET peers of issue 5, timed by <see cref="Harness"/> on 2 threads and printed as JSON lines
/// {"workload", "peer", "peer_ms"} for <c>convspec bench</c>: OpenCV <c>Cv2.Filter2D</c> (2-D correlation) and
/// ONNX Runtime's CPU Conv and MaxPool.
/// </summary>
public static class DotnetPeers
{
    public static void Run(int repeat, TextWriter output)
    {
        Cv2.SetNumThreads(2);
        var rng = new Random(1);
        Emit(output, "corr2d_f64_512x512_k7_same", "opencv.Filter2D", Filter2D(512, 7, rng, repeat));
        Emit(output, "conv2d_f64_2048x2048_k63_same", "opencv.Filter2D", Filter2D(2048, 63, rng, Math.Max(3, repeat / 2)));
        using var options = new SessionOptions { IntraOpNumThreads = 2, InterOpNumThreads = 1 };
        Emit(output, "conv_f32_n8_c64_56x56_k3_pad1", "onnxruntime.Conv", ConvConstantWeights(options, rng, repeat));
        Emit(output, "conv_f32_n8_c64_56x56_k3_pad1", "onnxruntime.Conv(W as input)", Conv(options, rng, repeat));
        foreach (var k in new[] { 3, 15, 31 })
            Emit(output, $"maxpool_f32_1024x1024_k{k}", "onnxruntime.MaxPool", MaxPool(options, k, rng, repeat));
    }

    private static void Emit(TextWriter output, string workload, string peer, double ms) =>
        output.WriteLine(JsonSerializer.Serialize(new { workload, peer, peer_ms = Math.Round(ms, 4) }));

    /// <summary>Cv2.Filter2D on a float64 n×n image with a k×k kernel, zero border (BorderTypes.Constant), anchor at the centre.</summary>
    public static double Filter2D(int n, int k, Random rng, int repeat)
    {
        using var src = new Mat(n, n, MatType.CV_64FC1);
        using var kernel = new Mat(k, k, MatType.CV_64FC1);
        using var dst = new Mat();
        Cv2.Randu(src, 0.0, 1.0);
        Cv2.Randu(kernel, 0.0, 1.0);
        return Harness.MedianMs(() => Cv2.Filter2D(src, dst, MatType.CV_64FC1, kernel, new Point(-1, -1), 0, BorderTypes.Constant), repeat);
    }

    private static DenseTensor<float> Random(int[] shape, Random rng)
    {
        var t = new DenseTensor<float>(shape);
        var span = t.Buffer.Span;
        for (var i = 0; i < span.Length; i++) span[i] = (float)rng.NextDouble();
        return t;
    }

    public static double Conv(SessionOptions options, Random rng, int repeat)
    {
        int[] x = [8, 64, 56, 56], w = [64, 64, 3, 3];
        using var session = new InferenceSession(OnnxModel.Conv(x, w, 1), options);
        var inputs = new List<NamedOnnxValue> { NamedOnnxValue.CreateFromTensor("X", Random(x, rng)), NamedOnnxValue.CreateFromTensor("W", Random(w, rng)) };
        return Harness.MedianMs(() => { using var r = session.Run(inputs); }, repeat);
    }

    /// <summary>Conv with W a constant initializer (pre-packed by ONNX Runtime), as a deployed model runs it.</summary>
    public static double ConvConstantWeights(SessionOptions options, Random rng, int repeat)
    {
        int[] x = [8, 64, 56, 56], w = [64, 64, 3, 3];
        var weights = Random(w, rng).Buffer.ToArray();
        using var session = new InferenceSession(OnnxModel.ConvWithConstantWeights(x, w, 1, weights), options);
        var inputs = new List<NamedOnnxValue> { NamedOnnxValue.CreateFromTensor("X", Random(x, rng)) };
        return Harness.MedianMs(() => { using var r = session.Run(inputs); }, repeat);
    }

    public static double MaxPool(SessionOptions options, int k, Random rng, int repeat)
    {
        int[] x = [1, 1, 1024, 1024];
        using var session = new InferenceSession(OnnxModel.MaxPool(x, k), options);
        var inputs = new List<NamedOnnxValue> { NamedOnnxValue.CreateFromTensor("X", Random(x, rng)) };
        return Harness.MedianMs(() => { using var r = session.Run(inputs); }, repeat);
    }
}
