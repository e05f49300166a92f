using System.Numerics;
using System.Text.Json.Nodes;
using ConvSpec.Bounds;
using ConvSpec.Conformance;
using ConvSpec.Protocol;
using MathNet.Numerics.IntegralTransforms;

namespace ConvSpec.SpecTests.Bounds;

/// <summary>
/// The bounds <c>convspec check</c> judges by are neither loose enough to pass a wrong answer (see the
/// conformance tests) nor tight enough to fail an honest algorithm: real float32 direct summation and real
/// FFT convolutions (MathNet, radix-2 and Bluestein) are checked against them.
/// </summary>
public class CheckBoundsLaws
{
    [Fact]
    public void Gamma_is_n_u_over_one_minus_n_u()
    {
        var u = Math.ScaleB(1, -53);
        Assert.Equal(3 * u / (1 - 3 * u), CheckBounds.Gamma(3, u));
        Assert.Equal(double.PositiveInfinity, CheckBounds.Gamma(1L << 53, u));
    }

    /// <summary>
    /// Theorem 24.2 needs log2(N)·η &lt; 1, η = u + γ_4(√2 + u): with u = 1/8, η ≈ 1.0 already at N = 2, so the FFT
    /// bound is +∞ (no claim); with the double's u it is finite and tiny.
    /// </summary>
    [Fact]
    public void Fft_bound_is_infinite_once_log2_N_times_eta_reaches_one()
    {
        Assert.Equal(double.PositiveInfinity, CheckBounds.Fft(2, 0.125, 1, 1, 1, 1));
        Assert.InRange(CheckBounds.Fft(2, Math.ScaleB(1, -53), 1, 1, 1, 1), 0, 1e-14);
    }

    [Fact]
    public void Float32_direct_summation_stays_within_the_direct_bound()
    {
        var report = ConformanceCheck.Run(RankOne(DirectSingle), Options(DType.Float32, Tolerance.Direct));
        Assert.True(report.Passed, report.ToText());
        Assert.True(report.Ops[0].WorstFraction > 0, "the candidate should round somewhere");
    }

    [Fact]
    public void Float64_FFT_convolution_stays_within_the_FFT_bound()
    {
        var report = ConformanceCheck.Run(RankOne(FftDouble), Options(DType.Float64, Tolerance.Fft));
        Assert.True(report.Passed, report.ToText());
    }

    [Fact]
    public void Float64_FFT_convolution_exceeds_the_direct_bound_somewhere()
    {
        var report = ConformanceCheck.Run(RankOne(FftDouble), Options(DType.Float64, Tolerance.Direct) with { Count = 200 });
        Assert.False(report.Passed);
    }

    private static CheckOptions Options(DType dtype, Tolerance tolerance) => new()
    {
        Ops = ["convolve"], DTypes = [dtype], Count = 80, Seed = 31, MaxSize = 24, NonFinite = false, Tolerance = tolerance,
    };

    /// <summary>The candidate for rank-1 full convolutions of one float dtype; the spec's answer otherwise.</summary>
    private static Func<string, JsonObject, JsonNode?> RankOne(Func<double[], double[], double[]> full) => (op, args) =>
    {
        var (a, b) = (WireTensor.FromNode(args["in1"], "in1"), WireTensor.FromNode(args["in2"], "in2"));
        var mode = args["mode"]?.GetValue<string>() ?? "full";
        if (a.Shape.Length != 1 || b.Shape.Length != 1 || a.DType != b.DType || a.DType.IsComplex() || a.DType == DType.Int64 || mode != "full")
            return CaseJudge.Reference(op, args);
        var c = full(a.AsDouble().Data, b.AsDouble().Data);
        return WireTensor.ToNode(TensorValue.Real(a.DType, [c.Length], c));
    };

    private static double[] DirectSingle(double[] a, double[] b)
    {
        var c = new float[a.Length + b.Length - 1];
        for (var i = 0; i < a.Length; i++)
        for (var j = 0; j < b.Length; j++)
            c[i + j] += (float)a[i] * (float)b[j];
        return Array.ConvertAll(c, x => (double)x);
    }

    private static double[] FftDouble(double[] a, double[] b)
    {
        var n = a.Length + b.Length - 1;
        var (x, y) = (new Complex[n], new Complex[n]);
        for (var i = 0; i < a.Length; i++) x[i] = a[i];
        for (var i = 0; i < b.Length; i++) y[i] = b[i];
        MathNet.Numerics.IntegralTransforms.Fourier.Forward(x, FourierOptions.Matlab);
        MathNet.Numerics.IntegralTransforms.Fourier.Forward(y, FourierOptions.Matlab);
        for (var k = 0; k < n; k++) x[k] *= y[k];
        MathNet.Numerics.IntegralTransforms.Fourier.Inverse(x, FourierOptions.Matlab);
        return Array.ConvertAll(x, z => z.Real);
    }
}
