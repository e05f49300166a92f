namespace ConvSpec.SpecTests.Protocol;

/// <summary>
/// The work limits of docs/protocol.md through the wire: a dense matrix of more than 2^26 entries and an O(n²) spec
/// of more than 2^27 multiply-adds are answered unsupported, naming the operation and the count; the fast routes of
/// dft and float circular_convolve keep no limit. Past-the-limit matrices here also pass 2^31 entries.
/// </summary>
public class MatrixOperationLimitsExamples
{
    private static string Zeros(int n) => "[" + string.Join(",", Enumerable.Repeat("0", n)) + "]";

    private static string Floats(int n) => $$"""{"dtype": "float64", "shape": [{{n}}], "data": {{Zeros(n)}}}""";

    private static void Unsupported(string op, string args, string message)
    {
        Assert.Equal("unsupported", Wire.Outcome(Wire.Line(op, args)));
        Assert.Equal(message, Wire.Message(Wire.Line(op, args)));
    }

    [Fact]
    public void Circulant_of_46341_entries_is_a_46341_by_46341_matrix_and_unsupported() =>
        Unsupported("circulant", $$"""{"c": {{Zeros(46341)}}}""",
            "circulant: the 46341 x 46341 matrix has 2147488281 entries, more than this oracle returns (67108864)");

    /// <summary>toeplitz(c, r) is len(c) × len(r): 8192 × 8192 is exactly 2^26, 8192 × 262145 is past it.</summary>
    [Fact]
    public void Toeplitz_of_c_and_r_is_len_c_by_len_r_and_8192_by_262145_is_unsupported() =>
        Unsupported("toeplitz", $$"""{"c": {{Zeros(8192)}}, "r": {{Zeros(262145)}}}""",
            "toeplitz: the 8192 x 262145 matrix has 2147491840 entries, more than this oracle returns (67108864)");

    /// <summary>valid has max(m, n) − min(m, n) + 1 rows: m = 92681, n = 46341 give 46341 × 46341.</summary>
    [Fact]
    public void Toeplitz_valid_of_a_92681_kernel_for_n_46341_has_46341_rows_and_is_unsupported() =>
        Unsupported("toeplitz", $$"""{"kernel": {{Zeros(92681)}}, "n": 46341, "mode": "valid"}""",
            "toeplitz: the 46341 x 46341 matrix has 2147488281 entries, more than this oracle returns (67108864)");

    /// <summary>full has m + n − 1 = 2^31 − 1 rows for m = 1, n = 2^31 − 1: a size that fits, refused by the limit.</summary>
    [Fact]
    public void Toeplitz_of_a_1_kernel_for_n_2_to_the_31_minus_1_is_unsupported_not_an_overflow() =>
        Unsupported("toeplitz", """{"kernel": [1], "n": 2147483647}""",
            "toeplitz: the 2147483647 x 2147483647 matrix has 4611686014132420609 entries, more than this oracle returns (67108864)");

    /// <summary>Full mode has m + n − 1 rows: a kernel of 2 for n = 2^31 − 1 gives 2^31 rows, counted without overflow.</summary>
    [Fact]
    public void Toeplitz_full_of_a_2_kernel_for_n_2_to_the_31_minus_1_has_2_to_the_31_rows_and_is_unsupported() =>
        Unsupported("toeplitz", """{"kernel": [1, 2], "n": 2147483647}""",
            "toeplitz: the 2147483648 x 2147483647 matrix has 4611686016279904256 entries, more than this oracle returns (67108864)");

    /// <summary>H is Π output extents × Π input extents: a 1 × 1 kernel on 1 × 100000 gives 100000 × 100000.</summary>
    [Fact]
    public void Doubly_block_toeplitz_on_1_by_100000_is_a_100000_by_100000_matrix_and_unsupported() =>
        Unsupported("doubly_block_toeplitz", """{"kernel": [[1]], "input_shape": [1, 100000]}""",
            "doubly_block_toeplitz: the 100000 x 100000 matrix has 10000000000 entries, more than this oracle returns (67108864)");

    /// <summary>Circular convolution of two length-n tensors takes n² multiply-adds: 11586² = 134235396 > 2^27.</summary>
    [Fact]
    public void Int64_circular_convolve_of_length_11586_is_unsupported_by_default()
    {
        Unsupported("circular_convolve", $$"""{"in1": {{Zeros(11586)}}, "in2": {{Zeros(11586)}}}""",
            "circular_convolve: 134235396 multiply-adds exceed the O(n^2) spec's limit (134217728)");
        Unsupported("circular_convolve", $$"""{"in1": {{Floats(11586)}}, "in2": {{Floats(11586)}}, "method": "spec"}""",
            "circular_convolve: 134235396 multiply-adds exceed the O(n^2) spec's limit (134217728)");
    }

    [Fact]
    public void Float_circular_convolve_of_length_11586_runs_the_FFT_with_no_limit()
    {
        using var doc = Wire.Send(Wire.Line("circular_convolve", $$"""{"in1": {{Floats(11586)}}, "in2": {{Floats(11586)}}}"""));
        var data = doc.RootElement.GetProperty("result").GetProperty("data");
        Assert.Equal(11586, data.GetArrayLength());
        Assert.All(data.EnumerateArray(), v => Assert.Equal(0.0, v.GetDouble()));
    }

    /// <summary>The spec DFT of N elements along one axis of length n takes N·n multiply-adds: 11586² > 2^27.</summary>
    [Fact]
    public void Spec_dft_of_length_11586_is_unsupported_and_the_FFT_answers_it()
    {
        Unsupported("dft", $$"""{"x": {{Zeros(11586)}}, "method": "spec"}""",
            "dft: 134235396 multiply-adds exceed the O(n^2) spec's limit (134217728)");
        using var doc = Wire.Send(Wire.Line("dft", $$"""{"x": {{Zeros(11586)}}}"""));
        Assert.Equal(11586, doc.RootElement.GetProperty("result").GetProperty("data").GetArrayLength());
    }
}
