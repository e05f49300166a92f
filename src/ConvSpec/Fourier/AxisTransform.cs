using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ConvSpec.Fourier;

/// <summary>
/// DFTs along one axis of a row-major N-D array held as split re/im arrays. The lines along the axis are
/// gathered P at a time into a panel [q + P·j] (a transpose when the axis is the last), transformed as a batch
/// (the q loop then runs in full vector lanes), and scattered back. Panels are sized to stay in cache and run
/// in parallel when the work is large.
/// </summary>
internal static class AxisTransform
{
    private const int PanelBudget = 1 << 16;

    /// <summary>Set on threads that already run one of several transforms in parallel: they do not fork again.</summary>
    [ThreadStatic] internal static bool Serial;

    /// <summary>Lines along an axis: count, and the offset of line ℓ's first element and the stride.</summary>
    private readonly record struct Lines(int Count, int Inner, int Extent)
    {
        public static Lines Of(int[] dims, int axis)
        {
            var (outer, inner) = (1, 1);
            for (var d = 0; d < axis; d++) outer *= dims[d];
            for (var d = axis + 1; d < dims.Length; d++) inner *= dims[d];
            return new Lines(outer * inner, inner, dims[axis]);
        }

        public int Base(int line) => line / Inner * Extent * Inner + line % Inner;
    }

    private static int PanelWidth(int n, int lines)
    {
        // Stryker disable once Arithmetic,Linq : only the panel width p ∈ [1, 16] moves (n ≥ 1 at every caller, so Max(n, 1) = n), and every line's transform is the same bits in any batch
        var p = Math.Clamp(PanelBudget / Math.Max(n, 1), 1, 16);
        // Rounded down to whole lanes; a panel narrower than one lane (p % p = 0) is left as it is.
        // Stryker disable once Assignment : -= to += only widens a panel (p stays ≥ 1 and its buffers are sized n·p), and every line's transform is the same bits in any batch
        p -= p % Math.Min(p, Lanes.Width);
        // Stryker disable once Linq : Max only widens the one panel past the lines (its buffers are sized n·p and it transforms lines first..lines − 1), the same bits
        return Math.Min(p, lines);
    }

    /// <summary>
    /// Runs <paramref name="body"/>(first, count, buffers) on the panels of <paramref name="p"/> lines of length
    /// <paramref name="n"/>; on one thread when the work n·lines is small, else in parallel. Panels hold disjoint lines
    /// and the body writes only its own, so the schedule changes no output.
    /// </summary>
    private static void ForEachPanel(int lines, int n, int p, Action<int, int, double[][]> body, int buffers, int bufferLength)
    {
        // Stryker disable once Arithmetic : work only picks one thread or many, and panels are disjoint, so no schedule changes an output
        var work = (long)n * lines;
        var panels = (lines + p - 1) / p;
        double[][] Rent() { var b = new double[buffers][]; for (var i = 0; i < buffers; i++) b[i] = ArrayPool<double>.Shared.Rent(bufferLength); return b; }
        // Stryker disable once Statement,Block : returning only lets a later Rent reuse the arrays, and every body writes each buffer element before it reads it
        void Return(double[][] b) { foreach (var a in b) ArrayPool<double>.Shared.Return(a); }
        // Stryker disable once Logical,Boolean,Equality,Bitwise : one thread or Parallel.For over the same panels: each writes only its own lines, from buffers it writes before it reads, so no schedule changes a bit
        if (work < 1 << 16 || panels == 1 || Serial)
        {
            var b = Rent();
            for (var i = 0; i < panels; i++) body(i * p, Math.Min(p, lines - i * p), b);
            // Stryker disable once Statement : returning only lets a later Rent reuse the arrays, and every body writes each buffer element before it reads it
            Return(b);
            return;
        }
        Parallel.For(0, panels, Rent, (i, _, b) => { body(i * p, Math.Min(p, lines - i * p), b); return b; }, Return);
    }

    /// <summary>The DFT (or n times the inverse DFT) along <paramref name="axis"/>, in place.</summary>
    public static void Complex(double[] re, double[] im, int[] dims, int axis, bool inverse)
    {
        var lines = Lines.Of(dims, axis);
        var n = lines.Extent;
        // The DFT of length 1 is the identity: such an axis is left as it is.
        if (n != 1)
        {
            var p = PanelWidth(n, lines.Count);
            var plan = FftPlan.Of(n);
            ForEachPanel(lines.Count, n, p, (first, count, b) =>
            {
                var (pr, pi, wr, wi) = (b[0], b[1], b[2], b[3]);
                Gather(re, lines, first, count, pr);
                Gather(im, lines, first, count, pi);
                if (inverse) plan.InverseUnscaled(pr, pi, count, wr, wi); else plan.Forward(pr, pi, count, wr, wi);
                Scatter(pr, lines, first, count, re);
                Scatter(pi, lines, first, count, im);
            }, 4, n * p);
        }
    }

