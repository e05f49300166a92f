using System.Globalization;
using System.Text;
using ConvSpec.Convolution;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.Cli.Bench;

/// <summary>One size of the scaling sweep: median milliseconds per method (NaN where not run) and auto's choice.</summary>
public sealed record SweepPoint(int N, int K, double Direct, double Fft, double OverlapAdd, double Auto, string Choice);

/// <summary>
/// The scaling sweep of issue 5: 1-D full convolution of n points with k = n/8 points by direct (O(n k)), FFT
/// (O(n log n)), overlap-add and auto, for n = 2^6 .. 2^20; direct is skipped past 2^31 multiply-adds.
/// </summary>
public static class Sweep
{
    public static List<SweepPoint> Run(int repeat, int maxLog2 = 20) => Run(repeat, maxLog2, Workloads.MedianMs);

    /// <summary>
    /// The sweep for n ∈ {2^e, 3·2^(e−1) : 6 ≤ e ≤ maxLog2} with n ≤ 2^maxLog2, in that order; each method timed by
    /// <paramref name="time"/>(run, r) with r = max(3, ⌊repeat/2⌋) for n ≥ 2^17 and r = repeat below.
    /// </summary>
    internal static List<SweepPoint> Run(int repeat, int maxLog2, Func<Action, int, double> time)
    {
        var rng = new Random(3);
        var points = new List<SweepPoint>();
        for (var e = 6; e <= maxLog2; e++)
            foreach (var n in new[] { 1 << e, 3 << (e - 1) })
            {
                if (n > 1 << maxLog2) continue;
                var k = n / 8;
                var a = new NdArray<double>([n], Enumerable.Range(0, n).Select(_ => rng.NextDouble()).ToArray());
                var b = new NdArray<double>([k], Enumerable.Range(0, k).Select(_ => rng.NextDouble()).ToArray());
                var r = n >= 1 << 17 ? Math.Max(3, repeat / 2) : repeat;
                double Time(Action run) => time(run, r);
                var direct = (double)n * k <= 1L << 31 ? Time(() => Convolve.Fast.Apply(a, b, ConvolutionMode.Full, Method.Direct)) : double.NaN;
                var fft = Time(() => Convolve.Fast.Apply(a, b, ConvolutionMode.Full, Method.Fft));
                var oa = Time(() => Convolve.Fast.OverlapAdd(a, b, ConvolutionMode.Full, null));
                var auto = Time(() => Convolve.Fast.Apply(a, b, ConvolutionMode.Full, Method.Auto));
                var choice = CostModel.Choose([n], [k], ConvolutionMode.Full) switch
                {
                    Method.Direct => "direct",
                    Method.Fft => "fft",
                    _ => "overlap-add",
                };
                points.Add(new SweepPoint(n, k, direct, fft, oa, auto, choice));
            }
        return points;
    }

