using ConvSpec.Arithmetic;
using ConvSpec.Bounds;
using ConvSpec.Padding;

namespace ConvSpec.SpecTests.Bounds;

/// <summary>Bound formulas on values where they are computed by hand: γ_n = n·u / (1 − n·u).</summary>
public class BoundFormulaExamples
{
    [Fact] // γ_1 with u = 1/4 is (1/4)/(3/4) = 1/3; times magnitude 2 is 2/3
    public void Conv_element_bound_is_gamma_of_the_terms_times_the_magnitude()
    {
        Assert.Equal(2.0 / 3, ConvErrorBound.Element(1, 0.25, 2), 15);
        Assert.Throws<ArgumentException>(() => ConvErrorBound.Gamma(1, 1.0));
        Assert.Throws<ArgumentException>(() => ConvErrorBound.Gamma(1, 0.0));
    }

    [Fact] // γ_3 with u = 1/4 is (3/4)/(1/4) = 3; n·u = 1 has no γ
    public void Pool_gamma_is_n_u_over_one_minus_n_u_and_refuses_n_u_of_one()
    {
        Assert.Equal(3.0, PoolErrorBound.Gamma(3, 0.25));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => PoolErrorBound.Gamma(4, 0.25));
        Assert.Equal("n", e.ParamName);
        Assert.Contains("n·u must be below 1", e.Message);
    }

    [Fact] // ε = Π_d (1 + ε_d) − 1: complex passes on every axis, or the real FFT on the last one
    public void Transform_relative_error_composes_the_axis_passes()
    {
        var (e8, e6, real6) = (ErrorBound.FftRelative(8), ErrorBound.FftRelative(6), ErrorBound.RealFftRelative(6));
        Assert.Equal((1 + e8) * (1 + e6) - 1, ErrorBound.TransformRelative([8, 6], real: false), 15);
        Assert.Equal((1 + e8) * (1 + real6) - 1, ErrorBound.TransformRelative([8, 6], real: true), 15);
        Assert.Equal(0.0, ErrorBound.TransformRelative([], real: false));
    }

    [Fact] // n = 0: nothing is summed, only the final rounding to float, u_f = 2^-24
    public void Single_direct_sum_bound_with_no_terms_is_the_float_rounding()
    {
        Assert.Equal(Math.ScaleB(3, -24), ErrorBound.DirectSumSingle(3, 0));
    }
}

/// <summary>Exact roots rounded to float; padding mode names.</summary>
public class RootAndNameExamples
{
    [Fact]
    public void Square_root_of_nine_quarters_is_one_and_a_half_in_float()
    {
        Assert.Equal(1.5f, RationalRoot.ToSingle(Rational.Create(9, 4), 2));
        Assert.Equal(0.1f, RationalRoot.ToSingle(Rational.Create(1, 10), 1));
    }

    [Fact]
    public void Padding_mode_names_round_trip_and_unknown_names_are_rejected()
    {
        foreach (var mode in Enum.GetValues<PaddingMode>())
            Assert.Equal(mode, PaddingModeNames.Parse(mode.Name()));
        Assert.Contains("got null", Assert.Throws<ArgumentException>(() => PaddingModeNames.Parse(null)).Message);
    }

    [Fact]
    public void An_undefined_boundary_is_rejected_by_the_fast_index_map()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Extend.Fast.Index(-1, 3, (Boundary)42));
    }
}
