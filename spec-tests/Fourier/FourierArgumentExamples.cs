using System.Numerics;
using ConvSpec.Fourier;
using ConvSpec.SpecTests.TestSupport;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Fourier;

/// <summary>Arguments outside the rules of the roots of unity and of NumPy's axes are errors naming them.</summary>
public class FourierArgumentExamples
{
    private static readonly NdArray<Complex> Matrix = new([2, 3], [1, 2, 3, 4, 5, 6]);

    /// <summary>Each public entry of Dft.Fast, DftAxes and RootOfUnity with one bad argument: its exception type, name and rule.</summary>
    private static readonly Dictionary<string, ArgumentCase> Cases = new()
    {
        ["Dft.Fast.Forward tensor null"] = ArgumentCase.Null(() => Dft.Fast.Forward((NdArray<Complex>)null!), "x"),
        ["Dft.Fast.Inverse tensor null"] = ArgumentCase.Null(() => Dft.Fast.Inverse((NdArray<Complex>)null!, [0]), "x"),
        ["Dft.Fast.Forward vector null"] = ArgumentCase.Null(() => Dft.Fast.Forward((Complex[])null!), "x"),
        ["Dft.Fast.Inverse vector null"] = ArgumentCase.Null(() => Dft.Fast.Inverse((Complex[])null!), "x"),
        ["Dft.Fast.Forward axis of extent 0"] = ArgumentCase.Rule(() => Dft.Fast.Forward(new NdArray<Complex>([0, 3], []), [0]), "axes",
            "cannot transform axis 0 of extent 0 (shape 0x3)"),
        ["Dft.Spec.Inverse axis of extent 0"] = ArgumentCase.Rule(() => Dft.Spec.Inverse(new NdArray<Complex>([2, 0], []), [-1]), "axes",
            "cannot transform axis 1 of extent 0 (shape 2x0)"),
        ["DftAxes.Normalise shape null"] = ArgumentCase.Null(() => DftAxes.Normalise(null!, null), "shape"),
        ["DftAxes.Normalise every axis, one of extent 0"] = ArgumentCase.Rule(() => DftAxes.Normalise([3, 0, 2], null), "axes",
            "cannot transform axis 1 of extent 0 (shape 3x0x2)"),
        ["DftAxes.Normalise named axis out of range"] = ArgumentCase.Rule(() => DftAxes.Normalise(Matrix.Shape, [2], "dims"), "dims",
            "axis 2 is out of range for rank 2 (allowed -2..1)"),
        ["RootOfUnity.Of n zero"] = ArgumentCase.Range(() => RootOfUnity.Of(1, 0, -1), "n", "must be at least 1 (got 0)"),
        ["RootOfUnity.Of n negative"] = ArgumentCase.Range(() => RootOfUnity.Of(1, -4, 1), "n", "must be at least 1 (got -4)"),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_bad_argument_is_refused_with_its_name_and_rule(string name) => Cases[name].Refuses();

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
