using System.Globalization;
using System.Text.Json;
using ConvSpec.Convolution;
using ConvSpec.Correlation;
using ConvSpec.Padding;
using ConvSpec.Protocol;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>
/// convolve2d and correlate2d with method auto/direct answer the Fast twins bit for bit (Convolve2D.Fast,
/// Correlate2D.Fast), not the spec's formula evaluated in double: on a sin-valued 5 x 5 input, 3 x 3 kernel, mode
/// full, boundary symm, the two summation orders round differently.
/// </summary>
public class TwoDFastKernelExamples
{
    private static readonly NdArray<double> Image = NdArray<double>.Create([5, 5], i => Math.Sin(1 + 5 * i[0] + i[1]));
    private static readonly NdArray<double> Kernel = NdArray<double>.Create([3, 3], i => Math.Cos(3 + 3 * i[0] + i[1]));

    private static string Text(NdArray<double> a) =>
        $$"""{"dtype": "float64", "shape": [{{string.Join(", ", a.Shape)}}], "data": [{{string.Join(", ", a.Data.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))}}]}""";

    private static double[] Data(string op, string method) =>
        JsonDocument.Parse(EvalServer.Respond($$$"""{"id": 1, "op": "{{{op}}}", "args": {"in1": {{{Text(Image)}}}, "in2": {{{Text(Kernel)}}}, "boundary": "symm", "method": "{{{method}}}"}}""")).RootElement
            .GetProperty("result").GetProperty("data").EnumerateArray().Select(e => e.GetDouble()).ToArray();

    [Theory]
    [InlineData("auto")]
    [InlineData("direct")]
    public void Convolve2d_runs_the_fast_twin(string method)
    {
        var fast = Convolve2D.Fast.Apply(Image, Kernel, ConvolutionMode.Full, Boundary.Symm, 0.0).Data;
        Assert.NotEqual(Convolve2D.Spec.Apply(Image, Kernel, ConvolutionMode.Full, Boundary.Symm, 0.0).Data, fast);
        Assert.Equal(fast, Data("convolve2d", method));
    }

    [Theory]
    [InlineData("auto")]
    [InlineData("direct")]
    public void Correlate2d_runs_the_fast_twin(string method)
    {
        var fast = Correlate2D.Fast.Apply(Image, Kernel, ConvolutionMode.Full, Boundary.Symm, 0.0).Data;
        Assert.NotEqual(Correlate2D.Spec.Apply(Image, Kernel, ConvolutionMode.Full, Boundary.Symm, 0.0).Data, fast);
        Assert.Equal(fast, Data("correlate2d", method));
    }
}
