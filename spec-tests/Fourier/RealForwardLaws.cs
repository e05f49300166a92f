using System.Numerics;
using ConvSpec.Bounds;
using ConvSpec.Fourier;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Fourier;

/// <summary>
/// <see cref="Fft.RealForward"/> (numpy.fft.rfft): X_k for k = 0..⌊n/2⌋ of real x, the first half of the DFT. Even n
/// takes the real-input FFT (one complex FFT of length n/2, error ε = <see cref="ErrorBound.RealFftRelative"/>), odd n
/// the complex FFT (ε = <see cref="ErrorBound.FftRelative"/>); either is within ε·‖X‖₂ = ε·√n·‖x‖₂ of the exact
/// transform, so within that plus the spec's elementwise bound of <see cref="Dft.Spec"/>.
/// </summary>
public class RealForwardLaws
{
    private static Gen<double[]> Signals =>
        Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(Gen.Choose(-1000, 1000).Select(v => v / 16.0), n));

    /// <summary>ε·√n·‖x‖₂ (‖x‖₂ rounded up) with the ε of the path n takes.</summary>
    private static double FftBound(double[] x)
    {
        var n = x.Length;
        var relative = ErrorBound.TransformRelative([n], real: n % 2 == 0);
        return relative * Math.Sqrt(n) * DftFastErrorBound.Norm2(x.Select(v => new Complex(v, 0)));
    }

    [Property(MaxTest = 80 / CaseCount.Divisor)]
    public Property Real_forward_equals_the_first_half_of_the_spec_transform() =>
        Prop.ForAll(Signals.ToArbitrary(), x =>
        {
            var complex = x.Select(v => new Complex(v, 0)).ToArray();
            var spec = Dft.Spec.Forward(complex);
            var bound = FftBound(x) + DftErrorBound.Forward([x.Length], DftErrorBound.Norm1(complex));
            var half = Fft.RealForward(x);
            return half.Length == x.Length / 2 + 1 && half.Zip(spec).All(t => Complex.Abs(t.First - t.Second) <= bound);
        });

    /// <summary>
    /// For real x, X_0 = Σ x_j and (n even) X_{n/2} = Σ (−1)^j x_j are real; the real-input FFT forms them as sums and
    /// differences of real numbers, so their imaginary parts are exactly 0, as numpy.fft.rfft's. (A complex FFT of the
    /// same data rounds radix-3 and Bluestein twiddles into them: for [1, 4, 4, −9, 9, 6] its X_3 has imaginary part −4.4e−16.)
    /// </summary>
    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Real_forward_of_even_length_has_exactly_real_first_and_middle_terms() =>
        Prop.ForAll(Gen.Choose(1, 32).SelectMany(h => Gen.ArrayOf(Gen.Choose(-9, 9).Select(v => (double)v), 2 * h)).ToArbitrary(), x =>
        {
            var half = Fft.RealForward(x);
            return half[0].Imaginary == 0 && half[^1].Imaginary == 0;
        });

    [Fact]
    public void Real_forward_of_a_length_6_signal_has_a_real_middle_term() =>
        Assert.Equal(0.0, Fft.RealForward([1, 4, 4, -9, 9, 6])[3].Imaginary);

    /// <summary>numpy.fft.rfft([1, 2, 3, 4]) = [10, −2+2j, −2] (NumPy 1.24): exact, as the length-2 FFT and the twiddle −i are.</summary>
    [Fact]
    public void Real_forward_of_one_to_four_is_numpys() =>
        Assert.Equal([10, new Complex(-2, 2), -2], Fft.RealForward([1, 2, 3, 4]));
}
