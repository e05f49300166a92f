using ConvSpec.Bounds;
using ConvSpec.Circulant;
using ConvSpec.Fourier;

namespace ConvSpec.SpecTests.Circulant;

/// <summary>
/// <see cref="CircularConvolveErrorBound"/> written out: β = the convolution-theorem bound of complex transforms
/// (<see cref="ErrorBound.FftConvolution(double, double, double, double, double, double, bool)"/>) with the forward
/// relative error E of the shape (<see cref="DftFastErrorBound.Relative"/>) and N = Π n_d, then the division by N:
/// (β + u(‖a‖₂‖b‖₁ + β))(1 + 4u), u = 2^−53. Compared bit for bit, each formula evaluated in the order written.
/// </summary>
public class CircularConvolveErrorBoundExamples
{
    private static readonly double U = Math.ScaleB(1, -53);

    public static TheoryData<double, double, double, double, int[]> Norms => new()
    {
        { 3, 5, 2, 7, [8] },          // ‖a‖₂ = 3, ‖a‖₁ = 5, ‖b‖₂ = 2, ‖b‖₁ = 7
        { 0, 1, 1e3, 1e6, [4, 3] },   // ‖a‖₂‖b‖₁ = 0: the division's term is u·β alone
        { 1.5, 2.5, 0.25, 0.75, [2, 2, 5] },
    };

    [Theory]
    [MemberData(nameof(Norms))]
    public void Fft_bound_is_the_convolution_theorem_bound_plus_one_rounding_of_the_division(double a2, double a1, double b2, double b1, int[] shape)
    {
        var size = shape.Aggregate(1.0, (p, n) => p * n);
        var beta = ErrorBound.FftConvolution(a2, a1, b2, b1, DftFastErrorBound.Relative(shape, inverse: false), size, complex: true);
        Assert.Equal((beta + U * (a2 * b1 + beta)) * (1 + 4 * U), CircularConvolveErrorBound.Fft(a2, a1, b2, b1, shape));
    }

    /// <summary>Rounding recovers an integer exactly only when the bound is below ½: ½ itself can tie to either neighbour.</summary>
    [Theory]
    [InlineData(0.0, true)]
    [InlineData(0.49999999999999994, true)] // the double just below ½
    [InlineData(0.5, false)]
    [InlineData(0.7, false)]
    public void Rounding_recovers_an_integer_only_below_one_half(double bound, bool exact) =>
        Assert.Equal(exact, CircularConvolveErrorBound.RoundsExactly(bound));
}
