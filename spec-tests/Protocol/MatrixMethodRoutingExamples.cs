using System.Numerics;
using System.Text.Json;
using ConvSpec.Protocol;
using ConvSpec.Protocol.Operations;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>
/// The method argument of circular_convolve, dft and idft, and the explicit defaults of toeplitz and
/// doubly_block_toeplitz: auto (the default) and fft run the FFT, spec the spec, on inputs where the two differ.
/// </summary>
public class MatrixMethodRoutingExamples
{
    private static string Data(string op, string args)
    {
        using var doc = Wire.Send($$"""{"id": 1, "op": "{{op}}", "args": {{args}}}""");
        return doc.RootElement.GetProperty("result").GetProperty("data").GetRawText();
    }

    /// <summary>
    /// Each output is 1e16 + 1 − 1e16 in a cyclic order: the spec's exact sum is 1; the FFT's double arithmetic,
    /// whose unit in the last place at 1e16 is 2, loses the 1.
    /// </summary>
    [Theory]
    [InlineData("", "[0.0,0.0,0.0]")]
    [InlineData(""", "method": "auto" """, "[0.0,0.0,0.0]")]
    [InlineData(""", "method": "fft" """, "[0.0,0.0,0.0]")]
    [InlineData(""", "method": "spec" """, "[1.0,1.0,1.0]")]
    public void Circular_convolve_spec_is_exact_where_the_FFT_rounds(string method, string data) =>
        Assert.Equal(data, Data("circular_convolve", $$"""{"in1": [1e16, 1.0, -1e16], "in2": [1, 1, 1]{{method}}}"""));

    /// <summary>
    /// X[0] = Σ x_j = 28 for x = [1 .. 7] (and its inverse 28/7 = 4): the spec sums the integers times the root 1
    /// exactly; the FFT of length 7 (a chirp convolution) rounds.
    /// </summary>
    [Theory]
    [InlineData("dft", "", 27.999999999999993)]
    [InlineData("dft", """, "method": "fft" """, 27.999999999999993)]
    [InlineData("dft", """, "method": "spec" """, 28.0)]
    [InlineData("idft", "", 3.999999999999999)]
    [InlineData("idft", """, "method": "auto" """, 3.999999999999999)]
    [InlineData("idft", """, "method": "spec" """, 4.0)]
    public void Spec_dft_of_1_to_7_has_the_exact_zero_frequency_term(string op, string method, double x0)
    {
        using var doc = Wire.Send($$$"""{"id": 1, "op": "{{{op}}}", "args": {"x": [1, 2, 3, 4, 5, 6, 7]{{{method}}}}}""");
        Assert.Equal(x0, doc.RootElement.GetProperty("result").GetProperty("data")[0][0].GetDouble());
    }

    /// <summary>numpy.fft.fft([1, 2, 3, 4]) and numpy.fft.ifft([0, 4, 0, 0]) on operation objects made here.</summary>
    [Fact]
    public void Fresh_dft_is_forward_and_fresh_idft_is_inverse()
    {
        static Complex[] Run(IEvalOperation op, string x) =>
            (Complex[])((TensorValue)op.Evaluate(new EvalArgs(op.Name, JsonDocument.Parse($$"""{"x": {{x}}}""").RootElement)).Result).Data;
        Assert.Equal([new(10, 0), new(-2, 2), new(-2, 0), new(-2, -2)], Run(new DftOperation(), "[1, 2, 3, 4]"));
        Assert.Equal([new(1, 0), new(0, 1), new(-1, 0), new(0, -1)], Run(new IdftOperation(), "[0, 4, 0, 0]"));
    }

    /// <summary>Naming the defaults changes nothing: convolution_matrix([1, 2], 2) = [[1, 0], [2, 1], [0, 2]].</summary>
    [Theory]
    [InlineData("toeplitz", """{"kernel": [1, 2], "n": 2, "mode": "full", "kind": "convolution"}""")]
    [InlineData("doubly_block_toeplitz", """{"kernel": [1, 2], "input_shape": [2], "mode": "full"}""")]
    public void Explicit_full_convolution_is_the_default(string op, string args) =>
        Assert.Equal("[1,0,2,1,0,2]", Data(op, args));
}
