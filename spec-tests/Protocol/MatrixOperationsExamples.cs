using System.Text.Json.Nodes;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>
/// The eval operations toeplitz, doubly_block_toeplitz, circulant, circular_convolve, dft and idft on the documented
/// examples of scipy.linalg.toeplitz / convolution_matrix / circulant and numpy.fft (numbers from SciPy 1.10, NumPy 1.24).
/// </summary>
public class MatrixOperationsExamples
{
    private static JsonNode Ask(string op, string args) =>
        JsonNode.Parse(EvalServer.Respond($$"""{"id":1,"op":"{{op}}","args":{{args}}}"""))!;

    private static string Result(string op, string args)
    {
        var response = Ask(op, args);
        Assert.True(response["result"] is not null, response.ToJsonString());
        return response["result"]!.ToJsonString();
    }

    private static string ErrorType(string op, string args) => Ask(op, args)["error"]?["type"]?.GetValue<string>() ?? "none";

    [Fact]
    public void Toeplitz_matches_scipy_convolution_matrix_documentation()
    {
        Assert.Equal("""{"dtype":"int64","shape":[5,5],"data":[4,-1,0,0,0,-2,4,-1,0,0,0,-2,4,-1,0,0,0,-2,4,-1,0,0,0,-2,4]}""",
            Result("toeplitz", """{"kernel":[-1,4,-2],"n":5,"mode":"same"}"""));
        Assert.Equal("""{"dtype":"int64","shape":[7,5],"data":[-1,0,0,0,0,4,-1,0,0,0,-2,4,-1,0,0,0,-2,4,-1,0,0,0,-2,4,-1,0,0,0,-2,4,0,0,0,0,-2]}""",
            Result("toeplitz", """{"kernel":[-1,4,-2],"n":5}"""));
        Assert.Equal("""{"dtype":"int64","shape":[3,5],"data":[-2,4,-1,0,0,0,-2,4,-1,0,0,0,-2,4,-1]}""",
            Result("toeplitz", """{"kernel":[-1,4,-2],"n":5,"mode":"valid"}"""));
    }

    [Fact]
    public void Toeplitz_with_c_and_r_matches_scipy_toeplitz_documentation()
    {
        Assert.Equal("""{"dtype":"int64","shape":[3,4],"data":[1,4,5,6,2,1,4,5,3,2,1,4]}""",
            Result("toeplitz", """{"c":[1,2,3],"r":[1,4,5,6]}"""));
        Assert.Equal("""{"dtype":"complex128","shape":[3,3],"data":[[1.0,0.0],[2.0,-3.0],[4.0,1.0],[2.0,3.0],[1.0,0.0],[2.0,-3.0],[4.0,-1.0],[2.0,3.0],[1.0,0.0]]}""",
            Result("toeplitz", """{"c":{"dtype":"complex128","shape":[3],"data":[1,[2,3],[4,-1]]}}"""));
        // scipy.linalg.toeplitz([1,2], [3.5,4]) = [[1.,4.],[2.,1.]]: the dtype promotes to float64.
        Assert.Equal("""{"dtype":"float64","shape":[2,2],"data":[1.0,4.0,2.0,1.0]}""", Result("toeplitz", """{"c":[1,2],"r":[3.5,4]}"""));
        // scipy.linalg.toeplitz([], [1,2]) has shape (0, 2).
        Assert.Equal("""{"dtype":"float64","shape":[0,2],"data":[]}""", Result("toeplitz", """{"c":[],"r":[1,2]}"""));
    }

    [Fact]
    public void Toeplitz_correlation_kind_reverses_and_conjugates_the_kernel()
    {
        Assert.Equal("""{"dtype":"int64","shape":[2,2],"data":[2,3,1,2]}""",
            Result("toeplitz", """{"kernel":[1,2,3],"n":2,"mode":"valid","kind":"correlation"}"""));
        // conj(1 + 0j) = 1 − 0j, as numpy.conj: the sign of the zero imaginary part is kept.
        Assert.Equal("""{"dtype":"complex128","shape":[2,1],"data":[[0.0,-1.0],[1.0,-0.0]]}""",
            Result("toeplitz", """{"kernel":{"dtype":"complex128","shape":[2],"data":[1,[0,1]]},"n":1,"kind":"correlation"}"""));
    }

    [Fact]
    public void Doubly_block_toeplitz_gives_the_notes_12_by_6_matrix()
    {
        Assert.Equal("""{"dtype":"int64","shape":[12,6],"data":[1,0,0,0,0,0,2,1,0,0,0,0,0,2,1,0,0,0,0,0,2,0,0,0,3,0,0,1,0,0,4,3,0,2,1,0,0,4,3,0,2,1,0,0,4,0,0,2,0,0,0,3,0,0,0,0,0,4,3,0,0,0,0,0,4,3,0,0,0,0,0,4]}""",
            Result("doubly_block_toeplitz", """{"kernel":[[1,2],[3,4]],"input_shape":[2,3]}"""));
        // valid: the single output row of the notes' example, H[vec(k), vec(j)] = h[(1,1) + k − j]; H vec(f) = [29, 38].
        Assert.Equal("""{"dtype":"float64","shape":[2,6],"data":[4.0,3.0,0.0,2.0,1.0,0.0,0.0,4.0,3.0,0.0,2.0,1.0]}""",
            Result("doubly_block_toeplitz", """{"kernel":[[1.0,2],[3,4]],"input_shape":[2,3],"mode":"valid"}"""));
    }

