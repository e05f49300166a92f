using ConvSpec.Convolution;
using ConvSpec.Shapes;
using ConvSpec.SpecTests.TestSupport;
using ConvSpec.Tensors;
using static ConvSpec.SpecTests.TestSupport.FastArgumentInputs;

namespace ConvSpec.SpecTests.Convolution;

/// <summary>
/// Every public entry of Convolve.Fast (convolve, fftconvolve, oaconvolve) called with one bad argument: refused with
/// the exception type, the argument's name and the rule broken, as the spec twins refuse it.
/// </summary>
public class ConvolveFastArgumentExamples
{
    private static readonly ConvolutionMode BadMode = (ConvolutionMode)7;
    private static readonly Method BadMethod = (Method)9;
    private static readonly NdArray<long> IntA = new([2, 3], [1, 2, 3, 4, 5, 6]);
    private static readonly NdArray<long> IntB = new([2, 2], [1, 0, 0, 1]);

    private static readonly Dictionary<string, ArgumentCase> Cases = new()
    {
        ["Full vectors a null"] = ArgumentCase.Null(() => Convolve.Fast.Full(null!, V), "a"),
        ["Full vectors b null"] = ArgumentCase.Null(() => Convolve.Fast.Full(V, null!), "b"),
        ["Full vectors a empty"] = ArgumentCase.Rule(() => Convolve.Fast.Full([], V), "a", "must not be empty"),
        ["Full vectors b empty"] = ArgumentCase.Rule(() => Convolve.Fast.Full(V, []), "b", "must not be empty"),
        ["Apply vectors in1 null"] = ArgumentCase.Null(() => Convolve.Fast.Apply(null!, V, ConvolutionMode.Full), "in1"),
        ["Apply vectors in2 null"] = ArgumentCase.Null(() => Convolve.Fast.Apply(V, null!, ConvolutionMode.Full), "in2"),
        ["Full tensors a null"] = ArgumentCase.Null(() => Convolve.Fast.Full(null!, A), "a"),
        ["Full tensors b null"] = ArgumentCase.Null(() => Convolve.Fast.Full(A, null!), "b"),
        ["Apply tensors in1 null"] = ArgumentCase.Null(() => Convolve.Fast.Apply(null!, A, ConvolutionMode.Full), "in1"),
        ["Apply tensors in2 null"] = ArgumentCase.Null(() => Convolve.Fast.Apply(A, null!, ConvolutionMode.Full), "in2"),

        ["Apply method in1 null"] = ArgumentCase.Null(() => Convolve.Fast.Apply(null!, A, ConvolutionMode.Full, Method.Fft), "in1"),
        ["Apply method in2 null"] = ArgumentCase.Null(() => Convolve.Fast.Apply(A, null!, ConvolutionMode.Full, Method.Fft), "in2"),
        ["Apply vectors method in1 null"] = ArgumentCase.Null(() => Convolve.Fast.Apply(null!, V, ConvolutionMode.Full, Method.Fft), "in1"),
        ["Apply vectors method in2 null"] = ArgumentCase.Null(() => Convolve.Fast.Apply(V, null!, ConvolutionMode.Full, Method.Fft), "in2"),
        ["Apply method undefined"] = ArgumentCase.Range(() => Convolve.Fast.Apply(A, B, ConvolutionMode.Full, BadMethod), "method", "9 is not a Method"),
        ["Apply method spec"] = ArgumentCase.Rule(() => Convolve.Fast.Apply(A, B, ConvolutionMode.Full, Method.Spec), "method",
            "spec is computed by Convolve.Spec, not Convolve.Fast"),
        // Integers take no FFT, so the direct sum is the only path after these checks.
        ["Apply integer method undefined"] = ArgumentCase.Range(() => Convolve.Fast.Apply(IntA, IntB, ConvolutionMode.Full, BadMethod), "method", "9 is not a Method"),
        ["Apply integer method spec"] = ArgumentCase.Rule(() => Convolve.Fast.Apply(IntA, IntB, ConvolutionMode.Full, Method.Spec), "method",
            "spec is computed by Convolve.Spec, not Convolve.Fast"),
        ["Apply fft mode undefined"] = ArgumentCase.Range(() => Convolve.Fast.Apply(A, B, BadMode, Method.Fft), "mode", "7 is not a ConvolutionMode"),
        // The extent-1 axes of either input are not convolved by fftconvolve; convolve still needs one input to cover the other.
        ["Apply fft valid neither covers"] = ArgumentCase.Rule(() => Convolve.Fast.Apply(Row, Column, ConvolutionMode.Valid, Method.Fft), "in2", Neither),
        ["Apply auto valid neither covers"] = ArgumentCase.Rule(() => Convolve.Fast.Apply(Row, Column, ConvolutionMode.Valid, Method.Auto), "in2", Neither),

        ["AlongAxes in1 null"] = ArgumentCase.Null(() => Convolve.Fast.AlongAxes(null!, A, ConvolutionMode.Full, null), "in1"),
        ["AlongAxes in2 null"] = ArgumentCase.Null(() => Convolve.Fast.AlongAxes(A, null!, ConvolutionMode.Full, null), "in2"),
        ["AlongAxes mode undefined"] = ArgumentCase.Range(() => Convolve.Fast.AlongAxes(A, B, BadMode, null), "mode", "7 is not a ConvolutionMode"),
        ["AlongAxes method undefined"] = ArgumentCase.Range(() => Convolve.Fast.AlongAxes(A, B, ConvolutionMode.Full, null, BadMethod), "method", "9 is not a Method"),
        ["AlongAxes method spec"] = ArgumentCase.Rule(() => Convolve.Fast.AlongAxes(A, B, ConvolutionMode.Full, null, Method.Spec), "method",
            "spec is computed by Convolve.Spec, not Convolve.Fast"),
        ["AlongAxes ranks differ"] = ArgumentCase.Rule(() => Convolve.Fast.AlongAxes(A, NdArray<double>.Vector(V), ConvolutionMode.Full, null), "in2",
            "must have the same rank as in1 (got rank 2 and rank 1)"),
        ["AlongAxes in1 empty"] = ArgumentCase.Rule(() => Convolve.Fast.AlongAxes(new NdArray<double>([2, 0], []), B, ConvolutionMode.Full, null), "in1",
            "must not be empty (shape 2x0)"),
        ["AlongAxes in2 empty"] = ArgumentCase.Rule(() => Convolve.Fast.AlongAxes(A, new NdArray<double>([0, 2], []), ConvolutionMode.Full, null), "in2",
            "must not be empty (shape 0x2)"),
        ["AlongAxes axes empty"] = ArgumentCase.Rule(() => Convolve.Fast.AlongAxes(A, B, ConvolutionMode.Full, []), "axes", "when given, must not be empty"),
        ["AlongAxes axis past the rank"] = ArgumentCase.Range(() => Convolve.Fast.AlongAxes(A, B, ConvolutionMode.Full, [2]), "axes",
            "axis 2 is out of range for rank 2"),
        ["AlongAxes axis below minus the rank"] = ArgumentCase.Range(() => Convolve.Fast.AlongAxes(A, B, ConvolutionMode.Full, [-3]), "axes",
            "axis -3 is out of range for rank 2"),
        ["AlongAxes axes repeated"] = ArgumentCase.Rule(() => Convolve.Fast.AlongAxes(A, B, ConvolutionMode.Full, [1, -1]), "axes",
            "must be unique (got 1, -1)"),
        ["AlongAxes other axis incompatible"] = ArgumentCase.Rule(() => Convolve.Fast.AlongAxes(A, B, ConvolutionMode.Full, [0]), "in2",
            "incompatible shapes for in1 and in2 on axis 1, which is not convolved (got 2x3 and 2x2): extents must be equal or 1"),
        ["AlongAxes valid neither covers"] = ArgumentCase.Rule(
            () => Convolve.Fast.AlongAxes(new NdArray<double>([2, 4], new double[8]), new NdArray<double>([3, 2], new double[6]), ConvolutionMode.Valid, null),
            "in2", "valid mode needs one input at least as large as the other in every axis (got 2x4 and 3x2)"),
        ["AlongAxes output too large"] = ArgumentCase.Rule(
            () => Convolve.Fast.AlongAxes(new NdArray<double>([1, 1 << 16], new double[1 << 16]), new NdArray<double>([1 << 16, 1], new double[1 << 16]), ConvolutionMode.Full, null),
            "output", $"shape 65536x65536 has more than {Array.MaxLength} elements"),
        // Both axes convolved, so the output is counted before any transform is planned.
        ["AlongAxes fft output too large"] = ArgumentCase.Rule(
            () => Convolve.Fast.AlongAxes(new NdArray<double>([46_341, 2], new double[92_682]), new NdArray<double>([2, 46_341], new double[92_682]), ConvolutionMode.Full, null),
            "output", $"shape 46342x46342 has more than {Array.MaxLength} elements"),
        ["OverlapAdd in1 null"] = ArgumentCase.Null(() => Convolve.Fast.OverlapAdd(null!, A, ConvolutionMode.Full, null), "in1"),
        ["OverlapAdd mode undefined"] = ArgumentCase.Range(() => Convolve.Fast.OverlapAdd(A, B, BadMode, null), "mode", "7 is not a ConvolutionMode"),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_bad_argument_is_refused_with_its_name_and_rule(string name) => Cases[name].Refuses();
}
