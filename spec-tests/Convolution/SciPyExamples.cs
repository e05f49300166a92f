using System.Numerics;
using System.Text.Json;
using ConvSpec.Convolution;
using ConvSpec.Correlation;
using ConvSpec.Padding;
using ConvSpec.Protocol;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Convolution;

/// <summary>
/// Worked examples after SciPy's documentation, shrunk to small data, and SciPy's quirks, each answered through
/// <c>eval</c> (all six operations) and, where there is one, the spec function. Every number was printed by
/// SciPy 1.10.1 (NumPy 1.24.2); where SciPy's float answer carries rounding error, the exact value is written and
/// SciPy's printout is quoted beside it.
/// </summary>
public class SciPyExamples
{
    /// <summary>The result of an eval request: dtype, shape, and the data as JSON text.</summary>
    private static (string DType, string Shape, string Data) Eval(string op, string args)
    {
        using var doc = JsonDocument.Parse(EvalServer.Respond($"{{\"id\":1,\"op\":\"{op}\",\"args\":{args}}}"));
        Assert.True(doc.RootElement.TryGetProperty("result", out var r), doc.RootElement.GetRawText());
        return (r.GetProperty("dtype").GetString()!, r.GetProperty("shape").GetRawText(), r.GetProperty("data").GetRawText());
    }

    /// <summary>scipy.signal.convolve docstring: smooth a square pulse with a Hann window, sig = repeat([0,1,0], 3), win = hann(5) = [0, .5, 1, .5, 0].</summary>
    [Fact]
    public void Convolve_smooths_a_square_pulse_with_a_Hann_window()
    {
        // convolve(sig, win, 'same') / sum(win) = [0, 0, .25, .75, 1, .75, .25, 0, 0], sum(win) = 2
        var r = Eval("convolve", """{"in1":[0.0,0,0,1,1,1,0,0,0],"in2":[0.0,0.5,1,0.5,0],"mode":"same"}""");
        Assert.Equal(("float64", "[9]", "[0.0,0.0,0.5,1.5,2.0,1.5,0.5,0.0,0.0]"), r);
    }

    /// <summary>scipy.signal.correlate docstring: find a pulse; sig = repeat([0,1,1,0,1,0,0,1], 2) against ones(4).</summary>
    [Fact]
    public void Correlate_finds_the_run_of_ones()
    {
        var r = Eval("correlate", """{"in1":[0,0,1,1,1,1,0,0,1,1,0,0,0,0,1,1],"in2":[1,1,1,1],"mode":"same"}""");
        Assert.Equal(("int64", "[16]", "[0,1,2,3,4,3,2,2,2,2,2,1,0,1,2,2]"), r);
        Assert.Equal([0, 0, 1, 2, 3, 4, 3, 2, 2, 2, 2, 2, 1, 0, 1, 2, 2, 2, 1],
            Correlate.Spec.Apply(new long[] { 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1 }, [1, 1, 1, 1], ConvolutionMode.Full));
    }

    /// <summary>scipy.signal.convolve2d docstring: the complex Scharr operator, symm boundary, same mode, on a 4x4 ramp 1..16.</summary>
    [Fact]
    public void Convolve2d_applies_the_complex_Scharr_operator_with_symmetric_boundary()
    {
        var scharr = """{"dtype":"complex128","shape":[3,3],"data":[[-3,-3],[0,-10],[3,-3],[-10,0],[0,0],[10,0],[-3,3],[0,10],[3,3]]}""";
        var r = Eval("convolve2d", $$"""{"in1":[[1,2,3,4],[5,6,7,8],[9,10,11,12],[13,14,15,16]],"in2":{{scharr}},"boundary":"symm","mode":"same"}""");
        Assert.Equal("complex128", r.DType);
        Assert.Equal("[[-16.0,-64.0],[-32.0,-64.0],[-32.0,-64.0],[-16.0,-64.0],[-16.0,-128.0],[-32.0,-128.0],[-32.0,-128.0],[-16.0,-128.0],"
            + "[-16.0,-128.0],[-32.0,-128.0],[-32.0,-128.0],[-16.0,-128.0],[-16.0,-64.0],[-32.0,-64.0],[-32.0,-64.0],[-16.0,-64.0]]", r.Data);
    }

