using ConvSpec.Convolution;
using ConvSpec.Correlation;
using ConvSpec.Padding;
using ConvSpec.Shapes;
using ConvSpec.SpecTests.Generators;
using ConvSpec.Tensors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Padding;

/// <summary>
/// The boundary modes as convolutions of explicitly extended inputs: extend in1 by tiling (wrap), by tiling
/// the mirrored period a, reverse(a) (symm) or by the fill value, then a valid-mode convolution or correlation
/// with the kernel equals convolve2d/correlate2d with that boundary — also for kernels longer than the input.
/// </summary>
public class BoundaryLaws
{
    /// <summary>
    /// E(a) on rows −(M2 − 1) .. M1 + M2 − 2 and likewise columns, built by concatenation: the period sequence of
    /// each axis repeated on both sides of the input, never by an index formula.
    /// </summary>
    private static NdArray<Int128> Extended(NdArray<Int128> a, int[] kernelShape, Boundary boundary, Int128 fill)
    {
        var rows = AxisSource(a.Shape[0], kernelShape[0] - 1, boundary);
        var cols = AxisSource(a.Shape[1], kernelShape[1] - 1, boundary);
        return NdArray<Int128>.Create([rows.Length, cols.Length], i =>
            rows[i[0]] is int r && cols[i[1]] is int c ? a[r, c] : fill);
    }

    /// <summary>For each extended position along one axis of length n padded by p on both sides: the source index, or null for fill.</summary>
    private static int?[] AxisSource(int n, int p, Boundary boundary)
    {
        var forward = Enumerable.Range(0, n).Select(i => (int?)i).ToList();
        if (boundary == Boundary.Fill) return [.. Enumerable.Repeat<int?>(null, p), .. forward, .. Enumerable.Repeat<int?>(null, p)];
        List<int?> period = boundary == Boundary.Wrap ? forward : [.. forward, .. Enumerable.Reverse(forward)];
        // tile the period until it covers p positions before the input and p after it
        var copies = p / period.Count + 2;
        var tiled = Enumerable.Repeat(period, 2 * copies + 1).SelectMany(x => x).ToList();
        var origin = copies * period.Count;
        var line = tiled.Skip(origin - p).Take(n + 2 * p).ToArray();
        // the middle n positions are the input itself
        for (var i = 0; i < n; i++) line[p + i] = i;
        return line;
    }

    private static Gen<Boundary> Boundaries => Gen.Elements(Enum.GetValues<Boundary>());

    [Property(MaxTest = 150 / CaseCount.Divisor)]
    public Property Convolve2d_with_a_boundary_is_the_valid_convolution_of_the_extended_input() =>
        Prop.ForAll(LawGen.InputAndLongKernel.ToArbitrary(), Boundaries.ToArbitrary(), TensorGen.Integer.ToArbitrary(), (p, boundary, fill) =>
        {
            var (a, k) = (p.A.Wide(), p.K.Wide());
            var extended = Extended(a, k.Shape.ToArray(), boundary, fill);
            var full = Convolve2D.Spec.Apply(a, k, ConvolutionMode.Full, boundary, (Int128)fill);
            var same = Convolve2D.Spec.Apply(a, k, ConvolutionMode.Same, boundary, (Int128)fill);
            return full.Equals(Convolve.Spec.Apply(extended, k, ConvolutionMode.Valid))
                && same.Equals(TensorOps.Window(full, k.Shape.Select(n => (n - 1) / 2).ToArray(), a.Shape.ToArray()));
        });

    [Property(MaxTest = 150 / CaseCount.Divisor)]
    public Property Correlate2d_with_a_boundary_is_the_valid_correlation_of_the_extended_input() =>
        Prop.ForAll(LawGen.InputAndLongKernel.ToArbitrary(), Boundaries.ToArbitrary(), TensorGen.Integer.ToArbitrary(), (p, boundary, fill) =>
        {
            var (a, k) = (p.A.Wide(), p.K.Wide());
            var extended = Extended(a, k.Shape.ToArray(), boundary, fill);
            var full = Correlate2D.Spec.Apply(a, k, ConvolutionMode.Full, boundary, (Int128)fill);
            var same = Correlate2D.Spec.Apply(a, k, ConvolutionMode.Same, boundary, (Int128)fill);
            return full.Equals(Correlate.Spec.Apply(extended, k, ConvolutionMode.Valid))
                && same.Equals(TensorOps.Window(full, k.Shape.Select(n => n - 1 - (n - 1) / 2).ToArray(), a.Shape.ToArray()));
        });

    /// <summary>Extend.Spec.Index agrees with the tiled extension at every position, for any n and reach.</summary>
    [Property]
    public Property Extension_index_map_is_the_tiled_period() =>
        Prop.ForAll(Gen.Choose(1, 6).ToArbitrary(), Gen.Choose(0, 20).ToArbitrary(), Boundaries.ToArbitrary(), (n, p, boundary) =>
            AxisSource(n, p, boundary).Select((source, j) => Extend.Spec.Index(j - p, n, boundary) == source).All(x => x));

    /// <summary>Valid mode reads no boundary: every boundary and fill value gives the same answer.</summary>
    [Property]
    public Property Valid_mode_ignores_the_boundary() =>
        Prop.ForAll(LawGen.InputAndLongKernel.ToArbitrary(), Boundaries.ToArbitrary(), TensorGen.Integer.ToArbitrary(), (p, boundary, fill) =>
            Prop.When(TensorOps.ValidFits(p.A.Shape, p.K.Shape), () =>
                Convolve2D.Spec.Apply(p.A.Wide(), p.K.Wide(), ConvolutionMode.Valid, boundary, (Int128)fill)
                    .Equals(Convolve2D.Spec.Apply(p.A.Wide(), p.K.Wide(), ConvolutionMode.Valid))
                && Correlate2D.Spec.Apply(p.A.Wide(), p.K.Wide(), ConvolutionMode.Valid, boundary, (Int128)fill)
                    .Equals(Correlate2D.Spec.Apply(p.A.Wide(), p.K.Wide(), ConvolutionMode.Valid))));
}
