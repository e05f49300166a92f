using System.Globalization;
using ConvSpec.Tensors;

namespace ConvSpec.Cli.Explain;

/// <summary>Plain-text layout of small matrices and vectors, right-aligned in columns, as the notes print them.</summary>
public static class MatrixText
{
    /// <summary>The invariant text of one value.</summary>
    public static string Of<T>(T value) => string.Format(CultureInfo.InvariantCulture, "{0}", value);

    /// <summary>
    /// The rows of <paramref name="m"/>, each "| a b c |", with a "|" between column blocks of <paramref name="blockCols"/>
    /// and a blank separator line between row blocks of <paramref name="blockRows"/> (0: no blocks).
    /// </summary>
    public static IEnumerable<string> Rows<T>(NdArray<T> m, int blockRows = 0, int blockCols = 0)
    {
        var width = m.Data.Length == 0 ? 1 : m.Data.Max(v => Of(v).Length);
        for (var i = 0; i < m.Shape[0]; i++)
        {
            if (blockRows > 0 && i > 0 && i % blockRows == 0) yield return "";
            var cells = Enumerable.Range(0, m.Shape[1]).Select(j =>
                (blockCols > 0 && j > 0 && j % blockCols == 0 ? "| " : "") + Of(m[i, j]).PadLeft(width));
            yield return "| " + string.Join(" ", cells) + " |";
        }
    }

    /// <summary>Writes <paramref name="title"/> and the matrix indented under it.</summary>
    public static void Write<T>(TextWriter output, string title, NdArray<T> m, int blockRows = 0, int blockCols = 0)
    {
        output.WriteLine(title);
        foreach (var row in Rows(m, blockRows, blockCols)) output.WriteLine(row.Length == 0 ? "" : "    " + row);
    }

    /// <summary>A vector as a column, cut into groups of <paramref name="group"/> with "|" between: (2 5 3 | 1 4 1)ᵀ.</summary>
    public static string Column<T>(IReadOnlyList<T> v, int group) =>
        "(" + string.Join(" | ", Enumerable.Range(0, (v.Count + group - 1) / group)
            .Select(g => string.Join(" ", v.Skip(g * group).Take(group).Select(Of)))) + ")ᵀ";

    /// <summary>
    /// The product A x = y laid out side by side: each row of A, then x's entry, then y's entry, with " x " and " = " on
    /// the middle row of A and blank lines between row blocks. x has one entry per column of A, so where A has fewer
    /// rows than columns x's last entries take lines of their own below A.
    /// </summary>
    public static void WriteProduct<T>(TextWriter output, NdArray<T> a, IReadOnlyList<T> x, IReadOnlyList<T> y, int blockRows = 0, int blockCols = 0)
    {
        var rows = Rows(a, blockRows, blockCols).ToList();
        var blank = new string(' ', rows[0].Length);
        var xWidth = x.Max(v => Of(v).Length);
        var yWidth = y.Max(v => Of(v).Length);
        var filled = Enumerable.Range(0, rows.Count).Where(i => rows[i].Length > 0).ToList();
        var middle = filled[filled.Count / 2];
        var lines = rows.Count + Math.Max(0, x.Count - filled.Count); // x's entries past A's last row take lines below A
        var (xi, yi) = (0, 0);
        for (var r = 0; r < lines; r++)
        {
            var row = r < rows.Count ? rows[r] : "";
            var isSeparator = r < rows.Count && row.Length == 0;
            var xText = !isSeparator && xi < x.Count ? $"| {Of(x[xi++]).PadLeft(xWidth)} |" : new string(' ', xWidth + 4);
            var yText = !isSeparator && yi < y.Count ? $"| {Of(y[yi++]).PadLeft(yWidth)} |" : "";
            var (times, equals) = r == middle ? (" x ", " = ") : ("   ", "   ");
            output.WriteLine(("    " + (row.Length > 0 ? row : blank) + times + xText + equals + yText).TrimEnd());
        }
    }
}
