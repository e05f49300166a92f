using ConvSpec.Bounds;
using ConvSpec.SpecTests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit.Abstractions;

namespace ConvSpec.SpecTests.Convolution;

/// <summary>
/// Every Fast twin in <see cref="Pairs"/> against its Spec: exactly on integers, within the direct-sum bound
/// (elementwise) or the FFT bound (normwise) of the exact result on doubles. Run these also with the wide vectors
/// off (DOTNET_EnableAVX512=0, then DOTNET_EnableAVX2=0; docs/performance.md).
/// </summary>
public class ConvolveAgreement(ITestOutputHelper output)
{
    [Property(MaxTest = 150 / CaseCount.Divisor)]
    public Property Fast_equals_Spec_exactly_on_integers() =>
        Prop.ForAll(Agreement.Cases(null, TensorGen.Integer).ToArbitrary(), c =>
            c.Pair.Fast(c.A.Wide(), c.B.Wide(), c.Mode).Equals(c.Pair.Spec(c.A.Wide(), c.B.Wide(), c.Mode)));

    [Property(MaxTest = 100 / CaseCount.Divisor)]
    public Property Fast_equals_Spec_exactly_on_small_integer_doubles() =>
        Prop.ForAll(Agreement.Cases(PairKind.Direct, Gen.Choose(-64, 64).Select(x => (double)x)).ToArbitrary(), c =>
            c.Pair.Fast(c.A, c.B, c.Mode).Equals(c.Pair.Spec(c.A, c.B, c.Mode)));

    /// <summary>Wide 2-D rows, so that the register-blocked kernel's full blocks (4 vectors, two rows at a time) run at every width.</summary>
    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Fast_equals_Spec_exactly_on_wide_small_integer_images() =>
        Prop.ForAll((from pair in Gen.Elements(Pairs.All.Where(p => p.Kind == PairKind.Direct).ToArray())
                     from mode in Gen.Elements(Enum.GetValues<ConvSpec.Shapes.ConvolutionMode>())
                     from rows in Gen.Choose(2, 5)
                     from cols in Gen.Choose(4 * AgreementGen.Width, 8 * AgreementGen.Width + 3)
                     from kr in Gen.Choose(1, rows)
                     from kc in Gen.Choose(1, Math.Min(6, cols))
                     from a in TensorGen.Tensor([rows, cols], Gen.Choose(-50, 50).Select(x => (double)x))
                     from b in TensorGen.Tensor([kr, kc], Gen.Choose(-50, 50).Select(x => (double)x))
                     select new AgreementCase<double>(pair, mode, a, b)).ToArbitrary(),
            c => c.Pair.Fast(c.A, c.B, c.Mode).Equals(c.Pair.Spec(c.A, c.B, c.Mode)));

    /// <summary>
    /// float inputs (computed in double, rounded once to float): the direct twins give the spec's exact float results on
    /// small integers; the FFT twins round to them (an FFT leaves errors near 1e-13 that float can represent, e.g. at an
    /// exact zero).
    /// </summary>
    [Property(MaxTest = 100 / CaseCount.Divisor)]
    public Property Fast_float_twins_give_the_exact_result_on_small_integers() =>
        Prop.ForAll(Agreement.Cases(null, Gen.Choose(-64, 64).Select(x => (float)x)).ToArbitrary(), c =>
        {
            var (fast, spec) = (c.Pair.Fast(c.A, c.B, c.Mode), c.Pair.Spec(c.A, c.B, c.Mode));
            return c.Pair.Kind == PairKind.Direct ? fast.Equals(spec) : fast.Map(MathF.Round).Equals(spec.Map(x => x + 0f));
        });

    [Property(MaxTest = 100 / CaseCount.Divisor)]
    public Property Direct_twins_are_within_gamma_n_times_abs_a_conv_abs_b() =>
        Prop.ForAll(Agreement.Cases(PairKind.Direct, TensorGen.Real).ToArbitrary(), c =>
        {
            var errors = Agreement.Errors(c.Pair.Fast(c.A, c.B, c.Mode), Agreement.ExactSpec(c.Pair, c.A, c.B, c.Mode));
            var bound = Agreement.DirectBound(c.Pair, c.A, c.B, c.Mode);
            return errors.Zip(bound).All(t => t.First <= t.Second);
        });

