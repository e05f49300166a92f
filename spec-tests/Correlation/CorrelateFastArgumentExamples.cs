using ConvSpec.Convolution;
using ConvSpec.Correlation;
using ConvSpec.Padding;
using ConvSpec.Shapes;
using ConvSpec.SpecTests.TestSupport;
using ConvSpec.Tensors;
using static ConvSpec.SpecTests.TestSupport.FastArgumentInputs;

namespace ConvSpec.SpecTests.Correlation;

/// <summary>
/// Correlate.Fast, Correlate2D.Fast and Convolve2D.Fast called with one bad argument: refused with the exception type,
/// the argument's name and the rule broken.
/// </summary>
public class CorrelateFastArgumentExamples
{

    private static readonly Dictionary<string, ArgumentCase> Cases = new()
    {
        ["Full a null"] = ArgumentCase.Null(() => Correlate.Fast.Full(null!, A), "a"),
        ["Full b null"] = ArgumentCase.Null(() => Correlate.Fast.Full(A, null!), "b"),
        ["Apply tensors in1 null"] = ArgumentCase.Null(() => Correlate.Fast.Apply(null!, A, ConvolutionMode.Full), "in1"),
        ["Apply tensors in2 null"] = ArgumentCase.Null(() => Correlate.Fast.Apply(A, null!, ConvolutionMode.Full), "in2"),
        ["Apply vectors in1 null"] = ArgumentCase.Null(() => Correlate.Fast.Apply(null!, V, ConvolutionMode.Full), "in1"),
        ["Apply vectors in2 null"] = ArgumentCase.Null(() => Correlate.Fast.Apply(V, null!, ConvolutionMode.Full), "in2"),
        ["Apply method in1 null"] = ArgumentCase.Null(() => Correlate.Fast.Apply(null!, A, ConvolutionMode.Full, Method.Fft), "in1"),
        ["Apply method in2 null"] = ArgumentCase.Null(() => Correlate.Fast.Apply(A, null!, ConvolutionMode.Full, Method.Fft), "in2"),
        ["Apply vectors method in1 null"] = ArgumentCase.Null(() => Correlate.Fast.Apply(null!, V, ConvolutionMode.Full, Method.Fft), "in1"),
        ["Apply vectors method in2 null"] = ArgumentCase.Null(() => Correlate.Fast.Apply(V, null!, ConvolutionMode.Full, Method.Fft), "in2"),
        ["Apply method undefined"] = ArgumentCase.Range(() => Correlate.Fast.Apply(A, B, ConvolutionMode.Full, (Method)9), "method", "9 is not a Method"),
        ["Apply method spec"] = ArgumentCase.Rule(() => Correlate.Fast.Apply(A, B, ConvolutionMode.Full, Method.Spec), "method",
            "spec is computed by Correlate.Spec, not Correlate.Fast"),
        ["Apply fft mode undefined"] = ArgumentCase.Range(() => Correlate.Fast.Apply(A, B, (ConvolutionMode)7, Method.Fft), "mode", "7 is not a ConvolutionMode"),
        ["Apply fft valid neither covers"] = ArgumentCase.Rule(() => Correlate.Fast.Apply(Row, Column, ConvolutionMode.Valid, Method.Fft), "in2", Neither),
        ["Apply fft valid ranks differ"] = ArgumentCase.Rule(() => Correlate.Fast.Apply(A, NdArray<double>.Vector(1.0, 2), ConvolutionMode.Valid, Method.Fft), "in2",
            "must have the same rank as in1 (got rank 2 and rank 1)"),

        ["Correlate2D in1 null"] = ArgumentCase.Null(() => Correlate2D.Fast.Apply(null!, B, ConvolutionMode.Full), "in1"),
        ["Correlate2D in2 null"] = ArgumentCase.Null(() => Correlate2D.Fast.Apply(B, null!, ConvolutionMode.Full), "in2"),
        ["Correlate2D in1 not 2-D"] = ArgumentCase.Rule(() => Correlate2D.Fast.Apply(NdArray<double>.Vector(V), B, ConvolutionMode.Full), "in1",
            "must be a 2-D array (got rank 1)"),
        ["Correlate2D in2 not 2-D"] = ArgumentCase.Rule(() => Correlate2D.Fast.Apply(B, NdArray<double>.Vector(V), ConvolutionMode.Full), "in2",
            "must be a 2-D array (got rank 1)"),
        ["Correlate2D boundary undefined"] = ArgumentCase.Range(() => Correlate2D.Fast.Apply(A, B, ConvolutionMode.Full, (Boundary)5), "boundary",
            "5 is not a Boundary"),
        ["Correlate2D valid neither covers"] = ArgumentCase.Rule(() => Correlate2D.Fast.Apply(Row, Column, ConvolutionMode.Valid), "in2", Neither),
        ["Convolve2D in1 null"] = ArgumentCase.Null(() => Convolve2D.Fast.Apply(null!, B, ConvolutionMode.Full), "in1"),
        ["Convolve2D in2 not 2-D"] = ArgumentCase.Rule(() => Convolve2D.Fast.Apply(B, NdArray<double>.Vector(V), ConvolutionMode.Same), "in2",
            "must be a 2-D array (got rank 1)"),
        ["Convolve2D mode undefined"] = ArgumentCase.Range(() => Convolve2D.Fast.Apply(A, B, (ConvolutionMode)7), "mode", "7 is not a ConvolutionMode"),
        ["Convolve2D valid neither covers"] = ArgumentCase.Rule(() => Convolve2D.Fast.Apply(Row, Column, ConvolutionMode.Valid), "in2", Neither),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_bad_argument_is_refused_with_its_name_and_rule(string name) => Cases[name].Refuses();
}
