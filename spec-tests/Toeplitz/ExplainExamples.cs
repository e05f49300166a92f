using ConvSpec.Cli.Explain;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Toeplitz;

namespace ConvSpec.SpecTests.Toeplitz;

/// <summary>The text of <c>convspec explain</c> on the notes' example: the construction's steps, with the notes' numbers.</summary>
public class ExplainExamples
{
    private static string[] Lines(Action<TextWriter> write)
    {
        var text = new StringWriter();
        write(text);
        return text.ToString().Split('\n').Select(l => l.TrimEnd()).ToArray();
    }

    [Fact]
    public void Doubly_block_Toeplitz_explanation_of_the_notes_example()
    {
        var f = NdArray<long>.Matrix(new long[,] { { 2, 5, 3 }, { 1, 4, 1 } });
        var h = NdArray<long>.Matrix(new long[,] { { 1, 2 }, { 3, 4 } });
        var lines = Lines(w => DoublyBlockToeplitzExplainer.Write(w, f, h, ConvolutionMode.Full));
        string[] h1 = ["  H1 =", "    | 1 0 0 |", "    | 2 1 0 |", "    | 0 2 1 |", "    | 0 0 2 |"];
        Assert.Equal(h1, lines.SkipWhile(l => l != "  H1 =").Take(5));
        string[] h2 = ["  H2 =", "    | 3 0 0 |", "    | 4 3 0 |", "    | 0 4 3 |", "    | 0 0 4 |"];
        Assert.Equal(h2, lines.SkipWhile(l => l != "  H2 =").Take(5));
        Assert.Contains("  H3 =  (a row of zero padding)", lines);
        string[] layout = ["    | H1 0  |", "    | H2 H1 |", "    | H3 H2 |"];
        Assert.Equal(layout, lines.SkipWhile(l => !l.StartsWith("Using H1..H3")).Skip(1).Take(3));
        Assert.Contains("  H (12 x 6) =", lines);
        Assert.Contains("vec(f), the rows of f stacked: (2 5 3 | 1 4 1)ᵀ", lines);
        string[] g = ["g reshaped to 3 x 4, row by row:", "    |  2  9 13  6 |", "    |  7 29 38 14 |", "    |  3 16 19  4 |"];
        Assert.Equal(g, lines.SkipWhile(l => !l.StartsWith("g reshaped")).Take(4));
    }

    [Fact]
    public void Toeplitz_explanation_of_the_first_row_of_the_notes_example()
    {
        var lines = Lines(w => ToeplitzExplainer.Write(w, [1L, 2], [2L, 5, 3], ConvolutionMode.Full, ToeplitzKind.Convolution));
        string[] t = ["  T (4 x 3) =", "    | 1 0 0 |", "    | 2 1 0 |", "    | 0 2 1 |", "    | 0 0 2 |"];
        Assert.Equal(t, lines.SkipWhile(l => l != "  T (4 x 3) =").Take(5));
        Assert.Contains("  check: numpy.convolve(h, x, 'full') = [2, 9, 13, 6]", lines);
        Assert.Contains("    | 0 2 1 | x | 3 | = | 13 |", lines);
    }

    [Fact]
    public void Valid_mode_explanation_keeps_the_centre()
    {
        var f = NdArray<long>.Matrix(new long[,] { { 2, 5, 3 }, { 1, 4, 1 } });
        var h = NdArray<long>.Matrix(new long[,] { { 1, 2 }, { 3, 4 } });
        var lines = Lines(w => DoublyBlockToeplitzExplainer.Write(w, f, h, ConvolutionMode.Valid));
        string[] g = ["g reshaped to 1 x 2, row by row:", "    | 29 38 |"];
        Assert.Equal(g, lines.SkipWhile(l => !l.StartsWith("g reshaped")).Take(2));
    }
}