    /// <summary>scipy.signal.correlate2d docstring: template matching; the 2x2 template [[1,2],[3,4]] peaks at (1, 1) where it sits.</summary>
    [Fact]
    public void Correlate2d_matches_a_template()
    {
        var r = Eval("correlate2d", """{"in1":[[0,0,0,0,0],[0,1,2,0,0],[0,3,4,0,0],[0,0,0,0,0]],"in2":[[1,2],[3,4]],"boundary":"symm","mode":"same"}""");
        Assert.Equal(("int64", "[4,5]", "[4,11,6,0,0,14,30,14,0,0,6,11,4,0,0,0,0,0,0,0]"), r);
    }

    /// <summary>scipy.signal.fftconvolve docstring: autocorrelation as convolution with the reversal; SciPy prints [4.000000000000002, 11, 20, 29.999999999999996, 20, 11, 4.000000000000002].</summary>
    [Fact]
    public void Fftconvolve_autocorrelation_is_exact()
    {
        var r = Eval("fftconvolve", """{"in1":[1.0,2,3,4],"in2":[4.0,3,2,1],"method":"spec"}""");
        Assert.Equal(("float64", "[7]", "[4.0,11.0,20.0,30.0,20.0,11.0,4.0]"), r);
    }

    /// <summary>scipy.signal.oaconvolve docstring: smoothing by a short window; SciPy prints [0.9999999999999996, 1.9999999999999998, 3, 4, 5.000000000000001, 6, 7, 5.75].</summary>
    [Fact]
    public void Oaconvolve_smooths_a_ramp_exactly()
    {
        var r = Eval("oaconvolve", """{"in1":[1.0,2,3,4,5,6,7,8],"in2":[0.25,0.5,0.25],"mode":"same","method":"spec"}""");
        Assert.Equal(("float64", "[8]", "[1.0,2.0,3.0,4.0,5.0,6.0,7.0,5.75]"), r);
    }

