using ConvSpec.Cli.Bench;

namespace ConvSpec.SpecTests.Cli;

/// <summary>
/// The sweep's log-log plot for three points n = 10, 100, 1000, whose times span 0.1 .. 100 ms, so that
/// X(n) = 70 + (log10 n − 1)/2 · 520 ∈ {70, 330, 590} and Y(ms) = 430 − (log10 ms + 1)/3 · 400 (1 ms → 296.7, 2 ms → 256.5).
/// A zero time (overlap-add at n = 10) and a skipped one (direct at n = 1000, NaN) are left out of the lines and the axes.
/// </summary>
public class SweepSvgExamples
{
    [Fact]
    public void Svg_draws_axes_a_polyline_per_method_auto_choice_dots_and_a_marker_at_each_switch_of_choice()
    {
        SweepPoint[] points =
        [
            new(10, 1, 0.1, 1, 0, 0.1, "direct"), new(100, 12, 10, 1, 2, 1, "fft"), new(1000, 125, double.NaN, 10, 100, 100, "overlap-add"),
        ];

        Assert.Equal(
            """
            <svg xmlns="http://www.w3.org/2000/svg" width="760" height="480" font-family="sans-serif" font-size="12">
            <rect width="760" height="480" fill="white"/>
            <line x1="70.0" y1="30" x2="70.0" y2="430" stroke="#ddd"/><text x="70.0" y="448" text-anchor="middle">1e1</text>
            <line x1="330.0" y1="30" x2="330.0" y2="430" stroke="#ddd"/><text x="330.0" y="448" text-anchor="middle">1e2</text>
            <line x1="590.0" y1="30" x2="590.0" y2="430" stroke="#ddd"/><text x="590.0" y="448" text-anchor="middle">1e3</text>
            <line x1="70" y1="430.0" x2="590" y2="430.0" stroke="#ddd"/><text x="64" y="434.0" text-anchor="end">1e-1 ms</text>
            <line x1="70" y1="296.7" x2="590" y2="296.7" stroke="#ddd"/><text x="64" y="300.7" text-anchor="end">1e0 ms</text>
            <line x1="70" y1="163.3" x2="590" y2="163.3" stroke="#ddd"/><text x="64" y="167.3" text-anchor="end">1e1 ms</text>
            <line x1="70" y1="30.0" x2="590" y2="30.0" stroke="#ddd"/><text x="64" y="34.0" text-anchor="end">1e2 ms</text>
            <text x="330" y="468" text-anchor="middle">n (signal length; kernel n/8), log scale</text>
            <text x="330" y="18" text-anchor="middle">1-D full convolution, float64: time per method (median)</text>
            <polyline fill="none" stroke="#d62728" stroke-width="2" points="70.0,430.0 330.0,163.3"/>
            <line x1="600" y1="40" x2="625" y2="40" stroke="#d62728" stroke-width="2"/><text x="630" y="44">direct O(n k)</text>
            <polyline fill="none" stroke="#1f77b4" stroke-width="2" points="70.0,296.7 330.0,296.7 590.0,163.3"/>
            <line x1="600" y1="60" x2="625" y2="60" stroke="#1f77b4" stroke-width="2"/><text x="630" y="64">FFT O(n log n)</text>
            <polyline fill="none" stroke="#2ca02c" stroke-width="2" points="330.0,256.5 590.0,30.0"/>
            <line x1="600" y1="80" x2="625" y2="80" stroke="#2ca02c" stroke-width="2"/><text x="630" y="84">overlap-add</text>
            <polyline fill="none" stroke="#000000" stroke-width="2" stroke-dasharray="5,3" points="70.0,430.0 330.0,296.7 590.0,30.0"/>
            <line x1="600" y1="100" x2="625" y2="100" stroke="#000000" stroke-width="2" stroke-dasharray="5,3"/><text x="630" y="104">auto</text>
            <circle cx="70.0" cy="430.0" r="4" fill="#d62728" stroke="black" stroke-width="0.5"/>
            <circle cx="330.0" cy="296.7" r="4" fill="#1f77b4" stroke="black" stroke-width="0.5"/>
            <circle cx="590.0" cy="30.0" r="4" fill="#2ca02c" stroke="black" stroke-width="0.5"/>
            <text x="600" y="130">dots: auto's choice</text>
            <line x1="200.0" y1="30" x2="200.0" y2="430" stroke="#888" stroke-dasharray="2,3"/><text x="203.0" y="42" fill="#555">direct→fft</text>
            <line x1="460.0" y1="30" x2="460.0" y2="430" stroke="#888" stroke-dasharray="2,3"/><text x="463.0" y="42" fill="#555">fft→overlap-add</text>
            </svg>

            """, Sweep.Svg(points));
    }
}