    /// <summary>3-D, same mode: column j of H is scipy.signal.convolve(e_j.reshape(2,1,2), h, 'same').ravel() (SciPy 1.10).</summary>
    [Fact]
    public void Doubly_block_toeplitz_in_3_D_matches_scipy_convolve_column_by_column() =>
        Assert.Equal("""{"dtype":"int64","shape":[4,4],"data":[1,0,0,0,2,1,0,0,3,0,1,0,4,3,2,1]}""",
            Result("doubly_block_toeplitz", """{"kernel":[[[1,2]],[[3,4]]],"input_shape":[2,1,2],"mode":"same"}"""));

    [Fact]
    public void Circulant_matches_scipy_documentation() =>
        Assert.Equal("""{"dtype":"int64","shape":[3,3],"data":[1,3,2,2,1,3,3,2,1]}""", Result("circulant", """{"c":[1,2,3]}"""));

    [Fact]
    public void Circular_convolve_is_exact()
    {
        Assert.Equal("""{"dtype":"int64","shape":[3],"data":[3,5,4]}""", Result("circular_convolve", """{"in1":[1,2,3],"in2":[1,0,1]}"""));
        // Each output is 1e16 + 1 − 1e16 in some cyclic order: exactly 1 with method spec, though left-to-right double
        // sums lose the 1 (and so may the default FFT method, within its normwise bound).
        Assert.Equal("""{"dtype":"float64","shape":[3],"data":[1.0,1.0,1.0]}""",
            Result("circular_convolve", """{"in1":[1e16,1.0,-1e16],"in2":[1,1,1],"method":"spec"}"""));
        Assert.Equal("overflow", ErrorType("circular_convolve", """{"in1":[9223372036854775807,1],"in2":[2,0]}"""));
        Assert.Equal("invalid_argument", ErrorType("circular_convolve", """{"in1":[1,2,3],"in2":[1,0]}"""));
    }

    [Fact]
    public void Dft_and_idft_match_numpy_fft_documentation()
    {
        Assert.Equal("""{"dtype":"complex128","shape":[4],"data":[[10.0,0.0],[-2.0,2.0],[-2.0,0.0],[-2.0,-2.0]]}""", Result("dft", """{"x":[1,2,3,4]}"""));
        Assert.Equal("""{"dtype":"complex128","shape":[4],"data":[[1.0,0.0],[0.0,1.0],[-1.0,0.0],[0.0,-1.0]]}""", Result("idft", """{"x":[0,4,0,0]}"""));
        Assert.Equal("""{"dtype":"complex128","shape":[2,2],"data":[[2.0,0.0],[4.0,0.0],[6.0,0.0],[8.0,0.0]]}""", Result("dft", """{"x":[[1,2],[3,4]],"axes":[0,0]}"""));
        Assert.Equal("""{"dtype":"complex128","shape":[2,2],"data":[[2.5,0.0],[-0.5,0.0],[-1.0,0.0],[0.0,0.0]]}""", Result("idft", """{"x":[[1,2],[3,4]]}"""));
        Assert.Equal("""{"dtype":"complex128","shape":[2,2],"data":[[3.0,0.0],[-1.0,0.0],[7.0,0.0],[-1.0,0.0]]}""", Result("dft", """{"x":[[1,2],[3,4]],"axes":-1}"""));
    }

    [Fact]
    public void Bad_requests_are_errors_that_keep_the_server_going()
    {
        Assert.Equal("invalid_argument", ErrorType("dft", """{"x":[[1,2],[3,4]],"axes":2}"""));
        Assert.Equal("invalid_argument", ErrorType("toeplitz", """{"kernel":[1,2],"n":0}"""));
        Assert.Equal("invalid_argument", ErrorType("toeplitz", """{"kernel":[[1,2]],"n":2}"""));
        Assert.Equal("invalid_argument", ErrorType("toeplitz", """{"kernel":[1,2],"c":[1],"n":2}"""));
        Assert.Equal("invalid_argument", ErrorType("toeplitz", """{"kernel":[1,2],"n":2,"knd":"correlation"}"""));
        Assert.Equal("invalid_argument", ErrorType("doubly_block_toeplitz", """{"kernel":[[1,2]],"input_shape":[2]}"""));
        Assert.Equal("invalid_argument", ErrorType("doubly_block_toeplitz", """{"kernel":[[1,2,3]],"input_shape":[2,2],"mode":"valid"}"""));
        Assert.Equal("invalid_argument", ErrorType("dft", """{"x":{"dtype":"float64","shape":[0],"data":[]}}"""));
    }
}
