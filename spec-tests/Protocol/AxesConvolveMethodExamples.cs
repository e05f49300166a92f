using System.Globalization;
using System.Text.Json;
using ConvSpec.Convolution;
using ConvSpec.Protocol;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>
/// fftconvolve and oaconvolve run the algorithm their <c>method</c> names, bit for bit: auto and fft the operation's
/// own (one FFT for fftconvolve, overlap-add for oaconvolve), direct the vectorised direct sums, spec the exact
/// convolution rounded once. On sin-valued inputs the four round differently, so each answer shows its algorithm.
/// </summary>
public class AxesConvolveMethodExamples
{
    private static readonly double[] Signal = Enumerable.Range(1, 1000).Select(i => Math.Sin(i)).ToArray();
    private static readonly double[] Taps = Enumerable.Range(1, 5).Select(i => Math.Cos(3 * i)).ToArray();

    private static string Text(double[] values) => "[" + string.Join(", ", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + "]";

    private static readonly string Inputs = $$"""{"in1": {{Text(Signal)}}, "in2": {{Text(Taps)}}""";

    private static double[] Data(string op, string? method)
    {
        var m = method is null ? "" : $", \"method\": \"{method}\"";
        return JsonDocument.Parse(EvalServer.Respond($$$"""{"id": 1, "op": "{{{op}}}", "args": {{{Inputs}}}{{{m}}}}}""")).RootElement
            .GetProperty("result").GetProperty("data").EnumerateArray().Select(e => e.GetDouble()).ToArray();
    }

    private static double[] Fft => Convolve.Fast.AlongAxes(NdArray<double>.Vector(Signal), NdArray<double>.Vector(Taps), ConvolutionMode.Full, null).Data;
    private static double[] OverlapAdd => Convolve.Fast.OverlapAdd(NdArray<double>.Vector(Signal), NdArray<double>.Vector(Taps), ConvolutionMode.Full, null).Data;
    private static double[] Direct => Convolve.Fast.AlongAxes(NdArray<double>.Vector(Signal), NdArray<double>.Vector(Taps), ConvolutionMode.Full, null, Method.Direct).Data;

    [Fact]
    public void The_four_algorithms_round_these_inputs_differently()
    {
        var spec = Data("fftconvolve", "spec");
        Assert.NotEqual(Fft, OverlapAdd);
        Assert.NotEqual(Fft, Direct);
        Assert.NotEqual(OverlapAdd, Direct);
        Assert.NotEqual(spec, Fft);
        Assert.NotEqual(spec, OverlapAdd);
        Assert.NotEqual(spec, Direct);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("auto")]
    [InlineData("fft")]
    public void Fftconvolve_runs_one_fft(string? method) => Assert.Equal(Fft, Data("fftconvolve", method));

    [Theory]
    [InlineData(null)]
    [InlineData("auto")]
    [InlineData("fft")]
    public void Oaconvolve_runs_overlap_add(string? method) => Assert.Equal(OverlapAdd, Data("oaconvolve", method));

    [Theory]
    [InlineData("fftconvolve")]
    [InlineData("oaconvolve")]
    public void Method_direct_runs_the_direct_sums(string op) => Assert.Equal(Direct, Data(op, "direct"));

    [Theory]
    [InlineData("fftconvolve")]
    [InlineData("oaconvolve")]
    public void Method_spec_is_the_same_exact_answer_for_both(string op) => Assert.Equal(Data("fftconvolve", "spec"), Data(op, "spec"));

    [Fact] // EvalOperations.All is built once a process; an instance from a fresh scan shows what its constructor fixed
    public void A_freshly_constructed_oaconvolve_runs_overlap_add()
    {
        var result = EvalOperations.Discover()["oaconvolve"].Evaluate(new EvalArgs("oaconvolve", JsonDocument.Parse(Inputs + "}").RootElement));
        Assert.Equal(OverlapAdd, ((TensorValue)result.Result).AsDouble().Data);
    }
}
