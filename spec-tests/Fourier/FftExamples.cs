using System.Numerics;
using ConvSpec.Bounds;
using ConvSpec.Fourier;

namespace ConvSpec.SpecTests.Fourier;

/// <summary>Worked examples with their numbers written out and their source named.</summary>
public class FftExamples
{
    /// <summary>numpy.fft.fft([1, 2, 3, 4]) = [10, −2+2j, −2, −2−2j] (numpy 1.24); exact here (radix 4, unit twiddles).</summary>
    [Fact]
    public void Fft_of_1_2_3_4()
    {
        Assert.Equal([new Complex(10, 0), new Complex(-2, 2), new Complex(-2, 0), new Complex(-2, -2)], Fft.Forward([1, 2, 3, 4]));
    }

    /// <summary>numpy.fft.rfft([1, 0, 0, 0, 0, 0]) = [1, 1, 1, 1]: an impulse has a flat spectrum.</summary>
    [Fact]
    public void Real_fft_of_an_impulse_is_flat()
    {
        var x = Fft.RealForward([1, 0, 0, 0, 0, 0]);
        Assert.Equal(4, x.Length);
        Assert.All(x, z => Assert.InRange((z - 1).Magnitude, 0, ErrorBound.RealFftRelative(6) * 2));
    }

    /// <summary>numpy.fft.fft([1, 1, 1, 1, 1, 1, 1]) = [7, 0, 0, 0, 0, 0, 0] (length 7: Bluestein).</summary>
    [Fact]
    public void Fft_of_a_constant_of_prime_length_is_an_impulse()
    {
        var x = Fft.Forward(Enumerable.Repeat(Complex.One, 7).ToArray());
        Assert.InRange((x[0] - 7).Magnitude, 0, ErrorBound.FftRelative(7) * 7);
        Assert.All(x.Skip(1), z => Assert.InRange(z.Magnitude, 0, ErrorBound.FftRelative(7) * 7));
    }

    /// <summary>scipy.fft.next_fast_len (SciPy 1.10): (target, complex, real=True).</summary>
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(7, 7, 8)]
    [InlineData(13, 14, 15)]
    [InlineData(97, 98, 100)]
    [InlineData(101, 105, 108)]
    [InlineData(1025, 1029, 1080)]
    [InlineData(4097, 4116, 4320)]
    [InlineData(65537, 65610, 65610)]
    public void Next_fast_length_matches_SciPy(int target, int complex, int real)
    {
        Assert.Equal(complex, FastLength.Next(target));
        Assert.Equal(real, FastLength.Next(target, real: true));
    }

    /// <summary>γ_n = n u/(1 − n u): γ_1 = u/(1 − u); the bound refuses n u ≥ 1.</summary>
    [Fact]
    public void Gamma_follows_its_definition()
    {
        var u = ErrorBound.UnitRoundoff;
        Assert.Equal(u / (1 - u), ErrorBound.Gamma(1));
        Assert.Equal(10 * u / (1 - 10 * u), ErrorBound.Gamma(10));
        Assert.Throws<ArgumentOutOfRangeException>(() => ErrorBound.Gamma(1L << 53));
    }
}
