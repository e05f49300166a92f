using System.Text.Json;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>Every error type of docs/protocol.md, each with the argument it names.</summary>
public class ProtocolErrors
{
    [Theory]
    [InlineData("not json", "parse_error")]
    [InlineData("[1, 2]", "parse_error")]
    [InlineData("\"convolve\"", "parse_error")]
    [InlineData("""{"id": 1}""", "parse_error")]
    [InlineData("""{"id": 1, "op": 7}""", "parse_error")]
    [InlineData("""{"id": 1, "op": "nope", "args": {}}""", "invalid_argument")]
    [InlineData("""{"id": 1, "op": "convolve", "args": [1]}""", "invalid_argument")]
    [InlineData("""{"id": 1, "op": "convolve", "args": {"in1": [1], "in2": [2], "mdoe": "full"}}""", "invalid_argument")]
    [InlineData("""{"id": 1, "op": "convolve", "args": {"in2": [2]}}""", "invalid_argument")]
    [InlineData("""{"id": 1, "op": "convolve", "args": {"in1": [1], "in2": [2], "mode": "diagonal"}}""", "invalid_argument")]
    [InlineData("""{"id": 1, "op": "convolve", "args": {"in1": [1], "in2": [2], "method": "magic"}}""", "invalid_argument")]
    [InlineData("""{"id": 1, "op": "convolve", "args": {"in1": [1], "in2": [[2]]}}""", "invalid_argument")]
    [InlineData("""{"id": 1, "op": "convolve", "args": {"in1": [[1, 2], [3, 4]], "in2": [[1, 2, 3]], "mode": "valid"}}""", "invalid_argument")]
    [InlineData("""{"id": 1, "op": "convolve2d", "args": {"in1": [1, 2], "in2": [1]}}""", "invalid_argument")]
    [InlineData("""{"id": 1, "op": "convolve2d", "args": {"in1": [[1]], "in2": [[1]], "boundary": "reflect"}}""", "invalid_argument")]
    [InlineData("""{"id": 1, "op": "convolve2d", "args": {"in1": [[1]], "in2": [[1]], "fillvalue": [1, 2]}}""", "invalid_argument")]
    [InlineData("""{"id": 1, "op": "fftconvolve", "args": {"in1": [1], "in2": [1], "axes": [3]}}""", "invalid_argument")]
    [InlineData("""{"id": 1, "op": "fftconvolve", "args": {"in1": [1], "in2": [1], "axes": []}}""", "invalid_argument")]
    [InlineData("""{"id": 1, "op": "fftconvolve", "args": {"in1": [1], "in2": [1], "axes": 0.5}}""", "invalid_argument")]
    [InlineData("""{"id": 1, "op": "convolve", "args": {"in1": [], "in2": [1]}}""", "invalid_argument")]
    [InlineData("""{"id": 1, "op": "fftconvolve", "args": {"in1": [], "in2": [[1]]}}""", "invalid_argument")]
    [InlineData("""{"id": 1, "op": "convolve", "args": {"in1": [9223372036854775807], "in2": [2]}}""", "overflow")]
    [InlineData("""{"id": 1, "op": "correlate", "args": {"in1": [-9223372036854775808], "in2": [-1]}}""", "overflow")]
    [InlineData("""{"id": 1, "op": "fftconvolve", "args": {"in1": [4611686018427387904, 4611686018427387904], "in2": [1, 1]}}""", "overflow")]
    public void Each_bad_request_gets_its_error_type(string line, string type) => Assert.Equal(type, Wire.Outcome(line));

    [Theory]
    [InlineData("""{"in1": [[1, 2], [3]], "in2": [[2]]}""", "in1: ragged nested array")]
    [InlineData("""{"in1": [[1, 2], 3], "in2": [[2]]}""", "in1: ragged nested array")]
    [InlineData("""{"in1": [1, [2]], "in2": [2]}""", "in1: ragged nested array")]
    [InlineData("""{"in1": [1], "in2": {"dtype": "int32", "shape": [1], "data": [1]}}""", "in2.dtype: must be one of int64, float32, float64, complex64, complex128 (got int32)")]
    [InlineData("""{"in1": [1], "in2": {"dtype": "int64", "shape": [2], "data": [1]}}""", "in2: data must hold 2 elements")]
    [InlineData("""{"in1": [1], "in2": {"dtype": "int64", "shape": [-1], "data": []}}""", "in2.shape: extents must be non-negative integers")]
    [InlineData("""{"in1": [1], "in2": {"dtype": "int64", "shape": [1], "data": [1.5]}}""", "in2: int64 elements must be integers")]
    [InlineData("""{"in1": [1], "in2": {"dtype": "int64", "shape": [1], "data": [1], "strides": [1]}}""", "in2: unknown tensor field 'strides'")]
    [InlineData("""{"in1": [99999999999999999999], "in2": [1]}""", "in1: integer 99999999999999999999 does not fit in int64")]
    [InlineData("""{"in1": ["one"], "in2": [1]}""", "in1: the only strings allowed as numbers are NaN, Infinity, -Infinity")]
    [InlineData("""{"in1": [true], "in2": [1]}""", "in1: elements must be numbers")]
    [InlineData("""{"in1": [1], "in2": [2], "mdoe": "full"}""", "args: unknown argument 'mdoe' for convolve")]
    public void Messages_name_the_argument_and_the_rule(string args, string start) =>
        Assert.StartsWith(start, Wire.Message(Wire.Convolve(args)));

