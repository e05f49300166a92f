using ConvSpec.Circulant;
using ConvSpec.SpecTests.Generators;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Circulant;

/// <summary>
/// The conditions under which <see cref="CircularConvolve.Fast"/> rounds an integer FFT (<see cref="CircularFft.TryExactInteger"/>),
/// each at an input where dropping or moving it changes the result: Σ|a|·Σ|b| &lt; 2^31 for int (so no partial sum
/// overflows), &lt; 2^53 for long and Int128 (so every value is a double), and a bound below ½ (so rounding recovers
/// the integer). Elsewhere the checked direct sum runs, equal to <see cref="CircularConvolve.Spec"/> value for value
/// and overflow for overflow.
/// </summary>
public class CircularFftExactnessExamples
{
    private const int N = CircularConvolve.Fast.FftThreshold;

    private static T[] Spike<T>(int index, T value) where T : struct
    {
        var x = new T[N];
        x[index] = value;
        return x;
    }

    /// <summary>
    /// int: a = 2^16 e₃, b = 2^15 e₁₀ gives c₁₃ = 2^31 &gt; int.MaxValue, the spec's overflow (Σ|a|·Σ|b| = 2^31, so no
    /// FFT, which would convert 2^31 to some int); b = (2^15 − 1) e₁₀ gives c₁₃ = 2^31 − 2^16, through the FFT; and
    /// a = −2^16 e₃ gives c₁₃ = −2^31 = int.MinValue, which fits (Σ|a|·Σ|b| = 2^31 again: the direct sum).
    /// </summary>
    [Fact]
    public void An_int_result_past_int_max_overflows_as_in_the_spec()
    {
        var (a, b) = (Spike(3, 1 << 16), Spike(10, 1 << 15));
        var spec = Assert.Throws<OverflowException>(() => CircularConvolve.Spec.Apply(a, b));
        var fast = Assert.Throws<OverflowException>(() => CircularConvolve.Fast.Apply(a, b));
        Assert.StartsWith("circular_convolve: integer overflow", spec.Message);
        Assert.Equal(spec.Message, fast.Message);

        var below = Spike(10, (1 << 15) - 1);
        Assert.NotNull(CircularFft.TryExactInteger(new NdArray<int>([N], a), new NdArray<int>([N], below)));
        Assert.Equal(Spike(13, (1 << 16) * ((1 << 15) - 1)), CircularConvolve.Fast.Apply(a, below));

        Assert.Equal(Spike(13, int.MinValue), CircularConvolve.Fast.Apply(Spike(3, -(1 << 16)), b));
    }

    /// <summary>
    /// long and Int128 values past 2^53 are not all doubles: (2^53 + 1) e₇ ⊛ e₀ = (2^53 + 1) e₇ exactly, where the FFT
    /// would give 2^53 (Σ|a|·Σ|b| = 2^53 + 1, rounded to 2^53, is not below 2^53); likewise −(2^53 + 1) and 2^100 in Int128.
    /// With a zero factor (Σ|a|·Σ|b| = 0) any value passes: the result is zero however it rounds.
    /// </summary>
    [Fact]
    public void Values_past_2_to_the_53_are_convolved_exactly()
    {
        const long past = (1L << 53) + 1;
        Assert.Equal(Spike(7, past), CircularConvolve.Fast.Apply(Spike(7, past), Spike(0, 1L)));
        Assert.Equal(Spike(7, -past), CircularConvolve.Fast.Apply(Spike(0, 1L), Spike(7, -past)));
        Assert.Equal(Spike(7, -(Int128)past), CircularConvolve.Fast.Apply(Spike(7, -(Int128)past), Spike(0, Int128.One)));
        Assert.Equal(Spike(7, Int128.One << 100), CircularConvolve.Fast.Apply(Spike(0, Int128.One), Spike(7, Int128.One << 100)));
        Assert.Equal(new long[N], CircularConvolve.Fast.Apply(Spike(7, long.MaxValue), new long[N]));
        Assert.Equal(new Int128[N], CircularConvolve.Fast.Apply(new Int128[N], Spike(7, Int128.MinValue)));
    }

    /// <summary>
    /// long and Int128 are not held to int's 2^31: a_i = 4096 − 37i, b_i = 3i − 2048 (i = 0..63) have
    /// Σ|a|·Σ|b| = 187 552 · 125 024 ≈ 2^34.4 and a bound below ½, so the rounded FFT is taken, and it equals the spec.
    /// </summary>
    [Fact]
    public void Long_and_Int128_take_the_rounded_FFT_past_the_int_limit()
    {
        var a = new NdArray<long>([N], Enumerable.Range(0, N).Select(i => 4096L - 37 * i).ToArray());
        var b = new NdArray<long>([N], Enumerable.Range(0, N).Select(i => 3L * i - 2048).ToArray());
        Assert.Equal(187_552L * 125_024, a.Data.Sum(Math.Abs) * b.Data.Sum(Math.Abs));
        Assert.Equal(CircularConvolve.Spec.Apply(a, b), CircularFft.TryExactInteger(a, b));
        Assert.Equal(CircularConvolve.Spec.Apply(a.Wide(), b.Wide()), CircularFft.TryExactInteger(a.Wide(), b.Wide()));
    }

    /// <summary>
    /// Σ|a|·Σ|b| &lt; 2^53 alone is not enough: a = −97 275 253 e₃₇, b = 51 878 341 e₃ have Σ|a|·Σ|b| =
    /// 5 046 478 745 995 273 &lt; 2^53 but a bound above ½, and the FFT of this pair rounds c₈ = 0 to 1 (the
    /// double-precision twin shows it); the integer twin gives c = −5 046 478 745 995 273 e₄₀ exactly.
    /// </summary>
    [Fact]
    public void A_bound_of_one_half_or_more_is_not_rounded()
    {
        var (a, b) = (Spike(37, -97_275_253L), Spike(3, 51_878_341L));
        var (da, db) = (Array.ConvertAll(a, x => (double)x), Array.ConvertAll(b, x => (double)x));
        Assert.True(97_275_253.0 * 51_878_341 < Math.ScaleB(1, 53));
        Assert.False(CircularConvolveErrorBound.RoundsExactly(CircularConvolveErrorBound.Fft(da, db, [N])));
        Assert.Equal(1.0, Math.Round(CircularConvolve.Fast.Apply(da, db)[8]));
        Assert.Equal(Spike(40, -5_046_478_745_995_273L), CircularConvolve.Fast.Apply(a, b));
    }
}
