using ConvSpec.Arithmetic;
using ConvSpec.Pooling;
using ConvSpec.Shapes;
using ConvSpec.SpecTests.Generators;
using ConvSpec.Tensors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Pooling;

/// <summary>Laws of the pooling spec, exact on integers and rationals.</summary>
public class PoolingLaws
{
    private static readonly Gen<PoolCase<long>> Cases = PoolGen.Case(TensorGen.Integer.Select(v => v % 1000));

    private static NdArray<Rational> Exact(NdArray<long> x) => x.Map(v => Rational.FromInteger(v));

    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Permuting_values_inside_a_window_leaves_max_average_and_Lp_unchanged() =>
        Prop.ForAll(TensorGen.Tensor([1, 1, 3, 4], TensorGen.Integer.Select(v => v % 1000)).ToArbitrary(),
            Gen.Shuffle(Enumerable.Range(0, 12).ToArray()).ToArbitrary(), (x, permutation) =>
            {
                var permuted = new NdArray<long>([1, 1, 3, 4], permutation.Select(i => x.Data[i]).ToArray());
                var window = new PoolOptions([3, 4]);
                return MaxPool.Spec.Apply(x, window).Values.Equals(MaxPool.Spec.Apply(permuted, window).Values)
                    && AveragePool.Spec.Apply(Exact(x), window).Equals(AveragePool.Spec.Apply(Exact(permuted), window))
                    && LpPool.Spec.PowerSums(Exact(x), window, 3).Equals(LpPool.Spec.PowerSums(Exact(permuted), window, 3));
            });