    /// <summary>A huge shape in the object form is refused from its numbers, before any element array is allocated.</summary>
    [Theory]
    [InlineData("[2000000000]", "in1: data must hold 2000000000 elements")]
    [InlineData("[100000, 100000]", "in1.shape: shape 100000x100000 has more than")]
    [InlineData("[65536, 65536, 65536, 65536]", "in1.shape: shape 65536x65536x65536x65536 has more than")]
    [InlineData("[4294967296]", "in1.shape: extents must be non-negative integers")]
    public void Huge_shapes_are_rejected_before_allocation(string shape, string start)
    {
        var line = Wire.Convolve($$"""{"in1": {"dtype": "float64", "shape": {{shape}}, "data": [1]}, "in2": [1]}""");
        Wire.Outcome(line);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var message = Wire.Message(line);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1 << 20, "a rejected request allocated a megabyte or more");
        Assert.StartsWith(start, message);
    }

    /// <summary>The full output of modest inputs can still be too large to allocate: an error, not a crash.</summary>
    [Fact]
    public void An_output_too_large_to_hold_is_invalid_argument()
    {
        var line = Wire.Convolve("""{"in1": {"dtype": "int64", "shape": [1, 1, 1], "data": [1]}, "in2": {"dtype": "int64", "shape": [1, 1, 1], "data": [1]}}""");
        Assert.Equal("result", Wire.Outcome(line));
        var big = """{"dtype": "int64", "shape": [50000, 1], "data": [0]}""";
        Assert.Equal("invalid_argument", Wire.Outcome(Wire.Convolve($$"""{"in1": {{big}}, "in2": {{big}}}""")));
    }

    /// <summary>A request with a null or missing args object is a missing-argument error, not a crash.</summary>
    [Theory]
    [InlineData("""{"id": 1, "op": "convolve"}""")]
    [InlineData("""{"id": 1, "op": "convolve", "args": null}""")]
    public void Missing_args_name_the_first_required_argument(string line) =>
        Assert.StartsWith("in1: required argument", Wire.Message(line));

    [Fact]
    public void Deeply_nested_input_is_an_error_not_a_stack_overflow()
    {
        var deep = new string('[', 5000) + new string(']', 5000);
        Assert.Contains(Wire.Outcome(Wire.Convolve($$"""{"in1": {{deep}}, "in2": [1]}""")), new[] { "parse_error", "invalid_argument" });
    }

    /// <summary>
    /// unsupported and internal have no trigger among this operations, so the mapping from exception to
    /// type is checked directly, and the error line's shape with it.
    /// </summary>
    [Fact]
    public void Every_exception_kind_maps_to_its_error_type()
    {
        Assert.Equal("parse_error", ConvSpec.Protocol.ErrorType.Of(new ConvSpec.Protocol.RequestFormatException("x")));
        Assert.Equal("invalid_argument", ConvSpec.Protocol.ErrorType.Of(new ArgumentOutOfRangeException("axes")));
        Assert.Equal("invalid_argument", ConvSpec.Protocol.ErrorType.Of(new ArgumentNullException("in1")));
        Assert.Equal("unsupported", ConvSpec.Protocol.ErrorType.Of(new NotSupportedException("dilation: not implemented")));
        Assert.Equal("overflow", ConvSpec.Protocol.ErrorType.Of(new OverflowException("convolve: overflow")));
        Assert.Equal("internal", ConvSpec.Protocol.ErrorType.Of(new InvalidOperationException("bug")));
        Assert.Equal("internal", ConvSpec.Protocol.ErrorType.Of(new IndexOutOfRangeException()));
        Assert.Equal("mode: bad", ConvSpec.Protocol.ErrorType.MessageOf(new ArgumentException("mode: bad", "mode")));
        Assert.Equal("""{"id":[1],"error":{"type":"unsupported","message":"why \"not\""}}""",
            ConvSpec.Protocol.EvalServer.Failure("[1]", "unsupported", "why \"not\""));
    }
}
