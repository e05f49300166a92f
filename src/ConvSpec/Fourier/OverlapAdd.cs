using ConvSpec.Convolution;

namespace ConvSpec.Fourier;

/// <summary>
/// Overlap-add convolution of a large real input with a smaller kernel (every axis convolved): in1 is cut into
/// blocks of B_d, each block is convolved with the kernel by FFTs of length L_d ≥ B_d + n_d − 1 (the kernel's
/// spectrum computed once), and the block results, which overlap by n_d − 1, are added into the full output.
/// Blocks of equal index parity never overlap (B_d ≥ n_d − 1), so each parity class runs in parallel.
/// Cost O(|in1| · log L) instead of O(|in1| log |in1|); error as one FFT convolution of length L per block
/// (each output sums at most 2^rank block results: <see cref="Bounds.ErrorBound.OverlapAdd"/>).
/// </summary>
internal static class OverlapAdd
{
    /// <summary>The block FFT lengths L_d minimising blocks · L log L per axis, with B_d = L_d − n_d + 1 ≥ max(1, n_d − 1).</summary>
    public static int[] BlockDims(int[] dims1, int[] dims2)
    {
        var r = dims1.Length;
        var result = new int[r];
        for (var d = 0; d < r; d++)
        {
            var (m, n) = (dims1[d], dims2[d]);
            var length = m + n - 1; // one block: the whole full output along d
            var full = d == r - 1 ? FastLength.SmoothEven(length) : FastLength.Smooth(length);
            var (best, bestCost) = (full, Cost(full, m, n));
            // full comes first, so a candidate of equal cost (full itself, last in the range) does not replace it.
            foreach (var l in FastLength.SmoothBetween(Math.Max(2 * n - 1, n + 1), full, even: d == r - 1))
            {
                var c = Cost(l, m, n);
                if (c < bestCost) (best, bestCost) = (l, c);
            }
            result[d] = best;
        }
        return result;
    }

    private static double Cost(int l, int m, int n) => Math.Ceiling((double)m / (l - n + 1)) * Convolution.CostModel.FftUnits(l);

    /// <summary>The full real convolution of a (dims1) with b (dims2), every axis convolved, by overlap-add.</summary>
    public static double[] Real(double[] a, int[] dims1, double[] b, int[] dims2, int[] fftDims)
    {
        var r = dims1.Length;
        var axes = Enumerable.Range(0, r).ToArray();
        var block = fftDims.Select((l, d) => l - dims2[d] + 1).ToArray();
        var full = dims1.Select((m, d) => m + dims2[d] - 1).ToArray();
        var output = new double[full.Aggregate(1, (p, e) => checked(p * e))];
        var kernel = FftConvolution.RealSpectrum(Slab.Gather(b, dims2, dims2.Select((e, d) => Slab.Shifted(0, fftDims[d], e)).ToArray(), 0.0), fftDims, axes);
        var grid = dims1.Select((m, d) => (m + block[d] - 1) / block[d]).ToArray();
        var scale = 1.0 / fftDims.Aggregate(1.0, (p, e) => p * e);
        var fullStrides = Strides(full);
        var size = fftDims.Aggregate(1, (p, e) => p * e);
        var spectrum = kernel.Re.Length;
        for (var parity = 0; parity < 1 << r; parity++)
        {
            var blocks = Blocks(grid, parity);
            void Body(int[] g)
            {
                var serial = AxisTransform.Serial;
                // Stryker disable once Equality : one block's transforms on one thread or on both is a schedule: panels are disjoint and products elementwise, so no bit changes (mutation/equivalents.md)
                AxisTransform.Serial = blocks.Count > 1;
                try { Block(g); }
                finally { AxisTransform.Serial = serial; }
            }
            void Block(int[] g)
            {
                var pool = System.Buffers.ArrayPool<double>.Shared;
                var (x, re, im) = (pool.Rent(size), pool.Rent(spectrum), pool.Rent(spectrum));
                Array.Clear(re, 0, spectrum);
                Array.Clear(im, 0, spectrum);
                var start = g.Select((v, d) => v * block[d]).ToArray();
                if (r == 1)
                {
                    // One axis: the block is a copy and zeros (no index map of the block's length).
                    var length = Math.Min(block[0], dims1[0] - start[0]);
                    Array.Copy(a, start[0], x, 0, length);
                    Array.Clear(x, length, fftDims[0] - length);
                }
                else Slab.GatherInto(a, dims1, start.Select((s, d) => BlockMap(s, block[d], fftDims[d], dims1[d])).ToArray(), 0.0, x);
                var cdims = FftConvolution.RealSpectrumInto(x, fftDims, axes, re, im);
                Spectra.MultiplyScaled(re, im, kernel.Re, kernel.Im, scale);
                for (var d = 0; d < r - 1; d++) AxisTransform.Complex(re, im, cdims, d, inverse: true);
                AxisTransform.RealInverse(re, im, cdims, r - 1, fftDims[r - 1], x);
                AddInto(output, full, fullStrides, x, fftDims, start);
                // Stryker disable once Statement,Block : returning only lets a later Rent reuse the arrays, and Block clears or writes each element it reads
                foreach (var used in (double[][])[x, re, im]) pool.Return(used);
            }
            if (blocks.Count == 1) Body(blocks[0]);
            else Parallel.ForEach(blocks, Body);
        }
        return output;
    }

    /// <summary>The block's index map on one axis: start + i for i &lt; block inside the input, −1 (zero) elsewhere.</summary>
    private static int[] BlockMap(int start, int block, int length, int extent)
    {
        var map = new int[length];
        for (var i = 0; i < length; i++) map[i] = i < block && start + i < extent ? start + i : -1;
        return map;
    }

    private static List<int[]> Blocks(int[] grid, int parity)
    {
        var list = new List<int[]>();
        var index = new int[grid.Length];
        var total = grid.Aggregate(1, (p, e) => p * e);
        for (var n = 0; n < total; n++)
        {
            var ok = true;
            for (var d = 0; d < grid.Length; d++) ok &= ((index[d] & 1) << d) == (parity & (1 << d));
            if (ok) list.Add((int[])index.Clone());
            for (var d = grid.Length - 1; d >= 0; d--)
            {
                if (++index[d] < grid[d]) break;
                index[d] = 0;
            }
        }
        return list;
    }

    private static int[] Strides(int[] dims)
    {
        var s = new int[dims.Length];
        s[^1] = 1;
        for (var d = dims.Length - 2; d >= 0; d--) s[d] = s[d + 1] * dims[d + 1];
        return s;
    }

    /// <summary>output[start + i] += y[i] for every i of y's shape that falls inside the output.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void AddInto(double[] output, int[] full, int[] strides, double[] y, int[] dims, int[] start)
    {
        var r = dims.Length;
        var width = Math.Min(dims[r - 1], full[r - 1] - start[r - 1]);
        var rows = dims.Aggregate(1, (p, e) => p * e) / dims[r - 1];
        var index = new int[r];
        for (var row = 0; row < rows; row++)
        {
            var offset = 0;
            var inside = true;
            for (var d = 0; d < r - 1; d++)
            {
                inside &= start[d] + index[d] < full[d];
                offset += (start[d] + index[d]) * strides[d];
            }
            if (inside)
            {
                var (o, s) = (offset + start[r - 1], row * dims[r - 1]);
                for (var j = 0; j < width; j++) output[o + j] += y[s + j];
            }
            for (var d = r - 2; d >= 0; d--)
            {
                if (++index[d] < dims[d]) break;
                index[d] = 0;
            }
        }
    }
}
