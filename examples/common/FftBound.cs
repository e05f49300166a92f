using System.Text.Json.Nodes;
using ConvSpec.Protocol;

namespace ConvSpec.Examples;

/// <summary>
/// The normwise bound of an FFT-class candidate (as in the golden vectors' README):
/// ‖ĉ − e‖₂ ≤ (3·θ_N + √2·γ_2)·(1 + θ_N)³ · max(‖a‖₁‖b‖₂, ‖a‖₂‖b‖₁), θ_N = L·η/(1 − L·η), L = ⌈log₂ N⌉,
/// η = u + γ_4·(√2 + u) (Higham 2002, Thm 24.2), N the transform size, a the boundary-extended input.
/// </summary>
public static class FftBound
{
    public static double Of(double[] a, double[] b, long transformSize, double u)
    {
        var L = Math.Ceiling(Math.Log2(Math.Max(2, transformSize)));
        var eta = u + Judge.Gamma(4, u) * (Math.Sqrt(2) + u);
        var theta = L * eta / (1 - L * eta);
        double N1(double[] x) => x.Sum(Math.Abs);
        double N2(double[] x) => Math.Sqrt(x.Sum(v => v * v));
        return (3 * theta + Math.Sqrt(2) * Judge.Gamma(2, u)) * Math.Pow(1 + theta, 3) * Math.Max(N1(a) * N2(b), N2(a) * N1(b));
    }

    /// <summary>Judges a real 2-D correlate2d answer against the normwise bound.</summary>
    public static Judgement Compare(JsonNode expected, JsonNode actual, JsonObject args)
    {
        if (expected["error"] is not null || actual["error"] is not null) return Judge.Compare(expected, actual, null, 1);
        var (e, c) = (Wire.Tensor(expected["result"]!), Wire.Tensor(actual["result"]!));
        if (!e.Shape.SequenceEqual(c.Shape) || e.DType != c.DType) return Judge.Compare(expected, actual, null, 1);
        var (in1, in2) = (Wire.Tensor(args["in1"]!), Wire.Tensor(args["in2"]!));
        var a = Extended(in1, in2.Shape, args);
        var b = (double[])in2.Data;
        var size = (long)NextPow2(in1.Shape[0] + 2 * in2.Shape[0]) * NextPow2(in1.Shape[1] + 2 * in2.Shape[1]);
        var bound = Of(a, b, size, Judge.UnitRoundoff(e.DType));
        var (ed, cd) = ((double[])e.Data, (double[])c.Data);
        var error = Math.Sqrt(ed.Zip(cd).Sum(p => (p.First - p.Second) * (p.First - p.Second)));
        var fraction = error == 0 ? 0 : error / bound;
        return new(fraction <= 1 ? "agree" : "value_mismatch", ed.Zip(cd).Max(p => Math.Abs(p.First - p.Second)), fraction,
            $"normwise ‖ĉ − e‖₂ = {error:G3}, fft bound {bound:G3}");
    }

    private static int NextPow2(int n) => 1 << (int)Math.Ceiling(Math.Log2(Math.Max(2, n)));

    /// <summary>in1 extended by its boundary rule by kernel − 1 cells on every side (fill: the fill value; wrap: period n; symm: period 2n).</summary>
    private static double[] Extended(TensorValue in1, int[] kernel, JsonObject args)
    {
        var boundary = (string?)args["boundary"] ?? "fill";
        var fill = args["fillvalue"] is { } f ? (double)f : 0;
        var (n, m) = (in1.Shape[0], in1.Shape[1]);
        var data = (double[])in1.Data;
        var result = new List<double>();
        for (var i = -(kernel[0] - 1); i < n + kernel[0] - 1; i++)
        for (var j = -(kernel[1] - 1); j < m + kernel[1] - 1; j++)
        {
            var inside = i >= 0 && i < n && j >= 0 && j < m;
            result.Add(inside ? data[i * m + j]
                : boundary is "fill" or "pad" ? fill
                : data[Fold(i, n, boundary) * m + Fold(j, m, boundary)]);
        }
        return result.ToArray();
    }

    private static int Fold(int i, int n, string boundary)
    {
        if (boundary is "wrap" or "circular") return ((i % n) + n) % n;
        var r = ((i % (2 * n)) + 2 * n) % (2 * n);
        return r < n ? r : 2 * n - 1 - r;
    }
}
