using System.Numerics;
using ConvSpec.Convolution;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Toeplitz;

namespace ConvSpec.Cli.Explain;

/// <summary>
/// The step-by-step text of <c>convspec explain doubly-block-toeplitz</c>, laid out as the notes lay it out:
/// f and h, the padded h, the blocks H_i, the block layout of H, H itself, vec(f), g = H vec(f) and g reshaped.
/// </summary>
public static class DoublyBlockToeplitzExplainer
{
    /// <summary>Writes the construction for a 2-D image f and kernel h.</summary>
    public static void Write<T>(TextWriter output, NdArray<T> f, NdArray<T> h, ConvolutionMode mode)
        where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
    {
        var (m1, n1, m2, n2) = (f.Shape[0], f.Shape[1], h.Shape[0], h.Shape[1]);
        var (p0, p1) = (m1 + m2 - 1, n1 + n2 - 1);
        MatrixText.Write(output, $"f [m,n]  (M1 x N1 = {m1} x {n1}):", f);
        MatrixText.Write(output, $"h [m,n]  (M2 x N2 = {m2} x {n2}):", h);
        output.WriteLine($"The full result has size (M1+M2-1) x (N1+N2-1) = {p0} x {p1}.");
        var windows = DoublyBlockToeplitz.Spec.Windows(h, f.Shape, mode);
        if (mode != ConvolutionMode.Full)
            output.WriteLine($"Mode {mode.Name()} keeps {windows[0].Length} x {windows[1].Length} of it, starting at row {windows[0].Start}, column {windows[1].Start} "
                + "(the centred crop of scipy.signal.convolve2d).");
        var padded = NdArray<T>.Create([p0, p1], i => i[0] < m2 && i[1] < n2 ? h[i] : T.AdditiveIdentity);
        MatrixText.Write(output, $"Firstly, h is zero-padded to {p0} x {p1} (the size of the full result):", padded);
        var blocks = DoublyBlockToeplitz.Spec.Blocks(h, f.Shape, mode);
        output.WriteLine($"For each row of the padded h, a Toeplitz matrix with {n1} columns (the number of columns of f) is constructed"
            + (mode == ConvolutionMode.Full ? ":" : $", keeping its rows {windows[1].Start}..{windows[1].Start + windows[1].Length - 1}:"));
        for (var q = 0; q < blocks.Length; q++)
            MatrixText.Write(output, $"  H{q + 1} =" + (q >= m2 ? "  (a row of zero padding)" : ""), blocks[q]);
        output.WriteLine($"Using H1..H{blocks.Length} as elements, H is a Toeplitz matrix of blocks with {m1} block columns (the number of rows of f)"
            + (mode == ConvolutionMode.Full ? ":" : $", keeping block rows {windows[0].Start}..{windows[0].Start + windows[0].Length - 1}:"));
        WriteLayout(output, windows[0], m1, blocks.Length, mode == ConvolutionMode.Full ? "" : $"{windows[0].Start} + ");
        var matrix = DoublyBlockToeplitz.Spec.Of(h, f.Shape, mode);
        var (blockRows, blockCols) = (windows[1].Length, n1);
        MatrixText.Write(output, $"  H ({matrix.Shape[0]} x {matrix.Shape[1]}) =", matrix, blockRows, blockCols);
        output.WriteLine($"vec(f), the rows of f stacked: {MatrixText.Column(f.Data, n1)}");
        var g = MatrixProduct.Spec.Times(matrix, f.Data);
        output.WriteLine("g = H vec(f) =");
        MatrixText.WriteProduct(output, matrix, f.Data, g, blockRows, blockCols);
        var outShape = windows.Select(w => w.Length).ToArray();
        MatrixText.Write(output, $"g reshaped to {outShape[0]} x {outShape[1]}, row by row:", new NdArray<T>(outShape, g));
        MatrixText.Write(output, $"check: scipy.signal.convolve2d(f, h, '{mode.Name()}') =", Convolve.Spec.Apply(f, h, mode));
    }

    /// <summary>
    /// The block pattern: block (r, c) is H_{s+r−c+1}, or 0 outside 1..P; the notes' wrapped index ((s + r − c) mod P) + 1
    /// lands in the padded rows M2 + 1..P there, since −(M1 − 1) ≤ s + r − c &lt; 0 and P − (M1 − 1) = M2.
    /// <paramref name="start"/> is "s + " as printed ("" for full, where s = 0).
    /// </summary>
    private static void WriteLayout(TextWriter output, (int Length, int Start) window, int blockColumns, int blockCount, string start)
    {
        var width = $"H{blockCount}".Length;
        for (var r = 0; r < window.Length; r++)
        {
            var cells = Enumerable.Range(0, blockColumns).Select(c =>
            {
                var q = window.Start + r - c; // q ≤ s + L − 1 ≤ P − 1, since s = ⌊(P − L)/2⌋ ≤ P − L: only q < 0 is outside 1..P
                return (q >= 0 ? $"H{q + 1}" : "0").PadRight(width);
            });
            output.WriteLine($"    | {string.Join(" ", cells)} |");
        }
        if (Enumerable.Range(0, window.Length).Any(r => window.Start + r - (blockColumns - 1) < 0))
            output.WriteLine($"  (0 is the zero block; the notes write H_((({start}r - c) mod {blockCount}) + 1) there, which wraps into the zero padding.)");
    }
}
