using System.Text.RegularExpressions;
using ConvSpec.Conformance.Reports;

namespace ConvSpec.SpecTests.Conformance.Reports;

/// <summary>
/// The heatmap's geometry and labels: cell = clamp(480 / max(1, rows, cols), 4, 40); width = max(cols·cell + 2,
/// 7·(|title| + 14)), height = rows·cell + 22; values printed in the cells only when rows ≤ 16 and cols ≤ 16.
/// </summary>
public class HeatmapLayoutExamples
{
    private static (int Width, int Height) Size(string svg)
    {
        var m = Regex.Match(svg, "^<svg [^>]*width=\"(\\d+)\" height=\"(\\d+)\"");
        return (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value));
    }

    private static string[] Labels(string svg) =>
        Regex.Matches(svg, "text-anchor=\"middle\">([^<]*)</text>").Select(m => m.Groups[1].Value).ToArray();

    [Fact]
    public void A_20_by_20_grid_has_24_unit_cells_and_is_482_by_502()
    {
        // cell = 480 / 20 = 24; width = max(20·24 + 2, 7·(1 + 14)) = max(482, 105); height = 20·24 + 22.
        Assert.Equal((482, 502), Size(Heatmap.Svg("t", new double[20, 20])));
    }

    [Fact]
    public void A_one_row_grid_takes_its_cell_size_from_the_longer_side()
    {
        // cell = 480 / max(1, 20) = 24: width 20·24 + 2 = 482, height 1·24 + 22 = 46; 20 × 1 likewise 105 wide (the title's floor), 502 high.
        Assert.Equal((482, 46), Size(Heatmap.Svg("t", new double[1, 20])));
        Assert.Equal((105, 502), Size(Heatmap.Svg("t", new double[20, 1])));
    }

    [Fact]
    public void Grids_up_to_16_by_16_are_labelled_and_a_17th_row_or_column_drops_the_labels()
    {
        Assert.Equal(256, Labels(Heatmap.Svg("t", new double[16, 16])).Length);
        Assert.Empty(Labels(Heatmap.Svg("t", new double[17, 1])));
        Assert.Empty(Labels(Heatmap.Svg("t", new double[1, 17])));
    }

    [Fact]
    public void Labels_read_infinity_minus_infinity_NaN_and_three_digits_and_the_title_six()
    {
        var svg = Heatmap.Svg("t", new double[,] { { double.PositiveInfinity, double.NegativeInfinity, double.NaN, 1.0 / 3 } });
        Assert.Equal(["∞", "-∞", "NaN", "0.333"], Labels(svg));
        Assert.Contains(">t (±0.333333)</text>", svg);
        Assert.Contains("<title>[0, 3] = 0.333333</title>", svg);
        Assert.Contains("font-size=\"10\" text-anchor", svg);
    }
}