    [Property(MaxTest = 80 / CaseCount.Divisor)]
    public Property Fft_twins_are_within_the_normwise_FFT_bound() =>
        Prop.ForAll(Agreement.Cases(PairKind.Fft, TensorGen.Real, minExtent: 2).ToArbitrary(), c =>
            Agreement.Norm(Agreement.Errors(c.Pair.Fast(c.A, c.B, c.Mode), Agreement.ExactSpec(c.Pair, c.A, c.B, c.Mode)))
                <= Agreement.FftBound(c.Pair, c.A, c.B, c.Mode));

    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Overlap_add_is_within_the_sum_of_its_block_bounds() =>
        Prop.ForAll(Agreement.Cases(PairKind.OverlapAdd, TensorGen.Real, minExtent: 2).ToArbitrary(), c =>
            Agreement.Norm(Agreement.Errors(c.Pair.Fast(c.A, c.B, c.Mode), Agreement.ExactSpec(c.Pair, c.A, c.B, c.Mode)))
                <= Agreement.FftBound(c.Pair, c.A, c.B, c.Mode));

    /// <summary>
    /// On small-integer doubles every FFT and overlap-add twin, including axes of extent 1 (which broadcast instead of
    /// being transformed), rounds to the spec's exact integers: their bound is far below ½ there.
    /// </summary>
    [Property(MaxTest = 100 / CaseCount.Divisor)]
    public Property Fft_twins_round_to_the_exact_result_on_small_integers_with_any_extents() =>
        Prop.ForAll(Agreement.Cases(null, Gen.Choose(-16, 16).Select(x => (double)x)).Where(c => c.Pair.Kind != PairKind.Direct).ToArbitrary(), c =>
        {
            var exact = c.Pair.Spec(c.A, c.B, c.Mode);
            var bound = Agreement.FftBound(c.Pair, c.A, c.B, c.Mode);
            return bound < 0.5 && c.Pair.Fast(c.A, c.B, c.Mode).Map(Math.Round).Equals(exact.Map(x => x + 0.0));
        });

    /// <summary>
    /// The bounds are not vacuous: on random inputs with rounding, the measured error is a visible fraction of the
    /// bound (the ratio is printed), and the bound is a small fraction of the result's magnitude.
    /// </summary>
    [Fact]
    public void Bounds_are_attained_in_part_and_are_small()
    {
        foreach (var kind in Enum.GetValues<PairKind>())
        {
            // Sampled per kind: a sample over all pairs can miss a kind (the generator's extents follow the vector width).
            var cases = Gen.Sample(Agreement.Cases(kind, Gen.Choose(-1 << 20, 1 << 20).Select(x => x / 4099.0), minExtent: 2), 10, new Rnd(12345UL), 20);
            var (worst, relative) = (0.0, 0.0);
            foreach (var c in cases)
            {
                var exact = Agreement.ExactSpec(c.Pair, c.A, c.B, c.Mode);
                var errors = Agreement.Errors(c.Pair.Fast(c.A, c.B, c.Mode), exact);
                var scale = ErrorBound.Norm2(exact.Data.Select(x => x.ToDouble()).ToArray());
                if (kind == PairKind.Direct)
                {
                    var bound = Agreement.DirectBound(c.Pair, c.A, c.B, c.Mode);
                    worst = Math.Max(worst, errors.Zip(bound).Max(t => t.Second == 0 ? 0 : t.First / t.Second));
                    relative = Math.Max(relative, ErrorBound.Norm2(bound) / Math.Max(scale, double.Epsilon));
                }
                else
                {
                    var bound = Agreement.FftBound(c.Pair, c.A, c.B, c.Mode);
                    worst = Math.Max(worst, Agreement.Norm(errors) / bound);
                    relative = Math.Max(relative, bound / Math.Max(scale, double.Epsilon));
                }
            }
            output.WriteLine($"{kind}: max measured/bound = {worst:E2}; max bound/‖c‖ = {relative:E2}");
            Assert.InRange(worst, 1e-6, 1.0);
            Assert.InRange(relative, 0, 1e-9);
        }
    }
}
