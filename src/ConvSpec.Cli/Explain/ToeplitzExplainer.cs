using System.Numerics;
using ConvSpec.Convolution;
using ConvSpec.Correlation;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Toeplitz;

namespace ConvSpec.Cli.Explain;

/// <summary>The step-by-step text of <c>convspec explain toeplitz</c>: kernel, padded column, T, and T x beside the direct result.</summary>
public static class ToeplitzExplainer
{
    /// <summary>Writes the construction of T(h) for an input x, and the product T x.</summary>
    public static void Write<T>(TextWriter output, T[] h, T[] x, ConvolutionMode mode, ToeplitzKind kind)
        where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
    {
        var (m, n) = (h.Length, x.Length);
        var (rows, start) = ToeplitzMatrix.Spec.Window(m, n, mode);
        var name = kind == ToeplitzKind.Convolution ? "convolution" : "correlation";
        output.WriteLine($"Toeplitz {name} matrix of a 1-D kernel (scipy.linalg.convolution_matrix semantics)");
        output.WriteLine($"  kernel h = [{string.Join(", ", h.Select(MatrixText.Of))}]   (m = {m})");
        output.WriteLine($"  input  x = [{string.Join(", ", x.Select(MatrixText.Of))}]   (n = {n})");
        var (g, gName) = (h, "h");
        if (kind == ToeplitzKind.Correlation)
        {
            (g, gName) = (h.Reverse().Select(Arithmetic.Conjugation.Of).ToArray(), "g");
            output.WriteLine($"  correlation is convolution with the reversed, conjugated kernel g = [{string.Join(", ", g.Select(MatrixText.Of))}]");
        }
        var padded = Enumerable.Range(0, m + n - 1).Select(i => i < m ? g[i] : T.AdditiveIdentity).ToArray();
        output.WriteLine($"  zero-padded to the full length m + n - 1 = {m + n - 1}, it is the first column of the full matrix:");
        output.WriteLine($"    [{string.Join(", ", padded.Select(MatrixText.Of))}]");
        output.WriteLine(mode == ConvolutionMode.Full
            ? $"  mode full keeps all {rows} rows: T[r,c] = {gName}[r - c] (zero outside {gName})"
            : $"  mode {mode.Name()} keeps {rows} rows of full starting at row s = {start}: T[r,c] = {gName}[{start} + r - c] (zero outside {gName})");
        var t = ToeplitzMatrix.Spec.Of(h, n, mode, kind);
        MatrixText.Write(output, $"  T ({rows} x {n}) =", t);
        var y = MatrixProduct.Spec.Times(t, x);
        output.WriteLine("  T x =");
        MatrixText.WriteProduct(output, t, x, y);
        // convolution_matrix's defining identity: T x = numpy.convolve(g, x, mode), the longer input first.
        var direct = Convolve.Spec.Apply(m >= n ? g : x, m >= n ? x : g, mode);
        output.WriteLine($"  check: numpy.convolve({gName}, x, '{mode.Name()}') = [{string.Join(", ", direct.Select(MatrixText.Of))}]");
        if (kind == ToeplitzKind.Correlation && (mode != ConvolutionMode.Same || m <= n))
            output.WriteLine($"         scipy.signal.correlate(x, h, '{mode.Name()}') = [{string.Join(", ", Correlate.Spec.Apply(x, h, mode).Select(MatrixText.Of))}]");
    }
}
