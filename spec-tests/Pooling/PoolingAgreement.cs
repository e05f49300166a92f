using ConvSpec.Arithmetic;
using ConvSpec.Bounds;
using ConvSpec.Pooling;
using ConvSpec.SpecTests.Generators;
using ConvSpec.Tensors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Pooling;

/// <summary>The Fast pooling twins against the spec: max exactly (indices included), averages and Lp within PoolErrorBound.</summary>
public class PoolingAgreement
{
    /// <summary>Reals with NaN and ±∞ now and then, and repeats for ties.</summary>
    private static readonly Gen<double> WithSpecials =
        Gen.Frequency((12, PoolGen.Real), (1, Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0)));

    [Property(MaxTest = 150 / CaseCount.Divisor)]
    public Property Fast_max_pool_equals_spec_for_doubles_values_and_indices() =>
        Prop.ForAll(PoolGen.Case(WithSpecials, maxRank: 3, maxExtent: 7).ToArbitrary(),
            Gen.Elements(StorageOrder.RowMajor, StorageOrder.ColumnMajor).ToArbitrary(),
            Gen.Elements(NanRule.Propagate, NanRule.Ignore).ToArbitrary(), (c, order, nan) =>
            {
                var spec = MaxPool.Spec.Apply(c.X, c.Options, order, nan);
                var fast = MaxPool.Fast.Apply(c.X, c.Options, order, nan);
                return SameBits(spec.Values.Data, fast.Values.Data) && spec.Indices.Equals(fast.Indices);
            });

    [Property(MaxTest = 100 / CaseCount.Divisor)]
    public Property Fast_max_pool_equals_spec_for_floats_values_and_indices() =>
        Prop.ForAll(PoolGen.Case(WithSpecials.Select(v => (float)v), maxRank: 2, maxExtent: 9).ToArbitrary(), c =>
        {
            var spec = MaxPool.Spec.Apply(c.X, c.Options);
            var fast = MaxPool.Fast.Apply(c.X, c.Options);
            return spec.Values.Data.Zip(fast.Values.Data).All(t => BitConverter.SingleToInt32Bits(t.First) == BitConverter.SingleToInt32Bits(t.Second))
                && spec.Indices.Equals(fast.Indices);
        });

    [Property(MaxTest = 100 / CaseCount.Divisor)]
    public Property Fast_min_pool_equals_spec_values_and_indices() =>
        Prop.ForAll(PoolGen.Case(WithSpecials, maxRank: 2, maxExtent: 9).ToArbitrary(),
            Gen.Elements(NanRule.Propagate, NanRule.Ignore).ToArbitrary(), (c, nan) =>
            {
                var spec = MinPool.Spec.Apply(c.X, c.Options, nanRule: nan);
                var fast = MinPool.Fast.Apply(c.X, c.Options, nanRule: nan);
                return SameBits(spec.Values.Data, fast.Values.Data) && spec.Indices.Equals(fast.Indices);
            });

    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Fast_global_and_channel_max_equal_spec() =>
        Prop.ForAll(TensorGen.Tensor(3, 4, WithSpecials).Select(t => new NdArray<double>([t.Shape[0], 2 * t.Shape[1], .. t.Shape.Skip(2)],
                t.Data.Concat(t.Data.Reverse()).ToArray())).ToArbitrary(), x =>
            SameBits(GlobalPool.Spec.Max(x).Data, GlobalPool.Fast.Max(x).Data)
            && SameBits(ChannelPool.Spec.Max(x, 2).Data, ChannelPool.Fast.Max(x, 2).Data));

    [Property(MaxTest = 80 / CaseCount.Divisor)]
    public Property Fast_weighted_average_is_within_the_proved_bound_for_non_negative_weights() =>
        Prop.ForAll(PoolGen.Case(PoolGen.Real, maxRank: 2, maxExtent: 7).ToArbitrary(), c =>
        {
            var w = NdArray<double>.Create(c.Options.KernelShape, j => 1 + j.Sum() % 3 + 0.25 * j.Length);
            var exact = WeightedAveragePool.Spec.Apply(c.X.Map(Rational.FromDouble), w.Map(Rational.FromDouble), c.Options);
            var fast = WeightedAveragePool.Fast.Apply(c.X, w, c.Options);
            var products = WeightedAveragePool.Spec.Apply(c.X.Map(v => Rational.FromDouble(Math.Abs(v))), w.Map(Rational.FromDouble), c.Options);
            var cells = LpPool.Spec.PowerSums(c.X.Map(_ => 1L), c.Options, 1);
            return Enumerable.Range(0, fast.Length).All(i =>
            {
                // Σ|w x| / W is the weighted average of |x| (products.Data[i], passed with weight 1).
                var bound = PoolErrorBound.WeightedAverage((int)cells.Data[i], products.Data[i].ToDouble() * (1 + PoolErrorBound.DoubleUnit), 1,
                    exact.Data[i].ToDouble(), PoolErrorBound.DoubleUnit, double.Epsilon);
                return Math.Abs((Rational.FromDouble(fast.Data[i]) - exact.Data[i]).ToDouble()) <= bound;
            });
        });

    [Property(MaxTest = 12 / CaseCount.Divisor)]
    public Property Fast_max_pool_equals_spec_on_planes_wider_than_a_vector_and_a_strip() =>
        Prop.ForAll(TensorGen.Tensor([1, 1, 70, 19], WithSpecials.Select(v => (float)v)).ToArbitrary(),
            PoolGen.Options([70, 19], allowAutoPad: true).Where(o => PoolGen.Valid([1, 1, 70, 19], o)).ToArbitrary(),
            Gen.Elements(NanRule.Propagate, NanRule.Ignore).ToArbitrary(), (x, options, nan) =>
            {
                var spec = MaxPool.Spec.Apply(x, options, nanRule: nan);
                var fast = MaxPool.Fast.Apply(x, options, nanRule: nan);
                return spec.Values.Data.Zip(fast.Values.Data).All(t => BitConverter.SingleToInt32Bits(t.First) == BitConverter.SingleToInt32Bits(t.Second))
                    && spec.Indices.Equals(fast.Indices);
            });

    [Property(MaxTest = 150 / CaseCount.Divisor)]
    public Property Fast_average_pool_is_within_the_proved_bound_of_the_exact_average() =>
        Prop.ForAll(PoolGen.Case(PoolGen.Real, maxRank: 3, maxExtent: 7).ToArbitrary(), Gen.Elements(false, true).ToArbitrary(),
            Gen.Elements(OverhangDivisor.PaddedWindow, OverhangDivisor.FullKernel).ToArbitrary(), (c, include, overhang) =>
            {
                var exact = AveragePool.Spec.Apply(c.X.Map(Rational.FromDouble), c.Options, include, overhang);
                var fast = AveragePool.Fast.Apply(c.X, c.Options, include, overhang);
                var (sums, divisors) = AbsoluteSumsAndDivisors(c.X, c.Options, exact, include, overhang);
                return Enumerable.Range(0, fast.Length).All(i =>
                    Math.Abs((Rational.FromDouble(fast.Data[i]) - exact.Data[i]).ToDouble())
                    <= PoolErrorBound.Average(c.Options.KernelShape, sums[i], divisors[i], PoolErrorBound.DoubleUnit, double.Epsilon));
            });

    [Property(MaxTest = 100 / CaseCount.Divisor)]
    public Property Fast_average_pool_of_floats_is_within_the_proved_bound() =>
        Prop.ForAll(PoolGen.Case(PoolGen.Real.Select(v => (double)(float)v), maxRank: 2, maxExtent: 8).ToArbitrary(), c =>
        {
            var exact = AveragePool.Spec.Apply(c.X.Map(Rational.FromDouble), c.Options);
            var fast = AveragePool.Fast.Apply(c.X.Map(v => (float)v), c.Options);
            var (sums, divisors) = AbsoluteSumsAndDivisors(c.X, c.Options, exact, false, OverhangDivisor.PaddedWindow);
            return Enumerable.Range(0, fast.Length).All(i =>
                Math.Abs((Rational.FromDouble(fast.Data[i]) - exact.Data[i]).ToDouble())
                <= PoolErrorBound.Average(c.Options.KernelShape, sums[i], divisors[i], PoolErrorBound.SingleUnit, float.Epsilon));
        });

    [Property(MaxTest = 100 / CaseCount.Divisor)]
    public Property Fast_Lp_pool_is_within_the_proved_relative_bound() =>
        Prop.ForAll(PoolGen.Case(PoolGen.Real, maxRank: 2, maxExtent: 7).ToArbitrary(), Gen.Choose(1, 4).ToArbitrary(), (c, p) =>
        {
            var sums = LpPool.Spec.PowerSums(c.X.Map(Rational.FromDouble), c.Options, p);
            var exact = LpPool.Spec.Apply(c.X, c.Options, p);
            var fast = LpPool.Fast.Apply(c.X, c.Options, p);
            return Enumerable.Range(0, fast.Length).All(i =>
            {
                // The bound is on the exact root; exact.Data[i] is it rounded, so allow that half ulp too.
                var rootError = PoolErrorBound.RootError(p, sums.Data[i].ToDouble(), PoolErrorBound.DoubleUnit);
                var bound = PoolErrorBound.Lp(c.Options.KernelShape, p, exact.Data[i], PoolErrorBound.DoubleUnit, rootError)
                    + PoolErrorBound.DoubleUnit * exact.Data[i];
                return Math.Abs(fast.Data[i] - exact.Data[i]) <= bound;
            });
        });

    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Fast_Lp_pool_of_floats_is_within_the_proved_relative_bound() =>
        Prop.ForAll(PoolGen.Case(PoolGen.Real.Select(v => (double)(float)v), maxRank: 2, maxExtent: 7).ToArbitrary(), Gen.Choose(1, 3).ToArbitrary(), (c, p) =>
        {
            var sums = LpPool.Spec.PowerSums(c.X.Map(Rational.FromDouble), c.Options, p);
            var exact = LpPool.Spec.Apply(c.X, c.Options, p);
            var fast = LpPool.Fast.Apply(c.X.Map(v => (float)v), c.Options, p);
            return Enumerable.Range(0, fast.Length).All(i =>
            {
                var rootError = PoolErrorBound.RootError(p, sums.Data[i].ToDouble(), PoolErrorBound.SingleUnit);
                var bound = PoolErrorBound.Lp(c.Options.KernelShape, p, exact.Data[i], PoolErrorBound.SingleUnit, rootError)
                    + PoolErrorBound.DoubleUnit * exact.Data[i];
                return Math.Abs(fast.Data[i] - exact.Data[i]) <= bound;
            });
        });

    /// <summary>Σ_window |x| (exactly, via the spec on |x| times the divisor) and the divisor m(o) of each output.</summary>
    private static (double[] Sums, double[] Divisors) AbsoluteSumsAndDivisors(NdArray<double> x, PoolOptions options,
        NdArray<Rational> exact, bool include, OverhangDivisor overhang)
    {
        var absolute = LpPool.Spec.PowerSums(x.Map(v => Rational.FromDouble(Math.Abs(v))), options, 1);
        var ones = AveragePool.Spec.Apply(x.Map(_ => Rational.MultiplicativeIdentity), options, include, overhang);
        // Averaging ones gives (input cells)/m, and the input cells are the 1-power-sum of ones.
        var cells = LpPool.Spec.PowerSums(x.Map(_ => Rational.MultiplicativeIdentity), options, 1);
        var divisors = cells.Data.Zip(ones.Data, (n, r) => (n / r).ToDouble()).ToArray();
        return (absolute.Data.Select(s => s.ToDouble() * (1 + PoolErrorBound.DoubleUnit)).ToArray(), divisors);
    }

    private static bool SameBits(double[] a, double[] b) =>
        a.Length == b.Length && a.Zip(b).All(t => BitConverter.DoubleToInt64Bits(t.First) == BitConverter.DoubleToInt64Bits(t.Second)
                                                 || (double.IsNaN(t.First) && double.IsNaN(t.Second)));
}
