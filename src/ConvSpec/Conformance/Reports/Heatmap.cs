using System.Globalization;
using System.Net;
using System.Text;

namespace ConvSpec.Conformance.Reports;

/// <summary>
/// A 2-D array drawn as an SVG heatmap: a diverging scale, blue (negative) through white (0) to red
/// (positive), symmetric about 0 with the largest finite |value| at full colour; NaN grey, ±∞ black.
/// Grids up to 16×16 print each value in its cell; an optional highlighted cell (the first difference) is outlined.
/// </summary>
public static class Heatmap
{
    /// <summary>The SVG text of <paramref name="values"/> under <paramref name="title"/>.</summary>
    public static string Svg(string title, double[,] values, int[]? highlight = null)
    {
        var (rows, cols) = (values.GetLength(0), values.GetLength(1));
        var cell = Math.Clamp(480 / Math.Max(1, Math.Max(rows, cols)), 4, 40);
        var labels = rows <= 16 && cols <= 16;
        var scale = 0.0;
        foreach (var v in values) if (double.IsFinite(v)) scale = Math.Max(scale, Math.Abs(v));
        var (width, height) = (Math.Max(cols * cell + 2, 7 * (title.Length + 14)), rows * cell + 22);
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"monospace\">");
        s.Append(CultureInfo.InvariantCulture, $"<text x=\"1\" y=\"14\" font-size=\"12\">{WebUtility.HtmlEncode(title)} (±{Format(scale)})</text>");
        for (var i = 0; i < rows; i++)
        for (var j = 0; j < cols; j++)
        {
            var v = values[i, j];
            var (x, y) = (1 + j * cell, 20 + i * cell);
            s.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"{cell}\" height=\"{cell}\" fill=\"{Colour(v, scale)}\" stroke=\"#ccc\" stroke-width=\"0.5\"><title>[{i}, {j}] = {Format(v)}</title></rect>");
            // labels are drawn only up to 16 × 16, where cell = min(40, 480 / 16) ≥ 30, so a 10-unit font fits (≤ cell / 3)
            if (labels)
                s.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + cell / 2}\" y=\"{y + cell / 2 + 3}\" font-size=\"10\" text-anchor=\"middle\">{WebUtility.HtmlEncode(Short(v))}</text>");
        }
        if (highlight is [var hi, var hj])
            s.Append(CultureInfo.InvariantCulture, $"<rect x=\"{1 + hj * cell}\" y=\"{20 + hi * cell}\" width=\"{cell}\" height=\"{cell}\" fill=\"none\" stroke=\"#000\" stroke-width=\"2\"><title>first difference [{hi}, {hj}]</title></rect>");
        s.Append("</svg>");
        return s.ToString();
    }

    /// <summary>The fill colour of <paramref name="v"/> on the scale ±<paramref name="scale"/>.</summary>
    public static string Colour(double v, double scale)
    {
        if (double.IsNaN(v)) return "#999999";
        if (double.IsInfinity(v)) return "#000000";
        var t = scale == 0 ? 0 : Math.Clamp(v / scale, -1, 1);
        var fade = (int)Math.Round(255 * (1 - Math.Abs(t)));
        // Stryker disable once Equality : t >= 0 and t > 0 differ only at t = 0 (or −0), where fade = 255 and both arms give #ffffff
        return t >= 0 ? $"#ff{fade:x2}{fade:x2}" : $"#{fade:x2}{fade:x2}ff";
    }

    private static string Format(double v) => v.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>A cell's label: ∞ or -∞, else 3 significant digits (NaN prints as NaN).</summary>
    private static string Short(double v) =>
        double.IsPositiveInfinity(v) ? "∞" : double.IsNegativeInfinity(v) ? "-∞" : v.ToString("G3", CultureInfo.InvariantCulture);
}
