using ConvSpec.Continuous;

namespace ConvSpec.SpecTests.Continuous;

/// <summary>Worked examples of continuous convolution with their numbers written out.</summary>
public class ContinuousConvolveExamples
{
    private static readonly Tolerance tight = new(1e-14, 1e-12);

    /// <summary>Box[0,1] ∗ Box[0,1] is the triangle on [0, 2] with peak 1 at t = 1 (any signals textbook).</summary>
    [Theory]
    [InlineData(-0.5, 0.0)]
    [InlineData(0.0, 0.0)]
    [InlineData(0.25, 0.25)]
    [InlineData(1.0, 1.0)]
    [InlineData(1.5, 0.5)]
    [InlineData(2.0, 0.0)]
    [InlineData(3.0, 0.0)]
    public void Unit_box_with_itself_is_the_unit_triangle(double t, double expected)
    {
        var box = ClosedForms.Box(0, 1);
        var c = ContinuousConvolve.Spec.At(box, new Support(0, 1), box, new Support(0, 1), t, tight);
        Assert.True(c.Converged);
        Assert.InRange(c.Value, expected - tight.For(expected), expected + tight.For(expected));
    }

    /// <summary>N(0,1) ∗ N(0,1) = N(0,2): at 0 the density 1/√(4π) = 0.28209479177387814.</summary>
    [Fact]
    public void Standard_normal_with_itself_at_zero_is_one_over_root_four_pi()
    {
        var phi = ClosedForms.Gaussian(0, 1);
        var c = ContinuousConvolve.Spec.At(phi, Support.Whole, phi, Support.Whole, 0, tight);
        Assert.True(c.Converged, $"error estimate {c.Error}");
        Assert.InRange(c.Value, 0.28209479177387814 - 1e-12, 0.28209479177387814 + 1e-12);
    }

    /// <summary>The discrete sum over the supports' window: Σ_k Box(kΔ) Box(1 − kΔ) Δ with Δ = 1/4 is 5 · 1/4.</summary>
    [Fact]
    public void Discrete_sum_of_two_unit_boxes_at_one_counts_the_grid_points()
    {
        var box = ClosedForms.Box(0, 1);
        Assert.Equal(1.25, ContinuousConvolve.Spec.DiscreteSum(box, new Support(0, 1), box, new Support(0, 1), 1, 0.25));
    }

    [Fact]
    public void Discrete_sum_over_an_unbounded_window_is_an_error_naming_the_support()
    {
        var phi = ClosedForms.Gaussian(0, 1);
        var e = Assert.Throws<ArgumentException>(() => ContinuousConvolve.Spec.DiscreteSum(phi, Support.Whole, phi, Support.Whole, 0, 0.1));
        Assert.Equal("xSupport", e.ParamName);
    }

    [Fact]
    public void Bad_tolerances_supports_and_steps_are_errors_naming_the_argument()
    {
        Assert.Equal("absolute", Assert.Throws<ArgumentException>(() => new Tolerance(-1, 0)).ParamName);
        Assert.Equal("absolute", Assert.Throws<ArgumentException>(() => new Tolerance(0, 0)).ParamName);
        Assert.Equal("relative", Assert.Throws<ArgumentException>(() => new Tolerance(0, double.NaN)).ParamName);
        Assert.Equal("absolute", Assert.Throws<ArgumentException>(() => new Tolerance(double.PositiveInfinity, 0)).ParamName);
        Assert.Equal("support", Assert.Throws<ArgumentException>(() => new Support(1, 0)).ParamName);
        Assert.Contains("must not be NaN", Assert.Throws<ArgumentException>(() => new Support(double.NaN, 0)).Message);
        Assert.Contains("must not be NaN", Assert.Throws<ArgumentException>(() => new Support(0, double.NaN)).Message);
        var box = ClosedForms.Box(0, 1);
        Assert.Equal("step", Assert.Throws<ArgumentException>(() =>
            ContinuousConvolve.Spec.DiscreteSum(box, new Support(0, 1), box, new Support(0, 1), 1, 0)).ParamName);
        Assert.Equal("f", Assert.Throws<ArgumentException>(() =>
            GaussKronrod.Integrate(u => 1 / u, -1, 1, Tolerance.Default)).ParamName);
    }

    /// <summary>∫_0^∞ e^{−u} du = 1 and ∫_{−∞}^0 e^{u} du = 1: the half-infinite maps.</summary>
    [Fact]
    public void Half_infinite_integrals_of_the_exponential_are_one()
    {
        var right = GaussKronrod.Integrate(u => Math.Exp(-u), 0, double.PositiveInfinity, tight);
        var left = GaussKronrod.Integrate(Math.Exp, double.NegativeInfinity, 0, tight);
        Assert.True(right.Converged && left.Converged);
        Assert.InRange(right.Value, 1 - 1e-12, 1 + 1e-12);
        Assert.InRange(left.Value, 1 - 1e-12, 1 + 1e-12);
    }
}
