using System.Numerics;
using ConvSpec.Fourier;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Fourier;

/// <summary>NumPy's documented fft examples (numbers from NumPy 1.24), exact where every root is ±1 or ±i, else within the bound.</summary>
public class DftExamples
{
    private static void AssertWithin(IReadOnlyList<Complex> expected, IReadOnlyList<Complex> actual, double bound)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var k = 0; k < expected.Count; k++)
            Assert.True(Complex.Abs(expected[k] - actual[k]) <= bound, $"element {k}: {actual[k]} vs {expected[k]} (bound {bound})");
    }

    /// <summary>numpy.fft.fft([1, 2, 3, 4]) = [10, −2+2j, −2, −2−2j]; numpy.fft.ifft([0, 4, 0, 0]) = [1, 1j, −1, −1j] (exact: n = 4).</summary>
    [Fact]
    public void Length_4_examples_are_exact()
    {
        Assert.Equal([10, new Complex(-2, 2), -2, new Complex(-2, -2)], Dft.Spec.Forward([1, 2, 3, 4]));
        Assert.Equal([1, Complex.ImaginaryOne, -1, -Complex.ImaginaryOne], Dft.Spec.Inverse([0, 4, 0, 0]));
    }

    /// <summary>numpy.fft.fft documentation: fft(exp(2πi·arange(8)/8)) is 8 at k = 1 and zero elsewhere (NumPy prints ~1e−16 noise).</summary>
    [Fact]
    public void Fft_of_a_pure_tone_is_a_single_spike()
    {
        var x = Enumerable.Range(0, 8).Select(j => RootOfUnity.Of(j, 8, +1)).ToArray();
        var bound = DftErrorBound.Forward([8], DftErrorBound.Norm1(x)) + 8 * DftErrorBound.RootError;
        AssertWithin([0, 8, 0, 0, 0, 0, 0, 0], Dft.Spec.Forward(x), bound);
    }

    /// <summary>numpy.fft.fftn documentation: a = mgrid[:3,:3,:3][0], fftn(a, axes=(1, 2)) is 9·i at [i,0,0] and zero elsewhere.</summary>
    [Fact]
    public void Fftn_documentation_example_over_two_axes()
    {
        var a = NdArray<Complex>.Create([3, 3, 3], i => i[0]);
        var expected = NdArray<Complex>.Create([3, 3, 3], i => i[1] == 0 && i[2] == 0 ? 9.0 * i[0] : 0);
        var result = Dft.Spec.Forward(a, [1, 2]);
        // Each [i, :, :] slice is transformed on its own: its bound uses that slice's ‖·‖₁ = 9i ≤ 18.
        AssertWithin(expected.Data, result.Data, DftErrorBound.Forward([3, 3], 18));
    }

    /// <summary>numpy.fft.fft(arange(6).reshape(2, 3), axis=−1) = [[3, −1.5+0.8660254037844386j, −1.5−0.8660254037844386j], [12, same, same]].</summary>
    [Fact]
    public void Fft_along_the_last_axis_with_a_negative_axis()
    {
        var x = NdArray<Complex>.Create([2, 3], i => 3 * i[0] + i[1]);
        var c = new Complex(-1.5, 0.8660254037844386);
        Complex[] expected = [3, c, Complex.Conjugate(c), 12, c, Complex.Conjugate(c)];
        // The printed 0.8660254037844386 is √3/2 rounded to double: within u·|c| ≤ 2u of the exact value.
        AssertWithin(expected, Dft.Spec.Forward(x, [-1]).Data, DftErrorBound.Forward([3], 12) + 2 * DftErrorBound.UnitRoundoff);
    }

    /// <summary>numpy.fft.fftn([[1,2],[3,4]]) = [[10, −2], [−4, 0]]; ifftn = [[2.5, −0.5], [−1, 0]]; axes=[0, 0] transforms axis 0 twice: [[2, 4], [6, 8]].</summary>
    [Fact]
    public void Two_by_two_examples_are_exact()
    {
        var x = NdArray<Complex>.Create([2, 2], i => 2 * i[0] + i[1] + 1);
        Assert.Equal([10, -2, -4, 0], Dft.Spec.Forward(x).Data);
        Assert.Equal([2.5, -0.5, -1, 0], Dft.Spec.Inverse(x).Data);
        Assert.Equal([2, 4, 6, 8], Dft.Spec.Forward(x, [0, 0]).Data);
        Assert.Equal(x.Data, Dft.Spec.Forward(x, []).Data);
    }

    [Fact]
    public void Bad_axes_are_named()
    {
        var x = NdArray<Complex>.Create([2, 2], _ => 1);
        Assert.Equal("axes", Assert.ThrowsAny<ArgumentException>(() => Dft.Spec.Forward(x, [2])).ParamName);
        Assert.Equal("axes", Assert.ThrowsAny<ArgumentException>(() => Dft.Spec.Forward(new NdArray<Complex>([2, 0], []), null)).ParamName);
    }
}
