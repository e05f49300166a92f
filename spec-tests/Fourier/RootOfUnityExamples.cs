using System.Numerics;
using ConvSpec.Fourier;

namespace ConvSpec.SpecTests.Fourier;

/// <summary>
/// The quarter turns e^{sign·2πi r/4} are 1, sign·i, −1, −sign·i exactly (the angle is reduced to an octant in
/// integers, where cos 0 = 1 and sin 0 = 0), and their zero parts are +0: the octant's symmetry writes −sin 0 = −0,
/// which the root turns into +0, so that exact roots carry no sign noise into the sums.
/// </summary>
public class RootOfUnityExamples
{
    private static bool IsPositiveZero(double x) => BitConverter.DoubleToInt64Bits(x) == 0;

    [Theory]
    [InlineData(0, -1, 1, 0)]
    [InlineData(1, -1, 0, -1)]
    [InlineData(2, -1, -1, 0)]
    [InlineData(3, -1, 0, 1)]
    [InlineData(0, 1, 1, 0)]
    [InlineData(1, 1, 0, 1)]
    [InlineData(2, 1, -1, 0)]
    [InlineData(3, 1, 0, -1)]
    public void Quarter_turns_are_exact_with_positive_zeros(int r, int sign, double re, double im)
    {
        var w = RootOfUnity.Of(r, 4, sign);
        Assert.Equal(new Complex(re, im), w);
        if (re == 0) Assert.True(IsPositiveZero(w.Real), $"Re e^(2πi·{sign}·{r}/4) = -0");
        if (im == 0) Assert.True(IsPositiveZero(w.Imaginary), $"Im e^(2πi·{sign}·{r}/4) = -0");
    }
}