    [Property(MaxTest = 80 / CaseCount.Divisor)]
    public Property Min_is_at_most_average_is_at_most_max() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var max = MaxPool.Spec.Apply(c.X, c.Options).Values;
            var min = MaxPool.Spec.Apply(c.X.Map(v => -v), c.Options).Values.Map(v => -v);
            var average = AveragePool.Spec.Apply(Exact(c.X), c.Options);
            return Enumerable.Range(0, max.Length).All(i =>
                Rational.FromInteger(min.Data[i]) <= average.Data[i] && average.Data[i] <= Rational.FromInteger(max.Data[i]));
        });

    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Min_pool_is_minus_max_pool_of_minus_x_indices_included() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var min = MinPool.Spec.Apply(c.X, c.Options);
            var max = MaxPool.Spec.Apply(c.X.Map(v => -v), c.Options);
            return min.Values.Equals(max.Values.Map(v => -v)) && min.Indices.Equals(max.Indices);
        });

    [Property(MaxTest = 80 / CaseCount.Divisor)]
    public Property Max_abs_is_at_most_L2_pool_which_is_at_most_sqrt_window_size_times_max_abs() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            // Squared: (max|x|)² ≤ Σ x² ≤ m · (max|x|)², m the window's input cells.
            var maxAbs = MaxPool.Spec.Apply(c.X.Map(Math.Abs), c.Options).Values;
            var squares = LpPool.Spec.PowerSums(c.X.Map(v => (Int128)v), c.Options, 2);
            var cells = LpPool.Spec.PowerSums(c.X.Map(_ => (Int128)1), c.Options, 1);
            return Enumerable.Range(0, maxAbs.Length).All(i =>
                (Int128)maxAbs.Data[i] * maxAbs.Data[i] <= squares.Data[i]
                && squares.Data[i] <= cells.Data[i] * maxAbs.Data[i] * maxAbs.Data[i]);
        });

    [Property(MaxTest = 80 / CaseCount.Divisor)]
    public Property ReLU_then_max_pool_equals_max_pool_then_ReLU() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
            MaxPool.Spec.Apply(c.X.Map(v => Math.Max(v, 0)), c.Options).Values
                .Equals(MaxPool.Spec.Apply(c.X, c.Options).Values.Map(v => Math.Max(v, 0))));

    [Property(MaxTest = 100 / CaseCount.Divisor)]
    public Property Output_extent_follows_the_size_law_on_every_axis() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var grid = PoolGrid.Of(c.X.Shape, c.Options);
            return Enumerable.Range(0, grid.Rank).All(a => grid.Output[a] == SizeLaw(c.X.Shape[a + 2], grid, a, c.Options))
                && MaxPool.Spec.Apply(c.X, c.Options).Values.Shape.SequenceEqual(grid.OutputShape);
        });

    /// <summary>
    /// The window start is x_a(o, 0), and j0 = FirstInputTap(a, o) is the least j ≥ 0 with x_a(o, j) ≥ 0: every tap before
    /// it reads a pad, and it reads cell 0 or later.
    /// </summary>
    [Property(MaxTest = 100 / CaseCount.Divisor)]
    public Property First_input_tap_is_the_least_tap_at_or_past_cell_zero() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var grid = PoolGrid.Of(c.X.Shape, c.Options);
            return Enumerable.Range(0, grid.Rank).All(a => Enumerable.Range(0, grid.Output[a]).All(o =>
            {
                var j0 = (int)grid.FirstInputTap(a, o);
                return grid.WindowStart(a, o) == grid.Position(a, o, 0) && j0 >= 0 && grid.Position(a, o, j0) >= 0
                    && (j0 == 0 || grid.Position(a, o, j0 - 1) < 0);
            }));
        });

    /// <summary>
    /// O = ⌊(D + b + e − d(K − 1) − 1)/s⌋ + 1 with floor division (0 when the window exceeds the padded input), or ⌈…⌉ + 1 less one when the last window would start at or past
    /// D + b (ceil); ⌈D/s⌉ under SAME_*; pads from auto_pad as ONNX computes them.
    /// </summary>
    private static int SizeLaw(int d, PoolGrid grid, int a, PoolOptions options)
    {
        if (options.AutoPad is AutoPad.SameUpper or AutoPad.SameLower) return (d + grid.Strides[a] - 1) / grid.Strides[a];
        var room = d + grid.PadsBegin[a] + grid.PadsEnd[a] - grid.Dilations[a] * (grid.Kernel[a] - 1) - 1;
        var s = grid.Strides[a];
        if (!options.CeilMode || options.AutoPad != AutoPad.NotSet) return Math.Max(0, FloorDiv(room, s) + 1);
        var o = FloorDiv(room + s - 1, s) + 1;
        return (o - 1) * s >= d + grid.PadsBegin[a] ? o - 1 : o;
    }

    private static int FloorDiv(int a, int b) => (int)Math.Floor(a / (double)b);

    [Property(MaxTest = 100 / CaseCount.Divisor)]
    public Property Stride_k_reports_about_k_times_fewer_outputs() =>
        Prop.ForAll(Gen.Choose(1, 40).ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), (d, kernel, k) =>
            Prop.When(kernel <= d, () =>
            {
                var one = WindowOutputSize.Of(d, kernel, 1, 1, 0, 0, false);
                var strided = WindowOutputSize.Of(d, kernel, k, 1, 0, 0, false);
                return strided == (one - 1) / k + 1;
            }));

    [Property(MaxTest = 100 / CaseCount.Divisor)]
    public Property Ceil_mode_includes_the_partial_last_window_so_no_cell_is_dropped() =>
        Prop.ForAll(Gen.Choose(1, 30).ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), (d, kernel, stride) =>
            Prop.When(kernel <= d && stride <= kernel, () =>
            {
                var floor = WindowOutputSize.Of(d, kernel, stride, 1, 0, 0, false);
                var ceil = WindowOutputSize.Of(d, kernel, stride, 1, 0, 0, true);
                var lastCovered = (ceil - 1) * stride + kernel - 1;
                var partial = (d - kernel) % stride != 0;
                return lastCovered >= d - 1 && ceil - floor == (partial ? 1 : 0);
            }));

    private static readonly Gen<(long[] X, int W, int S, long[] Entering)> ShiftCases =
        from x in TensorGen.Vector(12, Gen.Choose(-9, 9).Select(v => (long)v))
        from w in Gen.Choose(1, 4)
        from s in Gen.Choose(1, 3)
        from entering in Gen.ArrayOf(Gen.Choose(-9, 9).Select(v => (long)v), 3)
        select (x, w, s, entering);

    [Property(MaxTest = 100 / CaseCount.Divisor)]
    public Property Max_pool_shift_law_an_output_changes_only_where_the_window_maximum_left_it() =>
        Prop.ForAll(ShiftCases.ToArbitrary(), c => Prop.When(c.S < c.W && c.W <= c.X.Length, () =>
        {
            var (x, w, s) = (c.X, c.W, c.S);
            // x' = (entering[0..s), x[0..n−s)): the input shifted right by s, new values entering on the left.
            var shifted = c.Entering.Take(s).Concat(x.Take(x.Length - s)).ToArray();
            var before = MaxPool.Spec.Apply(new NdArray<long>([1, 1, x.Length], x), new PoolOptions([w])).Values.Data;
            var after = MaxPool.Spec.Apply(new NdArray<long>([1, 1, x.Length], shifted), new PoolOptions([w])).Values.Data;
            return Enumerable.Range(0, before.Length).All(o =>
            {
                // Window o keeps x[o .. o+w−1−s], loses x[o+w−s .. o+w−1] and gains x'[o .. o+s−1].
                var stays = x.Skip(o).Take(w - s).Max();
                var left = x.Skip(o + w - s).Take(s).Max();
                var entered = shifted.Skip(o).Take(s).Max();
                return before[o] == Math.Max(stays, left) && after[o] == Math.Max(stays, entered)
                    && (left > stays || entered > stays || after[o] == before[o]);
            });
        }));

    [Fact]
    public void Notes_example_every_detector_value_changes_but_only_half_the_pooled_values_do()
    {
        // Detector row (×10) 0.1 1 0.2 0.1, shifted right by one pixel with 0.3 entering; pooling width 3, stride 1,
        // one cell of padding each side (as the notes' figure pools every position).
        var detector = new NdArray<long>([1, 1, 4], [1, 10, 2, 1]);
        var shifted = new NdArray<long>([1, 1, 4], [3, 1, 10, 2]);
        var pool = new PoolOptions([3], Pads: [1, 1]);
        var before = MaxPool.Spec.Apply(detector, pool).Values.Data;
        var after = MaxPool.Spec.Apply(shifted, pool).Values.Data;
        Assert.Equal(new long[] { 10, 10, 10, 2 }, before);
        Assert.Equal(new long[] { 3, 10, 10, 10 }, after);
        Assert.Equal(4, detector.Data.Zip(shifted.Data).Count(t => t.First != t.Second));
        Assert.Equal(2, before.Zip(after).Count(t => t.First != t.Second));
    }

    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Average_pool_with_unit_weights_is_weighted_average_pool() =>
        Prop.ForAll(PoolGen.Case(Gen.Choose(-50, 50).Select(v => (long)v), allowAutoPad: true).ToArbitrary(), c =>
        {
            var ones = NdArray<Rational>.Create(c.Options.KernelShape, _ => Rational.MultiplicativeIdentity);
            return WeightedAveragePool.Spec.Apply(Exact(c.X), ones, c.Options).Equals(AveragePool.Spec.Apply(Exact(c.X), c.Options));
        });

    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Count_include_pad_without_padding_changes_nothing() =>
        Prop.ForAll(PoolGen.Case(Gen.Choose(-50, 50).Select(v => (long)v), allowAutoPad: false).ToArbitrary(), c =>
        {
            var o = c.Options with { Pads = null, CeilMode = false };
            return Prop.When(PoolGen.Valid(c.X.Shape, o), () =>
                AveragePool.Spec.Apply(Exact(c.X), o, countIncludePad: true).Equals(AveragePool.Spec.Apply(Exact(c.X), o)));
        });

    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Max_pool_index_points_at_the_maximum_it_reports() =>
        Prop.ForAll(Cases.ToArbitrary(), Gen.Elements(StorageOrder.RowMajor, StorageOrder.ColumnMajor).ToArbitrary(), (c, order) =>
        {
            var r = MaxPool.Spec.Apply(c.X, c.Options, order);
            var positions = IndexSpace.Of(c.X.Shape).ToDictionary(p => PoolIndex.Flatten(c.X.Shape, p, order), p => c.X[p]);
            return r.Indices.Data.Zip(r.Values.Data).All(t => positions[t.First] == t.Second);
        });

    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Rational_root_is_correctly_rounded() =>
        Prop.ForAll(Gen.Choose(1, 1_000_000).ToArbitrary(), Gen.Choose(1, 1000).ToArbitrary(), Gen.Choose(2, 5).ToArbitrary(), (num, den, p) =>
        {
            var r = Rational.Create(num, den);
            var y = RationalRoot.ToDouble(r, p);
            // y correctly rounded ⇔ the true root lies within half an ulp: compare (y ± ulp/2)^p with r exactly.
            var below = Rational.FromDouble(y) - Rational.FromDouble(Math.BitIncrement(y) - y) / Rational.FromInteger(2);
            var above = Rational.FromDouble(y) + Rational.FromDouble(Math.BitIncrement(y) - y) / Rational.FromInteger(2);
            return Pow(below, p) <= r && r <= Pow(above, p);
        });

    private static Rational Pow(Rational x, int p)
    {
        var r = Rational.MultiplicativeIdentity;
        for (var i = 0; i < p; i++) r *= x;
        return r;
    }
}
