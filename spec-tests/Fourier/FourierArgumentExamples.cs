using System.Numerics;
using ConvSpec.Fourier;
using ConvSpec.SpecTests.TestSupport;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Fourier;

/// <summary>Arguments outside the rules of the roots of unity and of NumPy's axes are errors naming them.</summary>
public class FourierArgumentExamples
{
    [Theory] // e^{sign·2πi r/n} has sign −1 (forward) or +1 (inverse) only
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(-2)]
    public void A_root_of_unity_sign_other_than_plus_or_minus_one_is_an_error(int sign) =>
        Assert.Contains($"must be 1 or -1 (got {sign})", Reject.Named<ArgumentException>("sign", () => RootOfUnity.Of(1, 4, sign)).Message);

    [Theory] // rank 2 allows −2..1 (NumPy): −3 counts past the first axis, 2 past the last
    [InlineData(-3)]
    [InlineData(2)]
    public void Axes_outside_minus_rank_to_rank_are_errors_for_both_twins(int axis)
    {
        var x = new NdArray<Complex>([2, 3], [1, 2, 3, 4, 5, 6]);
        Assert.Contains("allowed -2..1", Reject.Named<ArgumentException>("axes", () => DftAxes.Normalise(x.Shape, [axis])).Message);
        Reject.Named<ArgumentException>("axes", () => Dft.Spec.Forward(x, [axis]));
        Reject.Named<ArgumentException>("axes", () => Dft.Fast.Forward(x, [axis]));
    }

    [Fact] // F and F⁻¹ are n × n for n ≥ 1; the transforms need a tensor (or vector) to transform
    public void Dft_matrices_need_n_at_least_one_and_the_transforms_a_tensor()
    {
        Assert.Contains("n: must be at least 1 (got 0)", Reject.Named<ArgumentOutOfRangeException>("n", () => Dft.Spec.Matrix(0)).Message);
        Assert.Contains("n: must be at least 1 (got 0)", Reject.Named<ArgumentOutOfRangeException>("n", () => Dft.Spec.InverseMatrix(0)).Message);
        Reject.Named<ArgumentNullException>("x", () => Dft.Spec.Forward((NdArray<Complex>)null!));
        Reject.Named<ArgumentNullException>("x", () => Dft.Spec.Inverse((Complex[])null!));
    }
}