    /// <summary>X_k, k ≤ n/2, along <paramref name="axis"/> of real x (n even) into re/im of extent n/2 + 1 there.</summary>
    public static void RealForward(double[] x, int[] dims, int axis, double[] re, double[] im)
    {
        var lines = Lines.Of(dims, axis);
        var n = lines.Extent;
        var outDims = (int[])dims.Clone();
        outDims[axis] = n / 2 + 1;
        var outLines = Lines.Of(outDims, axis);
        var p = PanelWidth(n, lines.Count);
        ForEachPanel(lines.Count, n, p, (first, count, b) =>
        {
            Gather(x, lines, first, count, b[0]);
            // A panel of zero lines has a zero spectrum, which re and im (zeroed by the caller) already hold.
            if (!AllZero(b[0], n * count))
            {
                RealFft.Forward(b[0], n, count, b[1], b[2], b[3], b[4]);
                Scatter(b[1], outLines, first, count, re);
                Scatter(b[2], outLines, first, count, im);
            }
        }, 5, (n + 2) * p);
    }

    /// <summary>n·x along <paramref name="axis"/> from X_k (k ≤ n/2, extent n/2 + 1 in <paramref name="dims"/>) into real x of extent n.</summary>
    public static void RealInverse(double[] re, double[] im, int[] dims, int axis, int n, double[] x)
    {
        var lines = Lines.Of(dims, axis);
        var realDims = (int[])dims.Clone();
        realDims[axis] = n;
        var outLines = Lines.Of(realDims, axis);
        var p = PanelWidth(n, lines.Count);
        ForEachPanel(lines.Count, n, p, (first, count, b) =>
        {
            Gather(re, lines, first, count, b[1]);
            Gather(im, lines, first, count, b[2]);
            RealFft.InverseUnscaled(b[1], b[2], n, count, b[0], b[3], b[4]);
            Scatter(b[0], outLines, first, count, x);
        }, 5, (n + 2) * p);
    }

    /// <summary>panel[q + count·j] = source[base(first + q) + j·inner]: row by row, a block copy when the lines are adjacent.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void Gather(double[] source, Lines lines, int first, int count, double[] panel)
    {
        if (lines.Inner == 1)
        {
            // Lines along the last axis: each is contiguous; one line is a plain copy, several a transpose.
            if (count == 1) source.AsSpan(lines.Base(first), lines.Extent).CopyTo(panel);
            else
                for (var q = 0; q < count; q++)
                {
                    var at = lines.Base(first + q);
                    for (var j = 0; j < lines.Extent; j++) panel[q + count * j] = source[at + j];
                }
        }
        else
        {
            var bases = Bases(lines, first, count);
            var adjacent = Adjacent(bases);
            ref var src = ref MemoryMarshal.GetArrayDataReference(source);
            for (var j = 0; j < lines.Extent; j++)
            {
                var (row, at) = (count * j, j * lines.Inner);
                if (adjacent) source.AsSpan(bases[0] + at, count).CopyTo(panel.AsSpan(row, count));
                else
                    for (var q = 0; q < count; q++) panel[row + q] = Unsafe.Add(ref src, bases[q] + at);
            }
        }
    }

    /// <summary>target[base(first + q) + j·inner] = panel[q + count·j], the inverse of <see cref="Gather"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void Scatter(double[] panel, Lines lines, int first, int count, double[] target)
    {
        if (lines.Inner == 1)
        {
            if (count == 1) panel.AsSpan(0, lines.Extent).CopyTo(target.AsSpan(lines.Base(first), lines.Extent));
            else
                for (var q = 0; q < count; q++)
                {
                    var at = lines.Base(first + q);
                    for (var j = 0; j < lines.Extent; j++) target[at + j] = panel[q + count * j];
                }
        }
        else
        {
            var bases = Bases(lines, first, count);
            var adjacent = Adjacent(bases);
            ref var dst = ref MemoryMarshal.GetArrayDataReference(target);
            for (var j = 0; j < lines.Extent; j++)
            {
                var (row, at) = (count * j, j * lines.Inner);
                if (adjacent) panel.AsSpan(row, count).CopyTo(target.AsSpan(bases[0] + at, count));
                else
                    for (var q = 0; q < count; q++) Unsafe.Add(ref dst, bases[q] + at) = panel[row + q];
            }
        }
    }

    /// <summary>
    /// True when the lines start at consecutive offsets, so that each row of the panel is one block copy. The bases
    /// increase by at least 1 from line to line, so last − first ≥ count − 1, with equality exactly then.
    /// </summary>
    private static bool Adjacent(int[] bases)
    {
        // Stryker disable once Arithmetic : last + first ≥ 2·first + count − 1, so "= count − 1" holds only for adjacent bases from 0; the mutant sends the other adjacent panels to the element loop, which copies the same values
        var span = bases[^1] - bases[0];
        return span == bases.Length - 1;
    }

    private static int[] Bases(Lines lines, int first, int count)
    {
        var bases = new int[count];
        for (var q = 0; q < count; q++) bases[q] = lines.Base(first + q);
        return bases;
    }

    /// <summary>True when the first <paramref name="length"/> values are all zero (a zero line transforms to zero).</summary>
    private static bool AllZero(double[] x, int length) => !x.AsSpan(0, length).ContainsAnyExcept(0.0);
}
