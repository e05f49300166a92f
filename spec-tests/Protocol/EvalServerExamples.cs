using System.Text.Json.Nodes;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>
/// Request and response lines of `convspec eval` (docs/protocol.md), written out whole. Numbers: SciPy 1.10
/// (convolve([1,2,3],[0,1,0.5]) = [0,1,2.5,4,1.5]; convolve([1,2,3,4],[1,1,1],'same') = [3,6,9,7]);
/// request 2's middle element is the exact 1 − 10^16 + 1 = −9999999999999998, where summing in double gives −10^16;
/// an integer convolve2d truncates a fractional fillvalue toward zero as SciPy's cast to the inputs' dtype does
/// (convolve2d([[1,2]], [[1,1]], fillvalue=1.5) = [[2,3,3]]; correlate2d(..., fillvalue=-1.5) = [[0,3,1]]).
/// </summary>
public class EvalServerExamples
{
    public static TheoryData<string, string> Lines => new()
    {
        { "{\"id\":1,\"op\":\"convolve\",\"args\":{\"in1\":[1,2,3],\"in2\":[0,1,0.5]}}",
          "{\"id\":1,\"result\":{\"dtype\":\"float64\",\"shape\":[5],\"data\":[0.0,1.0,2.5,4.0,1.5]}}" },
        { "{\"id\":\"a\",\"op\":\"convolve\",\"args\":{\"in1\":[1,2,3,4],\"in2\":[1,1,1],\"mode\":\"same\",\"method\":\"fft\"}}",
          "{\"id\":\"a\",\"result\":{\"dtype\":\"int64\",\"shape\":[4],\"data\":[3,6,9,7]}}" },
        { "{\"op\":\"correlate\",\"args\":{\"in1\":{\"dtype\":\"complex128\",\"shape\":[3],\"data\":[[1,2],3,[0,-1]]},\"in2\":{\"dtype\":\"complex128\",\"shape\":[2],\"data\":[[2,-1],[0,1]]},\"mode\":\"valid\"}}",
          "{\"id\":null,\"result\":{\"dtype\":\"complex128\",\"shape\":[2],\"data\":[[0.0,2.0],[5.0,3.0]]}}" },
        { "{\"id\":2,\"op\":\"convolve\",\"args\":{\"in1\":[1,1e16,1],\"in2\":[1,-1,1],\"method\":\"spec\"}}",
          "{\"id\":2,\"result\":{\"dtype\":\"float64\",\"shape\":[5],\"data\":[1.0,10000000000000000.0,-9999999999999998.0,10000000000000000.0,1.0]}}" },
        { "{\"id\":3,\"op\":\"convolve\",\"args\":{\"in1\":{\"dtype\":\"float32\",\"shape\":[2],\"data\":[0.1,0.2]},\"in2\":{\"dtype\":\"float32\",\"shape\":[1],\"data\":[3]}}}",
          "{\"id\":3,\"result\":{\"dtype\":\"float32\",\"shape\":[2],\"data\":[0.3,0.6]}}" },
        { "{\"id\":4,\"op\":\"convolve\",\"args\":{\"in1\":{\"dtype\":\"float64\",\"shape\":[2],\"data\":[\"NaN\",1]},\"in2\":[1,\"Infinity\"]}}",
          "{\"id\":4,\"result\":{\"dtype\":\"float64\",\"shape\":[3],\"data\":[\"NaN\",\"NaN\",\"Infinity\"]}}" },
        { "{\"id\":5,\"op\":\"convolve\",\"args\":{\"in1\":[4611686018427387904],\"in2\":[2]}}",
          "{\"id\":5,\"error\":{\"type\":\"overflow\",\"message\":\"convolve: result element 9223372036854775808 does not fit in int64\"}}" },
        { "{\"id\":6,\"op\":\"convolve2d\",\"args\":{\"in1\":[[1,2],[3,4]],\"in2\":[[1,1]],\"boundary\":\"wrap\",\"mode\":\"same\"}}",
          "{\"id\":6,\"result\":{\"dtype\":\"int64\",\"shape\":[2,2],\"data\":[3,3,7,7]}}" },
        { "{\"id\":7,\"op\":\"convolve2d\",\"args\":{\"in1\":[[1.0,2],[3,4]],\"in2\":[[1,1]],\"fillvalue\":\"NaN\"}}",
          "{\"id\":7,\"result\":{\"dtype\":\"float64\",\"shape\":[2,3],\"data\":[\"NaN\",3.0,\"NaN\",\"NaN\",7.0,\"NaN\"]}}" },
        { "{\"id\":8,\"op\":\"correlate2d\",\"args\":{\"in1\":[[1.0,2],[3,4]],\"in2\":[[1,1]],\"fillvalue\":\"NaN\",\"mode\":\"valid\"}}",
          "{\"id\":8,\"result\":{\"dtype\":\"float64\",\"shape\":[2,1],\"data\":[3.0,7.0]}}" },
        { "{\"id\":9,\"op\":\"convolve2d\",\"args\":{\"in1\":{\"dtype\":\"complex64\",\"shape\":[1,2],\"data\":[[1,1],2]},\"in2\":[[1,1]],\"fillvalue\":{\"dtype\":\"complex128\",\"shape\":[],\"data\":[[0,1]]}}}",
          "{\"id\":9,\"result\":{\"dtype\":\"complex128\",\"shape\":[1,3],\"data\":[[1.0,2.0],[3.0,1.0],[2.0,1.0]]}}" },
        { "{\"id\":10,\"op\":\"convolve2d\",\"args\":{\"in1\":[[1,2]],\"in2\":[[1,1]],\"fillvalue\":{\"dtype\":\"complex128\",\"shape\":[],\"data\":[[0,1]]}}}",
          "{\"id\":10,\"error\":{\"type\":\"invalid_argument\",\"message\":\"fillvalue: a complex fill value needs complex inputs\"}}" },
        { "{\"id\":11,\"op\":\"convolve2d\",\"args\":{\"in1\":[[1,2]],\"in2\":[[1,1]],\"fillvalue\":[1,2]}}",
          "{\"id\":11,\"error\":{\"type\":\"invalid_argument\",\"message\":\"fillvalue: must be a scalar (got shape 2)\"}}" },
        { "{\"id\":12,\"op\":\"convolve2d\",\"args\":{\"in1\":[[1,2]],\"in2\":[[1,1]],\"fillvalue\":2.0}}",
          "{\"id\":12,\"result\":{\"dtype\":\"int64\",\"shape\":[1,3],\"data\":[3,3,4]}}" },
        { "{\"id\":13,\"op\":\"fftconvolve\",\"args\":{\"in1\":[[1,2],[3,4]],\"in2\":[[1,-1]],\"axes\":1}}",
          "{\"id\":13,\"result\":{\"dtype\":\"int64\",\"shape\":[2,3],\"data\":[1,1,-2,3,1,-4]}}" },
        { "{\"id\":14,\"op\":\"oaconvolve\",\"args\":{\"in1\":[[1,2],[3,4]],\"in2\":[[1],[-1]],\"axes\":[0],\"mode\":\"valid\"}}",
          "{\"id\":14,\"result\":{\"dtype\":\"int64\",\"shape\":[1,2],\"data\":[2,2]}}" },
        { "{\"id\":15,\"op\":\"convolve2d\",\"args\":{\"in1\":{\"dtype\":\"complex128\",\"shape\":[1,2],\"data\":[[1,1],2]},\"in2\":[[1,1]],\"fillvalue\":\"Infinity\"}}",
          "{\"id\":15,\"result\":{\"dtype\":\"complex128\",\"shape\":[1,3],\"data\":[[\"Infinity\",\"NaN\"],[3.0,1.0],[\"Infinity\",\"NaN\"]]}}" },
        { "{\"id\":16,\"op\":\"nope\"}",
          "{\"id\":16,\"error\":{\"type\":\"invalid_argument\",\"message\":\"op: unknown operation 'nope' (known: AveragePool, Conv, GlobalAveragePool, GlobalLpPool, GlobalMaxPool, LpPool, MaxPool, WeightedAveragePool, circulant, circular_convolve, convolve, convolve2d, correlate, correlate2d, cost, dft, doubly_block_toeplitz, fftconvolve, idft, oaconvolve, output_shape, toeplitz)\"}}" },
        { "{\"id\":17,\"op\":\"convolve\",\"args\":{\"in1\":[1],\"in2\":[1],\"moed\":\"full\"}}",
          "{\"id\":17,\"error\":{\"type\":\"invalid_argument\",\"message\":\"args: unknown argument 'moed' for convolve (known: in1, in2, method, mode)\"}}" },
        { "{\"id\":18,\"op\":\"convolve\",\"args\":[1]}",
          "{\"id\":18,\"error\":{\"type\":\"invalid_argument\",\"message\":\"args: must be an object (got array)\"}}" },
        { "{\"id\":19,\"op\":\"convolve\",\"args\":{\"in2\":[1]}}",
          "{\"id\":19,\"error\":{\"type\":\"invalid_argument\",\"message\":\"in1: required argument of convolve is missing\"}}" },
        { "[1]",
          "{\"id\":null,\"error\":{\"type\":\"parse_error\",\"message\":\"request: must be a JSON object {\\\"id\\\", \\\"op\\\", \\\"args\\\"}\"}}" },
        { "{\"id\":20}",
          "{\"id\":20,\"error\":{\"type\":\"parse_error\",\"message\":\"op: every request needs an \\\"op\\\" string\"}}" },
        { "{\"id\":21,\"op\":7}",
          "{\"id\":21,\"error\":{\"type\":\"parse_error\",\"message\":\"op: every request needs an \\\"op\\\" string\"}}" },
        { "{\"id\":22,\"op\":\"convolve\",\"args\":{\"in1\":[[1,2],[3]],\"in2\":[1]}}",
          "{\"id\":22,\"error\":{\"type\":\"invalid_argument\",\"message\":\"in1: ragged nested array (axis 1 should have length 2, got length 1)\"}}" },
        { "{\"id\":23,\"op\":\"convolve\",\"args\":{\"in1\":{\"dtype\":\"float32\",\"shape\":[1],\"data\":[1e39]},\"in2\":[1]}}",
          "{\"id\":23,\"result\":{\"dtype\":\"float64\",\"shape\":[1],\"data\":[\"Infinity\"]}}" },
        { "{\"id\":24,\"op\":\"convolve\",\"args\":{\"in1\":{\"dtype\":\"float64\",\"shape\":[2],\"data\":[-0.0,1e300]},\"in2\":{\"dtype\":\"float64\",\"shape\":[],\"data\":[1]}}}",
          "{\"id\":24,\"error\":{\"type\":\"invalid_argument\",\"message\":\"in2: must have the same rank as in1 (got rank 1 and rank 0)\"}}" },
        { "not json",
          "{\"id\":null,\"error\":{\"type\":\"parse_error\",\"message\":\"request: not valid JSON ('not json' is an invalid JSON literal. Expected the literal 'null'. LineNumber: 0 | BytePositionInLine: 1.)\"}}" },
        { "{\"id\":25,\"op\":\"convolve2d\",\"args\":{\"in1\":[[1.0,2]],\"in2\":[[1,1]],\"fillvalue\":{\"dtype\":\"float64\",\"shape\":[],\"data\":[\"-Infinity\"]},\"mode\":\"full\",\"boundary\":\"fill\"}}",
          "{\"id\":25,\"result\":{\"dtype\":\"float64\",\"shape\":[1,3],\"data\":[\"-Infinity\",3.0,\"-Infinity\"]}}" },
        { "{\"id\":26,\"op\":\"convolve\",\"args\":{\"in1\":{\"dtype\":\"float32\",\"shape\":[1],\"data\":[16777217]},\"in2\":{\"dtype\":\"int64\",\"shape\":[1],\"data\":[1]}}}",
          "{\"id\":26,\"result\":{\"dtype\":\"float64\",\"shape\":[1],\"data\":[16777216.0]}}" },
        { "{\"id\":30,\"op\":\"convolve2d\",\"args\":{\"in1\":{\"dtype\":\"float32\",\"shape\":[1,2],\"data\":[0.1,2]},\"in2\":[[1,1]],\"fillvalue\":\"NaN\",\"boundary\":\"symm\"}}",
          "{\"id\":30,\"result\":{\"dtype\":\"float64\",\"shape\":[1,3],\"data\":[0.20000000298023224,2.100000001490116,4.0]}}" },
        { "{\"id\":31,\"op\":\"fftconvolve\",\"args\":{\"in1\":[[1,2],[3,4]],\"in2\":[[1,-1]]}}",
          "{\"id\":31,\"result\":{\"dtype\":\"int64\",\"shape\":[2,3],\"data\":[1,1,-2,3,1,-4]}}" },
        { "{\"id\":32,\"op\":\"correlate2d\",\"args\":{\"in1\":[[1,2],[3,4]],\"in2\":[[1,-1]],\"mode\":\"same\",\"boundary\":\"wrap\",\"fillvalue\":3}}",
          "{\"id\":32,\"result\":{\"dtype\":\"int64\",\"shape\":[2,2],\"data\":[-1,1,-1,1]}}" },
        { "{\"id\":33,\"op\":\"correlate\",\"args\":{\"in1\":[1,2,3,4],\"in2\":[1,2],\"mode\":\"same\",\"method\":\"direct\"}}",
          "{\"id\":33,\"result\":{\"dtype\":\"int64\",\"shape\":[4],\"data\":[2,5,8,11]}}" },
        { "{\"id\":34,\"op\":\"convolve\",\"args\":{\"in1\":[1],\"in2\":[1],\"method\":\"fast\"}}",
          "{\"id\":34,\"error\":{\"type\":\"invalid_argument\",\"message\":\"method: must be one of auto, direct, fft, spec (got fast)\"}}" },
        { "{\"id\":40,\"op\":\"convolve\",\"args\":{\"in1\":[1.5,2],\"in2\":[\"Infinity\"]}}",
          "{\"id\":40,\"result\":{\"dtype\":\"float64\",\"shape\":[2],\"data\":[\"Infinity\",\"Infinity\"]}}" },
        { "{\"id\":41,\"op\":\"convolve\",\"args\":{\"in1\":[\"-Infinity\",2],\"in2\":[0.5]}}",
          "{\"id\":41,\"result\":{\"dtype\":\"float64\",\"shape\":[2],\"data\":[\"-Infinity\",1.0]}}" },
        { "{\"id\":50,\"op\":\"convolve2d\",\"args\":{\"in1\":[[1,2],[3,4]],\"in2\":[[1,-1]]}}",
          "{\"id\":50,\"result\":{\"dtype\":\"int64\",\"shape\":[2,3],\"data\":[1,1,-2,3,1,-4]}}" },
        { "{\"id\":51,\"op\":\"correlate2d\",\"args\":{\"in1\":[[1.0,2],[3,4]],\"in2\":[[1,-1]],\"fillvalue\":\"NaN\"}}",
          "{\"id\":51,\"result\":{\"dtype\":\"float64\",\"shape\":[2,3],\"data\":[\"NaN\",-1.0,\"NaN\",\"NaN\",-1.0,\"NaN\"]}}" },
        { "{\"id\":52,\"op\":\"convolve2d\",\"args\":{\"in1\":[[1,2]],\"in2\":[[1,1]],\"fill\":1}}",
          "{\"id\":52,\"error\":{\"type\":\"invalid_argument\",\"message\":\"args: unknown argument 'fill' for convolve2d (known: boundary, fillvalue, in1, in2, method, mode)\"}}" },
        { "{\"id\":53,\"op\":\"correlate2d\",\"args\":{\"in1\":[[1,2]],\"in2\":[[1,1]],\"boundry\":\"wrap\"}}",
          "{\"id\":53,\"error\":{\"type\":\"invalid_argument\",\"message\":\"args: unknown argument 'boundry' for correlate2d (known: boundary, fillvalue, in1, in2, method, mode)\"}}" },
        { "{\"id\":54,\"op\":\"convolve\",\"args\":{\"in1\":[1,2,3],\"in2\":[1,-1],\"mode\":\"valid\",\"method\":\"direct\"}}",
          "{\"id\":54,\"result\":{\"dtype\":\"int64\",\"shape\":[2],\"data\":[1,1]}}" },
        { "{\"id\":55,\"op\":\"convolve\",\"args\":{\"in1\":[1,2,3],\"in2\":[1,-1],\"mode\":\"full\",\"method\":\"spec\"}}",
          "{\"id\":55,\"result\":{\"dtype\":\"int64\",\"shape\":[4],\"data\":[1,1,1,-3]}}" },
        { "{\"id\":56,\"op\":\"convolve\",\"args\":{\"in1\":[1,2,3],\"in2\":[1,-1],\"method\":\"auto\"}}",
          "{\"id\":56,\"result\":{\"dtype\":\"int64\",\"shape\":[4],\"data\":[1,1,1,-3]}}" },
        { "{\"id\":57,\"op\":\"correlate\",\"args\":{\"in1\":[1,2,3],\"in2\":[1,-1],\"method\":\"auto\"}}",
          "{\"id\":57,\"result\":{\"dtype\":\"int64\",\"shape\":[4],\"data\":[-1,-1,-1,3]}}" },
        { "{\"id\":58,\"op\":\"correlate\",\"args\":{\"in1\":[1,2,3],\"in2\":[1,-1],\"method\":\"fft\",\"mode\":\"full\"}}",
          "{\"id\":58,\"result\":{\"dtype\":\"int64\",\"shape\":[4],\"data\":[-1,-1,-1,3]}}" },
        { "{\"id\":59,\"op\":\"correlate\",\"args\":{\"in1\":[1,2,3],\"in2\":[1,-1],\"method\":\"spec\",\"mode\":\"same\"}}",
          "{\"id\":59,\"result\":{\"dtype\":\"int64\",\"shape\":[3],\"data\":[-1,-1,-1]}}" },
        { "{\"id\":60,\"op\":\"correlate\",\"args\":{\"in1\":[1,2,3],\"in2\":[1,-1],\"method\":\"direct\",\"mode\":\"valid\",\"axes\":0}}",
          "{\"id\":60,\"error\":{\"type\":\"invalid_argument\",\"message\":\"args: unknown argument 'axes' for correlate (known: in1, in2, method, mode)\"}}" },
        { "{\"id\":61,\"op\":\"fftconvolve\",\"args\":{\"in1\":[1,2,3],\"in2\":[1,-1],\"mode\":\"same\"}}",
          "{\"id\":61,\"result\":{\"dtype\":\"int64\",\"shape\":[3],\"data\":[1,1,1]}}" },
        { "{\"id\":62,\"op\":\"oaconvolve\",\"args\":{\"in1\":[1,2,3],\"in2\":[1,-1],\"mode\":\"valid\",\"axes\":[0]}}",
          "{\"id\":62,\"result\":{\"dtype\":\"int64\",\"shape\":[2],\"data\":[1,1]}}" },
        { "{\"id\":63,\"op\":\"convolve2d\",\"args\":{\"in1\":[[1,2]],\"in2\":[[1,1]],\"fillvalue\":1.5}}",
          "{\"id\":63,\"result\":{\"dtype\":\"int64\",\"shape\":[1,3],\"data\":[2,3,3]}}" },
        { "{\"id\":64,\"op\":\"correlate2d\",\"args\":{\"in1\":[[1,2]],\"in2\":[[1,1]],\"fillvalue\":-1.5}}",
          "{\"id\":64,\"result\":{\"dtype\":\"int64\",\"shape\":[1,3],\"data\":[0,3,1]}}" },
        { "{\"id\":66,\"op\":\"convolve2d\",\"args\":{\"in1\":[[1,2]],\"in2\":[[1,1.5]],\"fillvalue\":0.25}}",
          "{\"id\":66,\"result\":{\"dtype\":\"float64\",\"shape\":[1,3],\"data\":[1.375,3.5,3.25]}}" },
        { "{\"id\":67,\"op\":\"convolve2d\",\"args\":{\"in1\":[[0]],\"in2\":[[1,1]],\"fillvalue\":-9223372036854775808.0}}",
          "{\"id\":67,\"result\":{\"dtype\":\"int64\",\"shape\":[1,2],\"data\":[-9223372036854775808,-9223372036854775808]}}" },
        { "{\"id\":68,\"op\":\"convolve2d\",\"args\":{\"in1\":[[0]],\"in2\":[[1,1]],\"fillvalue\":9223372036854775808.0}}",
          "{\"id\":68,\"error\":{\"type\":\"invalid_argument\",\"message\":\"fillvalue: 9.223372036854776E+18 does not fit in int64, the inputs' dtype\"}}" },
        { "{\"id\":69,\"op\":\"convolve2d\",\"args\":{\"in1\":[[0]],\"in2\":[[1,1]],\"fillvalue\":9223372036854774784.0}}",
          "{\"id\":69,\"result\":{\"dtype\":\"int64\",\"shape\":[1,2],\"data\":[9223372036854774784,9223372036854774784]}}" },
        { "{\"id\":65,\"op\":\"convolve2d\",\"args\":{\"in1\":[[1,2]],\"in2\":[[1,1]],\"fillvalue\":-1e30}}",
          "{\"id\":65,\"error\":{\"type\":\"invalid_argument\",\"message\":\"fillvalue: -1E+30 does not fit in int64, the inputs' dtype\"}}" },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Each_request_line_gets_its_response_line(string request, string response) =>
        Assert.Equal(response, EvalServer.Respond(request));

    [Fact]
    public void Serve_answers_every_non_blank_line_in_order()
    {
        var output = new StringWriter();
        EvalServer.Serve(new StringReader("{\"id\":1,\"op\":\"convolve\",\"args\":{\"in1\":[2],\"in2\":[3]}}\n\n   \n{\"id\":2,\"op\":\"x\"}\n"), output);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("{\"id\":1,\"result\":{\"dtype\":\"int64\",\"shape\":[1],\"data\":[6]}}", lines[0].TrimEnd('\r'));
        Assert.StartsWith("{\"id\":2,\"error\":{\"type\":\"invalid_argument\"", lines[1]);
    }

    /// <summary>A writer that counts flushes: the server must flush after every response, so a pipe sees it at once.</summary>
    private sealed class FlushCounter : StringWriter
    {
        public int Flushes { get; private set; }
        public override void Flush() { Flushes++; base.Flush(); }
    }

    [Fact]
    public void Serve_flushes_after_every_response()
    {
        var output = new FlushCounter();
        EvalServer.Serve(new StringReader("{\"op\":\"x\"}\n{\"op\":\"y\"}\n"), output);
        Assert.Equal(2, output.Flushes);
    }

    /// <summary>Requests may nest up to 256 levels (JSON's default limit is 64): a rank-100 tensor is accepted.</summary>
    [Fact]
    public void Deeply_nested_tensors_are_accepted()
    {
        var deep = new string('[', 100) + "3" + new string(']', 100);
        var response = EvalServer.Respond($"{{\"op\":\"convolve\",\"args\":{{\"in1\":{deep},\"in2\":{deep}}}}}");
        Assert.Equal($"{{\"id\":null,\"result\":{{\"dtype\":\"int64\",\"shape\":[{string.Join(",", Enumerable.Repeat(1, 100))}],\"data\":[9]}}}}", response);
    }

    [Fact]
    public void Results_may_be_plain_JSON_with_extra_named_fields()
    {
        var result = new EvalResult(JsonNode.Parse("[1,2]")!, [new("indices", TensorValue.Int64([1], [5])), new("note", JsonValue.Create("x")!)]);
        Assert.Equal("{\"id\":7,\"result\":[1,2],\"indices\":{\"dtype\":\"int64\",\"shape\":[1],\"data\":[5]},\"note\":\"x\"}",
            EvalServer.Success("7", result));
        Assert.Equal("{\"id\":null,\"result\":{\"dtype\":\"int64\",\"shape\":[0],\"data\":[]}}",
            EvalServer.Success(null, EvalResult.Of(TensorValue.Int64([0], []))));
        Assert.Equal("{\"id\":null,\"result\":{\"a\":1}}", EvalServer.Success(null, EvalResult.Of(JsonNode.Parse("{\"a\":1}")!)));
        Assert.Equal("result: cannot write a Object", Assert.Throws<InvalidOperationException>(() => EvalServer.Success(null, new EvalResult(new object()))).Message);
    }

    [Fact]
    public void Failure_lines_carry_type_and_message()
    {
        Assert.Equal("{\"id\":\"q\",\"error\":{\"type\":\"internal\",\"message\":\"<é>\"}}", EvalServer.Failure("\"q\"", "internal", "<é>"));
        // The id is the request's raw JSON text, echoed unchanged and unchecked (the caller took it from a parsed request).
        Assert.Equal("{\"id\":[1, 2],\"error\":{\"type\":\"t\",\"message\":\"m\"}}", EvalServer.Failure("[1, 2]", "t", "m"));
        Assert.Equal("{\"id\":x,\"error\":{\"type\":\"t\",\"message\":\"m\"}}", EvalServer.Failure("x", "t", "m"));
    }

    [Fact]
    public void Error_types_follow_the_exception_kind()
    {
        Assert.Equal("parse_error", ErrorType.Of(new RequestFormatException("x")));
        Assert.Equal("overflow", ErrorType.Of(new OverflowException()));
        Assert.Equal("unsupported", ErrorType.Of(new NotSupportedException()));
        Assert.Equal("invalid_argument", ErrorType.Of(new ArgumentOutOfRangeException()));
        Assert.Equal("internal", ErrorType.Of(new InvalidOperationException()));
    }

    [Fact]
    public void Messages_lose_only_the_parameter_suffix()
    {
        Assert.Equal("x: bad", ErrorType.MessageOf(new ArgumentException("x: bad", "x")));
        Assert.Equal("x: bad", ErrorType.MessageOf(new ArgumentException("x: bad")));
        Assert.Equal("y: bad (Parameter 'x')", ErrorType.MessageOf(new ArgumentException("y: bad (Parameter 'x')", "y")));
        Assert.Equal("k: must be at least 1 (got 0)", ErrorType.MessageOf(new ArgumentOutOfRangeException("k", 0, "k: must be at least 1 (got 0)")));
        Assert.Equal("k: bad", ErrorType.MessageOf(new ArgumentOutOfRangeException("k", "k: bad")));
        Assert.Equal("m", ErrorType.MessageOf(new ArgumentException("m", "")));
        Assert.Equal("(Parameter 'k')", ErrorType.MessageOf(new InvalidOperationException("(Parameter 'k')")));
        Assert.Equal("plain", ErrorType.MessageOf(new InvalidOperationException("plain")));
    }

    /// <summary>
    /// Fresh operation objects (the catalogue caches its instances for the process): convolve2d flips the kernel,
    /// correlate2d does not (SciPy 1.10: [[1,1,-2],[3,1,-4]] and [[-1,-1,2],[-3,-1,4]]).
    /// </summary>
    [Fact]
    public void Convolve2d_and_correlate2d_operations_differ_by_the_flip()
    {
        static long[] Run(IEvalOperation op) =>
            (long[])((TensorValue)op.Evaluate(new EvalArgs(op.Name, System.Text.Json.JsonDocument.Parse(
                "{\"in1\":[[1,2],[3,4]],\"in2\":[[1,-1]]}").RootElement)).Result).Data;
        Assert.Equal(new long[] { 1, 1, -2, 3, 1, -4 }, Run(new ConvSpec.Protocol.Operations.Convolve2DOperation()));
        Assert.Equal(new long[] { -1, -1, 2, -3, -1, 4 }, Run(new ConvSpec.Protocol.Operations.Correlate2DOperation()));
        Assert.Equal("fftconvolve", new ConvSpec.Protocol.Operations.FftConvolveOperation().Name);
        Assert.Equal("oaconvolve", new ConvSpec.Protocol.Operations.OaConvolveOperation().Name);
    }

    [Fact]
    public void Operations_are_found_by_name()
    {
        foreach (var name in new[] { "convolve", "convolve2d", "correlate", "correlate2d", "fftconvolve", "oaconvolve" })
            Assert.Equal(name, EvalOperations.Find(name).Name);
        Assert.Equal("op", Assert.Throws<ArgumentException>(() => EvalOperations.Find("Convolve")).ParamName);
    }
}
