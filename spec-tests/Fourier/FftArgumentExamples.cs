using System.Numerics;
using ConvSpec.Fourier;
using ConvSpec.SpecTests.TestSupport;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Fourier;

/// <summary>
/// Every public entry of <see cref="Fft"/> (and the length of an internal <see cref="FftPlan"/>) called with one bad
/// argument: refused with the exception type, the argument's name and the rule broken. Fft's axes follow
/// scipy.fft.fftn: −r ≤ a &lt; r, and no axis twice.
/// </summary>
public class FftArgumentExamples
{
    private static readonly NdArray<Complex> Matrix = new([2, 3], [1, 2, 3, 4, 5, 6]);

    private static readonly Dictionary<string, ArgumentCase> Cases = new()
    {
        ["RealForward null"] = ArgumentCase.Null(() => Fft.RealForward(null!), "x"),
        ["RealForward empty"] = ArgumentCase.Rule(() => Fft.RealForward([]), "x", "must not be empty"),
        ["Forward vector null"] = ArgumentCase.Null(() => Fft.Forward((Complex[])null!), "x"),
        ["Inverse vector null"] = ArgumentCase.Null(() => Fft.Inverse((Complex[])null!), "x"),
        ["Forward vector empty"] = ArgumentCase.Rule(() => Fft.Forward(Array.Empty<Complex>()), "x", "must not be empty (shape 0)"),
        ["Inverse vector empty"] = ArgumentCase.Rule(() => Fft.Inverse(Array.Empty<Complex>()), "x", "must not be empty (shape 0)"),
        ["Forward tensor null"] = ArgumentCase.Null(() => Fft.Forward((NdArray<Complex>)null!), "x"),
        ["Inverse tensor null"] = ArgumentCase.Null(() => Fft.Inverse((NdArray<Complex>)null!, [0]), "x"),
        // axis 0 has lines, but none along it: the shape, not the axis, is refused
        ["Forward tensor with an extent 0"] = ArgumentCase.Rule(() => Fft.Forward(new NdArray<Complex>([2, 0], []), [0]), "x",
            "must not be empty (shape 2x0)"),
        ["Forward axis past the rank"] = ArgumentCase.Range(() => Fft.Forward(Matrix, [2]), "axes", "axis 2 is out of range for rank 2"),
        ["Inverse axis below minus the rank"] = ArgumentCase.Range(() => Fft.Inverse(Matrix, [-3]), "axes", "axis -3 is out of range for rank 2"),
        ["Forward axes repeated"] = ArgumentCase.Rule(() => Fft.Forward(Matrix, [1, -1]), "axes", "must be unique"),
        ["FftPlan length 0"] = ArgumentCase.Range(() => FftPlan.Of(0), "n", "must be at least 1 (got 0)"),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_bad_argument_is_refused_with_its_name_and_rule(string name) => Cases[name].Refuses();
}