    /// <summary>correlate2d same with an even kernel keeps a window one later than correlate's: [[3,5,7,4]] against [1,3,5,7].</summary>
    [Fact]
    public void Correlate2d_same_with_an_even_kernel_differs_from_correlate()
    {
        Assert.Equal(("int64", "[1,4]", "[3,5,7,4]"), Eval("correlate2d", """{"in1":[[1,2,3,4]],"in2":[[1,1]],"mode":"same"}"""));
        Assert.Equal(("int64", "[4]", "[1,3,5,7]"), Eval("correlate", """{"in1":[1,2,3,4],"in2":[1,1],"mode":"same"}"""));
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { 3, 5, 7, 4 } }),
            Correlate2D.Spec.Apply(NdArray<long>.Matrix(new long[,] { { 1, 2, 3, 4 } }), NdArray<long>.Matrix(new long[,] { { 1, 1 } }), ConvolutionMode.Same));
    }

    /// <summary>A kernel longer than the input extends the boundary more than once: symm has period 6, wrap period 3.</summary>
    [Fact]
    public void Symm_and_wrap_with_a_kernel_longer_than_the_input()
    {
        var (a, k) = (NdArray<long>.Matrix(new long[,] { { 1, 2, 3 } }), new NdArray<long>([1, 8], Enumerable.Repeat(1L, 8).ToArray()));
        Assert.Equal(new long[] { 14, 15, 17, 18, 17, 15, 14, 15, 17, 18 }, Convolve2D.Spec.Apply(a, k, ConvolutionMode.Full, Boundary.Symm).Data);
        Assert.Equal(new long[] { 16, 15, 17, 16, 15, 17, 16, 15, 17, 16 }, Convolve2D.Spec.Apply(a, k, ConvolutionMode.Full, Boundary.Wrap).Data);
        Assert.Equal(("int64", "[1,10]", "[14,15,17,18,17,15,14,15,17,18]"),
            Eval("convolve2d", """{"in1":[[1,2,3]],"in2":[[1,1,1,1,1,1,1,1]],"boundary":"symm"}"""));
        Assert.Equal(("int64", "[1,10]", "[16,15,17,16,15,17,16,15,17,16]"),
            Eval("convolve2d", """{"in1":[[1,2,3]],"in2":[[1,1,1,1,1,1,1,1]],"boundary":"wrap"}"""));
    }

    /// <summary>correlate valid with in2 the larger swaps the inputs: correlate([1,2,3], [1..5]) = [26,20,14], the reverse of correlate([1..5], [1,2,3]).</summary>
    [Fact]
    public void Correlate_valid_with_the_second_input_larger()
    {
        Assert.Equal([26L, 20, 14], Correlate.Spec.Apply(new long[] { 1, 2, 3 }, [1, 2, 3, 4, 5], ConvolutionMode.Valid));
        Assert.Equal([14L, 20, 26], Correlate.Spec.Apply(new long[] { 1, 2, 3, 4, 5 }, [1, 2, 3], ConvolutionMode.Valid));
        Assert.Equal(("int64", "[3]", "[26,20,14]"), Eval("correlate", """{"in1":[1,2,3],"in2":[1,2,3,4,5],"mode":"valid"}"""));
    }

    /// <summary>
    /// Complex, in2 the larger: correlate gives [14−5j, −1+2j]; correlate2d swaps and reverses without conjugating
    /// back, giving the conjugate [[14+5j, −1−2j]].
    /// </summary>
    [Fact]
    public void Complex_valid_correlation_with_the_second_input_larger()
    {
        Complex[] a = [new(1, 2), new(3, -1)], b = [new(2, -1), new(0, 1), new(4, 0)];
        Assert.Equal([new Complex(14, -5), new Complex(-1, 2)], Correlate.Spec.Apply(a, b, ConvolutionMode.Valid));
        Assert.Equal([new Complex(14, 5), new Complex(-1, -2)],
            Correlate2D.Spec.Apply(new NdArray<Complex>([1, 2], a), new NdArray<Complex>([1, 3], b), ConvolutionMode.Valid).Data);
        Assert.Equal(("complex128", "[1,2]", "[[14.0,5.0],[-1.0,-2.0]]"), Eval("correlate2d",
            """{"in1":{"dtype":"complex128","shape":[1,2],"data":[[1,2],[3,-1]]},"in2":{"dtype":"complex128","shape":[1,3],"data":[[2,-1],[0,1],[4,0]]},"mode":"valid"}"""));
    }

    /// <summary>fftconvolve of a length-1 input in same mode keeps in1's length: fftconvolve([2.5], [1,2,3], 'same') = [5.0] (full is [2.5, 5, 7.5]).</summary>
    [Fact]
    public void Fftconvolve_same_with_a_length_one_input()
    {
        Assert.Equal(("float64", "[1]", "[5.0]"), Eval("fftconvolve", """{"in1":[2.5],"in2":[1.0,2,3],"mode":"same"}"""));
        Assert.Equal(("float64", "[3]", "[2.5,5.0,7.5]"), Eval("fftconvolve", """{"in1":[2.5],"in2":[1.0,2,3]}"""));
    }

    /// <summary>SciPy's test_empty (TestFFTConvolve, TestOAConvolve): an empty input gives np.array([]), float64 of shape (0,).</summary>
    [Theory]
    [InlineData("fftconvolve", "[]", "[]")]
    [InlineData("fftconvolve", "[5, 6]", "[]")]
    [InlineData("oaconvolve", "[]", "[7]")]
    [InlineData("oaconvolve", "{\"dtype\": \"complex64\", \"shape\": [0, 3], \"data\": []}", "[[1, 2], [3, 4]]")]
    public void Fftconvolve_and_oaconvolve_of_an_empty_input_are_empty(string op, string in1, string in2) =>
        Assert.Equal(("float64", "[0]", "[]"), Eval(op, $"{{\"in1\": {in1}, \"in2\": {in2}, \"mode\": \"same\"}}"));
}