    /// <summary>A log-log SVG of the sweep: one polyline per method, auto's choice marked, reference slopes n² and n log n.</summary>
    public static string Svg(IReadOnlyList<SweepPoint> points)
    {
        const double W = 760, H = 480, L = 70, R = 170, T = 30, B = 50;
        var xs = points.Select(p => Math.Log10(p.N)).ToArray();
        var all = points.SelectMany(p => new[] { p.Direct, p.Fft, p.OverlapAdd, p.Auto }).Where(v => v > 0 && double.IsFinite(v)).ToArray();
        var (x0, x1) = (Math.Floor(xs.Min()), Math.Ceiling(xs.Max()));
        var (y0, y1) = (Math.Floor(Math.Log10(all.Min())), Math.Ceiling(Math.Log10(all.Max())));
        double X(double n) => L + (Math.Log10(n) - x0) / (x1 - x0) * (W - L - R);
        double Y(double ms) => H - B - (Math.Log10(ms) - y0) / (y1 - y0) * (H - T - B);
        string F(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);
        var svg = new StringBuilder();
        svg.AppendLine($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{W}\" height=\"{H}\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.AppendLine($"<rect width=\"{W}\" height=\"{H}\" fill=\"white\"/>");
        for (var e = x0; e <= x1; e++)
            svg.AppendLine($"<line x1=\"{F(X(Math.Pow(10, e)))}\" y1=\"{T}\" x2=\"{F(X(Math.Pow(10, e)))}\" y2=\"{H - B}\" stroke=\"#ddd\"/><text x=\"{F(X(Math.Pow(10, e)))}\" y=\"{H - B + 18}\" text-anchor=\"middle\">1e{e}</text>");
        for (var e = y0; e <= y1; e++)
            svg.AppendLine($"<line x1=\"{L}\" y1=\"{F(Y(Math.Pow(10, e)))}\" x2=\"{W - R}\" y2=\"{F(Y(Math.Pow(10, e)))}\" stroke=\"#ddd\"/><text x=\"{L - 6}\" y=\"{F(Y(Math.Pow(10, e)) + 4)}\" text-anchor=\"end\">1e{e} ms</text>");
        svg.AppendLine($"<text x=\"{(W - R + L) / 2}\" y=\"{H - 12}\" text-anchor=\"middle\">n (signal length; kernel n/8), log scale</text>");
        svg.AppendLine($"<text x=\"{(W - R + L) / 2}\" y=\"18\" text-anchor=\"middle\">1-D full convolution, float64: time per method (median)</text>");
        var series = new (string Name, string Color, Func<SweepPoint, double> Value)[]
        {
            ("direct O(n k)", "#d62728", p => p.Direct), ("FFT O(n log n)", "#1f77b4", p => p.Fft),
            ("overlap-add", "#2ca02c", p => p.OverlapAdd), ("auto", "#000000", p => p.Auto),
        };
        for (var s = 0; s < series.Length; s++)
        {
            var pts = points.Where(p => series[s].Value(p) > 0 && double.IsFinite(series[s].Value(p))).Select(p => $"{F(X(p.N))},{F(Y(series[s].Value(p)))}");
            var dash = series[s].Name == "auto" ? " stroke-dasharray=\"5,3\"" : "";
            svg.AppendLine($"<polyline fill=\"none\" stroke=\"{series[s].Color}\" stroke-width=\"2\"{dash} points=\"{string.Join(' ', pts)}\"/>");
            svg.AppendLine($"<line x1=\"{W - R + 10}\" y1=\"{T + 20 * s + 10}\" x2=\"{W - R + 35}\" y2=\"{T + 20 * s + 10}\" stroke=\"{series[s].Color}\" stroke-width=\"2\"{dash}/><text x=\"{W - R + 40}\" y=\"{T + 20 * s + 14}\">{series[s].Name}</text>");
        }
        foreach (var p in points)
        {
            var color = p.Choice == "direct" ? "#d62728" : p.Choice == "fft" ? "#1f77b4" : "#2ca02c";
            svg.AppendLine($"<circle cx=\"{F(X(p.N))}\" cy=\"{F(Y(p.Auto))}\" r=\"4\" fill=\"{color}\" stroke=\"black\" stroke-width=\"0.5\"/>");
        }
        svg.AppendLine($"<text x=\"{W - R + 10}\" y=\"{T + 100}\">dots: auto's choice</text>");
        var switches = points.Zip(points.Skip(1)).Where(t => t.First.Choice != t.Second.Choice);
        foreach (var (a, b) in switches)
        {
            var x = (X(a.N) + X(b.N)) / 2;
            svg.AppendLine($"<line x1=\"{F(x)}\" y1=\"{T}\" x2=\"{F(x)}\" y2=\"{H - B}\" stroke=\"#888\" stroke-dasharray=\"2,3\"/><text x=\"{F(x + 3)}\" y=\"{T + 12}\" fill=\"#555\">{a.Choice}→{b.Choice}</text>");
        }
        svg.AppendLine("</svg>");
        return svg.ToString();
    }
}
