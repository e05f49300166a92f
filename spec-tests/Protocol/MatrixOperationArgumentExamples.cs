using System.Text.Json;
using ConvSpec.Protocol;
using ConvSpec.Protocol.Operations;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>
/// Argument rules of toeplitz, doubly_block_toeplitz, circular_convolve and dft: on the wire invalid_argument with
/// the rule's text, and on a fresh operation object an ArgumentException whose ParamName is the argument.
/// </summary>
public class MatrixOperationArgumentExamples
{
    private static object Evaluate(IEvalOperation op, string args) =>
        op.Evaluate(new EvalArgs(op.Name, JsonDocument.Parse(args).RootElement));

    private static IEvalOperation Fresh(string op) => op switch
    {
        "toeplitz" => new ToeplitzOperation(),
        "doubly_block_toeplitz" => new DoublyBlockToeplitzOperation(),
        "circular_convolve" => new CircularConvolveOperation(),
        _ => new DftOperation(),
    };

    [Theory]
    [InlineData("toeplitz", """{"c": [1], "kernel": [1]}""", "kernel", "kernel: not allowed with c and r (give either c [, r] or kernel, n, mode, kind)")]
    [InlineData("toeplitz", """{"c": [1], "n": 2}""", "n", "n: not allowed with c and r (give either c [, r] or kernel, n, mode, kind)")]
    [InlineData("toeplitz", """{"r": [1], "mode": "full"}""", "mode", "mode: not allowed with c and r (give either c [, r] or kernel, n, mode, kind)")]
    [InlineData("toeplitz", """{"c": [1], "r": [1], "kind": "convolution"}""", "kind", "kind: not allowed with c and r (give either c [, r] or kernel, n, mode, kind)")]
    [InlineData("toeplitz", """{"c": [1], "cc": [1]}""", "cc", "args: unknown argument 'cc' for toeplitz (known: c, kernel, r)")]
    [InlineData("toeplitz", """{"r": [1, 2]}""", "c", "c: required when r is given")]
    [InlineData("toeplitz", """{"n": 3}""", "kernel", "kernel: required argument of toeplitz is missing (or give c [, r])")]
    [InlineData("toeplitz", """{"kernel": [[1, 2]], "n": 2}""", "kernel", "kernel: must be 1-D (got rank 2)")]
    [InlineData("toeplitz", """{"kernel": [1, 2], "n": 0}""", "n", "n: must be a positive integer (got 0)")]
    [InlineData("toeplitz", """{"kernel": [1, 2], "n": -4}""", "n", "n: must be a positive integer (got -4)")]
    [InlineData("toeplitz", """{"kernel": [1, 2], "n": 2147483648}""", "n", "n: must be a positive integer (got 2147483648)")]
    [InlineData("doubly_block_toeplitz", """{"kernel": [[1]]}""", "input_shape", "input_shape: required argument of doubly_block_toeplitz is missing")]
    [InlineData("doubly_block_toeplitz", """{"kernel": [[1]], "input_shape": [1, 1], "padding": 0}""", "padding", "args: unknown argument 'padding' for doubly_block_toeplitz (known: input_shape, kernel, mode)")]
    [InlineData("doubly_block_toeplitz", """{"kernel": [[1]], "input_shape": [2, 0]}""", "input_shape", "input_shape: extents must be positive integers (got 0)")]
    [InlineData("doubly_block_toeplitz", """{"kernel": [[1]], "input_shape": [2147483648, 1]}""", "input_shape", "input_shape: extents must be positive integers (got 2147483648)")]
    [InlineData("doubly_block_toeplitz", """{"kernel": [[1, 2]], "input_shape": [2]}""", "input_shape", "input_shape: must have one extent per kernel axis (got 1 extents for a rank-2 kernel)")]
    [InlineData("circular_convolve", """{"in1": [1], "in2": [1], "methd": "spec"}""", "methd", "args: unknown argument 'methd' for circular_convolve (known: in1, in2, method)")]
    [InlineData("dft", """{"x": [1, 2], "axis": 0}""", "axis", "args: unknown argument 'axis' for dft (known: axes, method, x)")]
    [InlineData("dft", """{"x": [1, 2], "axes": [3000000000]}""", "axes", "axes: axis 3000000000 is out of range for rank 1")]
    public void Bad_arguments_are_refused_naming_the_argument_and_the_rule(string op, string args, string name, string message)
    {
        Assert.Equal("invalid_argument", Wire.Outcome(Wire.Line(op, args)));
        Assert.Equal(message, Wire.Message(Wire.Line(op, args)));
        var e = Assert.Throws<ArgumentException>(() => Evaluate(Fresh(op), args));
        Assert.Equal(name, e.ParamName);
        Assert.Equal(message, ErrorType.MessageOf(e));
    }
}
