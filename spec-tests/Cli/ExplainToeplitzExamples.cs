namespace ConvSpec.SpecTests.Cli;

/// <summary>
/// <c>convspec explain toeplitz</c>: the printed construction of T(h) (scipy.linalg.convolution_matrix) and T x, for every
/// mode and kind, on the notes' first row and on a kernel longer than the input. T[r,c] = g[s + r − c] with g = h
/// (convolution) or conj(h reversed) (correlation), L rows from s = ⌊(m + n − 1 − L)/2⌋.
/// </summary>
public class ExplainToeplitzExamples
{
    /// <summary>Notes, first row of the doubly block Toeplitz example: T([1, 2]) [2, 5, 3]ᵀ = [2, 9, 13, 6]ᵀ = numpy.convolve([1, 2], [2, 5, 3]).</summary>
    [Fact]
    public void Explain_toeplitz_defaults_to_the_first_row_of_the_notes_example_T_of_1_2_times_2_5_3() =>
        Assert.Equal(
            """
            Toeplitz convolution matrix of a 1-D kernel (scipy.linalg.convolution_matrix semantics)
              kernel h = [1, 2]   (m = 2)
              input  x = [2, 5, 3]   (n = 3)
              zero-padded to the full length m + n - 1 = 4, it is the first column of the full matrix:
                [1, 2, 0, 0]
              mode full keeps all 4 rows: T[r,c] = h[r - c] (zero outside h)
              T (4 x 3) =
                | 1 0 0 |
                | 2 1 0 |
                | 0 2 1 |
                | 0 0 2 |
              T x =
                | 1 0 0 |   | 2 |   |  2 |
                | 2 1 0 |   | 5 |   |  9 |
                | 0 2 1 | x | 3 | = | 13 |
                | 0 0 2 |           |  6 |
              check: numpy.convolve(h, x, 'full') = [2, 9, 13, 6]

            """, ExplainRun.Text("toeplitz"));

    /// <summary>valid: L = max − min + 1 = 2 rows from s = ⌊(4 − 2)/2⌋ = 1; T is 2 x 3, so x's third entry has a line of its own.</summary>
    [Fact]
    public void Explain_toeplitz_valid_keeps_the_rows_from_s_and_shows_all_of_x_below_T() =>
        Assert.Equal(
            """
            Toeplitz convolution matrix of a 1-D kernel (scipy.linalg.convolution_matrix semantics)
              kernel h = [1, 2]   (m = 2)
              input  x = [2, 5, 3]   (n = 3)
              zero-padded to the full length m + n - 1 = 4, it is the first column of the full matrix:
                [1, 2, 0, 0]
              mode valid keeps 2 rows of full starting at row s = 1: T[r,c] = h[1 + r - c] (zero outside h)
              T (2 x 3) =
                | 2 1 0 |
                | 0 2 1 |
              T x =
                | 2 1 0 |   | 2 |   |  9 |
                | 0 2 1 | x | 5 | = | 13 |
                            | 3 |
              check: numpy.convolve(h, x, 'valid') = [9, 13]

            """, ExplainRun.Text("toeplitz", "--mode", "valid"));

    /// <summary>same: L = max(m, n) = 3 rows from s = ⌊(4 − 3)/2⌋ = 0.</summary>
    [Fact]
    public void Explain_toeplitz_same_keeps_max_m_n_rows_from_the_centred_start() =>
        Assert.Equal(
            """
            Toeplitz convolution matrix of a 1-D kernel (scipy.linalg.convolution_matrix semantics)
              kernel h = [1, 2]   (m = 2)
              input  x = [2, 5, 3]   (n = 3)
              zero-padded to the full length m + n - 1 = 4, it is the first column of the full matrix:
                [1, 2, 0, 0]
              mode same keeps 3 rows of full starting at row s = 0: T[r,c] = h[0 + r - c] (zero outside h)
              T (3 x 3) =
                | 1 0 0 |
                | 2 1 0 |
                | 0 2 1 |
              T x =
                | 1 0 0 |   | 2 |   |  2 |
                | 2 1 0 | x | 5 | = |  9 |
                | 0 2 1 |   | 3 |   | 13 |
              check: numpy.convolve(h, x, 'same') = [2, 9, 13]

            """, ExplainRun.Text("toeplitz", "--mode", "same"));

    /// <summary>g = conj(h reversed) = [2, 1]; T(g) x = numpy.convolve(g, x) = scipy.signal.correlate(x, h) = [4, 12, 11, 3].</summary>
    [Fact]
    public void Explain_toeplitz_correlation_is_the_convolution_matrix_of_the_reversed_kernel_and_equals_scipy_correlate() =>
        Assert.Equal(
            """
            Toeplitz correlation matrix of a 1-D kernel (scipy.linalg.convolution_matrix semantics)
              kernel h = [1, 2]   (m = 2)
              input  x = [2, 5, 3]   (n = 3)
              correlation is convolution with the reversed, conjugated kernel g = [2, 1]
              zero-padded to the full length m + n - 1 = 4, it is the first column of the full matrix:
                [2, 1, 0, 0]
              mode full keeps all 4 rows: T[r,c] = g[r - c] (zero outside g)
              T (4 x 3) =
                | 2 0 0 |
                | 1 2 0 |
                | 0 1 2 |
                | 0 0 1 |
              T x =
                | 2 0 0 |   | 2 |   |  4 |
                | 1 2 0 |   | 5 |   | 12 |
                | 0 1 2 | x | 3 | = | 11 |
                | 0 0 1 |           |  3 |
              check: numpy.convolve(g, x, 'full') = [4, 12, 11, 3]
                     scipy.signal.correlate(x, h, 'full') = [4, 12, 11, 3]

            """, ExplainRun.Text("toeplitz", "--kind", "correlation"));

    /// <summary>Rows 1..2 of the full correlation matrix: [12, 11].</summary>
    [Fact]
    public void Explain_toeplitz_correlation_valid_equals_scipy_correlate_valid() =>
        Assert.Equal(
            """
            Toeplitz correlation matrix of a 1-D kernel (scipy.linalg.convolution_matrix semantics)
              kernel h = [1, 2]   (m = 2)
              input  x = [2, 5, 3]   (n = 3)
              correlation is convolution with the reversed, conjugated kernel g = [2, 1]
              zero-padded to the full length m + n - 1 = 4, it is the first column of the full matrix:
                [2, 1, 0, 0]
              mode valid keeps 2 rows of full starting at row s = 1: T[r,c] = g[1 + r - c] (zero outside g)
              T (2 x 3) =
                | 1 2 0 |
                | 0 1 2 |
              T x =
                | 1 2 0 |   | 2 |   | 12 |
                | 0 1 2 | x | 5 | = | 11 |
                            | 3 |
              check: numpy.convolve(g, x, 'valid') = [12, 11]
                     scipy.signal.correlate(x, h, 'valid') = [12, 11]

            """, ExplainRun.Text("toeplitz", "--kind", "correlation", "--mode", "valid"));

    /// <summary>m = 2 ≤ n = 3: T has n rows, as scipy.signal.correlate(x, h, 'same') has, so both lines are printed.</summary>
    [Fact]
    public void Explain_toeplitz_correlation_same_with_m_less_than_n_equals_scipy_correlate_same() =>
        Assert.Equal(
            """
            Toeplitz correlation matrix of a 1-D kernel (scipy.linalg.convolution_matrix semantics)
              kernel h = [1, 2]   (m = 2)
              input  x = [2, 5, 3]   (n = 3)
              correlation is convolution with the reversed, conjugated kernel g = [2, 1]
              zero-padded to the full length m + n - 1 = 4, it is the first column of the full matrix:
                [2, 1, 0, 0]
              mode same keeps 3 rows of full starting at row s = 0: T[r,c] = g[0 + r - c] (zero outside g)
              T (3 x 3) =
                | 2 0 0 |
                | 1 2 0 |
                | 0 1 2 |
              T x =
                | 2 0 0 |   | 2 |   |  4 |
                | 1 2 0 | x | 5 | = | 12 |
                | 0 1 2 |   | 3 |   | 11 |
              check: numpy.convolve(g, x, 'same') = [4, 12, 11]
                     scipy.signal.correlate(x, h, 'same') = [4, 12, 11]

            """, ExplainRun.Text("toeplitz", "--kind", "correlation", "--mode", "same"));

    /// <summary>m = n = 3: s = ⌊(5 − 3)/2⌋ = 1 for both the matrix and scipy.signal.correlate(x, h, 'same') = [23, 32, 17].</summary>
    [Fact]
    public void Explain_toeplitz_correlation_same_with_m_equal_to_n_still_equals_scipy_correlate_same() =>
        Assert.Equal(
            """
            Toeplitz correlation matrix of a 1-D kernel (scipy.linalg.convolution_matrix semantics)
              kernel h = [1, 2, 3]   (m = 3)
              input  x = [4, 5, 6]   (n = 3)
              correlation is convolution with the reversed, conjugated kernel g = [3, 2, 1]
              zero-padded to the full length m + n - 1 = 5, it is the first column of the full matrix:
                [3, 2, 1, 0, 0]
              mode same keeps 3 rows of full starting at row s = 1: T[r,c] = g[1 + r - c] (zero outside g)
              T (3 x 3) =
                | 2 3 0 |
                | 1 2 3 |
                | 0 1 2 |
              T x =
                | 2 3 0 |   | 4 |   | 23 |
                | 1 2 3 | x | 5 | = | 32 |
                | 0 1 2 |   | 6 |   | 17 |
              check: numpy.convolve(g, x, 'same') = [23, 32, 17]
                     scipy.signal.correlate(x, h, 'same') = [23, 32, 17]

            """, ExplainRun.Text("toeplitz", "--kernel", "[1, 2, 3]", "--input", "[4, 5, 6]", "--kind", "correlation", "--mode", "same"));

    /// <summary>m = 3 > n = 2: T has max(m, n) = 3 rows but scipy.signal.correlate(x, h, 'same') has n = 2 entries, so only numpy.convolve(g, x, 'same') is the check.</summary>
    [Fact]
    public void Explain_toeplitz_correlation_same_with_m_greater_than_n_prints_no_scipy_correlate_line() =>
        Assert.Equal(
            """
            Toeplitz correlation matrix of a 1-D kernel (scipy.linalg.convolution_matrix semantics)
              kernel h = [1, 2, 3]   (m = 3)
              input  x = [4, 5]   (n = 2)
              correlation is convolution with the reversed, conjugated kernel g = [3, 2, 1]
              zero-padded to the full length m + n - 1 = 4, it is the first column of the full matrix:
                [3, 2, 1, 0]
              mode same keeps 3 rows of full starting at row s = 0: T[r,c] = g[0 + r - c] (zero outside g)
              T (3 x 2) =
                | 3 0 |
                | 2 3 |
                | 1 2 |
              T x =
                | 3 0 |   | 4 |   | 12 |
                | 2 3 | x | 5 | = | 23 |
                | 1 2 |           | 14 |
              check: numpy.convolve(g, x, 'same') = [12, 23, 14]

            """, ExplainRun.Text("toeplitz", "--kernel", "[1, 2, 3]", "--input", "[4, 5]", "--kind", "correlation", "--mode", "same"));

    /// <summary>m = 3 > n = 2: T is 4 x 2, so x runs out before T's rows do.</summary>
    [Fact]
    public void Explain_toeplitz_kernel_longer_than_input_full_has_m_plus_n_minus_1_rows() =>
        Assert.Equal(
            """
            Toeplitz convolution matrix of a 1-D kernel (scipy.linalg.convolution_matrix semantics)
              kernel h = [1, 2, 3]   (m = 3)
              input  x = [4, 5]   (n = 2)
              zero-padded to the full length m + n - 1 = 4, it is the first column of the full matrix:
                [1, 2, 3, 0]
              mode full keeps all 4 rows: T[r,c] = h[r - c] (zero outside h)
              T (4 x 2) =
                | 1 0 |
                | 2 1 |
                | 3 2 |
                | 0 3 |
              T x =
                | 1 0 |   | 4 |   |  4 |
                | 2 1 |   | 5 |   | 13 |
                | 3 2 | x       = | 22 |
                | 0 3 |           | 15 |
              check: numpy.convolve(h, x, 'full') = [4, 13, 22, 15]

            """, ExplainRun.Text("toeplitz", "--kernel", "[1, 2, 3]", "--input", "[4, 5]"));

    /// <summary>valid with m > n: L = m − n + 1 = 2 from s = 1: numpy.convolve([1, 2, 3], [4, 5], 'valid') = [13, 22].</summary>
    [Fact]
    public void Explain_toeplitz_kernel_longer_than_input_valid_has_m_minus_n_plus_1_rows() =>
        Assert.Equal(
            """
            Toeplitz convolution matrix of a 1-D kernel (scipy.linalg.convolution_matrix semantics)
              kernel h = [1, 2, 3]   (m = 3)
              input  x = [4, 5]   (n = 2)
              zero-padded to the full length m + n - 1 = 4, it is the first column of the full matrix:
                [1, 2, 3, 0]
              mode valid keeps 2 rows of full starting at row s = 1: T[r,c] = h[1 + r - c] (zero outside h)
              T (2 x 2) =
                | 2 1 |
                | 3 2 |
              T x =
                | 2 1 |   | 4 |   | 13 |
                | 3 2 | x | 5 | = | 22 |
              check: numpy.convolve(h, x, 'valid') = [13, 22]

            """, ExplainRun.Text("toeplitz", "--kernel", "[1, 2, 3]", "--input", "[4, 5]", "--mode", "valid"));

    /// <summary>numpy's same keeps max(m, n) = 3 entries from s = ⌊(4 − 3)/2⌋ = 0.</summary>
    [Fact]
    public void Explain_toeplitz_kernel_longer_than_input_same_has_m_rows_as_numpy_convolve_same() =>
        Assert.Equal(
            """
            Toeplitz convolution matrix of a 1-D kernel (scipy.linalg.convolution_matrix semantics)
              kernel h = [1, 2, 3]   (m = 3)
              input  x = [4, 5]   (n = 2)
              zero-padded to the full length m + n - 1 = 4, it is the first column of the full matrix:
                [1, 2, 3, 0]
              mode same keeps 3 rows of full starting at row s = 0: T[r,c] = h[0 + r - c] (zero outside h)
              T (3 x 2) =
                | 1 0 |
                | 2 1 |
                | 3 2 |
              T x =
                | 1 0 |   | 4 |   |  4 |
                | 2 1 | x | 5 | = | 13 |
                | 3 2 |           | 22 |
              check: numpy.convolve(h, x, 'same') = [4, 13, 22]

            """, ExplainRun.Text("toeplitz", "--kernel", "[1, 2, 3]", "--input", "[4, 5]", "--mode", "same"));

    /// <summary>g = [3, 2, 1]; scipy.signal.correlate([4, 5], [1, 2, 3]) = [12, 23, 14, 5].</summary>
    [Fact]
    public void Explain_toeplitz_kernel_longer_than_input_correlation_full_equals_scipy_correlate() =>
        Assert.Equal(
            """
            Toeplitz correlation matrix of a 1-D kernel (scipy.linalg.convolution_matrix semantics)
              kernel h = [1, 2, 3]   (m = 3)
              input  x = [4, 5]   (n = 2)
              correlation is convolution with the reversed, conjugated kernel g = [3, 2, 1]
              zero-padded to the full length m + n - 1 = 4, it is the first column of the full matrix:
                [3, 2, 1, 0]
              mode full keeps all 4 rows: T[r,c] = g[r - c] (zero outside g)
              T (4 x 2) =
                | 3 0 |
                | 2 3 |
                | 1 2 |
                | 0 1 |
              T x =
                | 3 0 |   | 4 |   | 12 |
                | 2 3 |   | 5 |   | 23 |
                | 1 2 | x       = | 14 |
                | 0 1 |           |  5 |
              check: numpy.convolve(g, x, 'full') = [12, 23, 14, 5]
                     scipy.signal.correlate(x, h, 'full') = [12, 23, 14, 5]

            """, ExplainRun.Text("toeplitz", "--kernel", "[1, 2, 3]", "--input", "[4, 5]", "--kind", "correlation"));

    /// <summary>scipy.signal.correlate([4, 5], [1, 2, 3], 'valid') = [23, 14].</summary>
    [Fact]
    public void Explain_toeplitz_kernel_longer_than_input_correlation_valid_equals_scipy_correlate_valid() =>
        Assert.Equal(
            """
            Toeplitz correlation matrix of a 1-D kernel (scipy.linalg.convolution_matrix semantics)
              kernel h = [1, 2, 3]   (m = 3)
              input  x = [4, 5]   (n = 2)
              correlation is convolution with the reversed, conjugated kernel g = [3, 2, 1]
              zero-padded to the full length m + n - 1 = 4, it is the first column of the full matrix:
                [3, 2, 1, 0]
              mode valid keeps 2 rows of full starting at row s = 1: T[r,c] = g[1 + r - c] (zero outside g)
              T (2 x 2) =
                | 2 3 |
                | 1 2 |
              T x =
                | 2 3 |   | 4 |   | 23 |
                | 1 2 | x | 5 | = | 14 |
              check: numpy.convolve(g, x, 'valid') = [23, 14]
                     scipy.signal.correlate(x, h, 'valid') = [23, 14]

            """, ExplainRun.Text("toeplitz", "--kernel", "[1, 2, 3]", "--input", "[4, 5]", "--kind", "correlation", "--mode", "valid"));
}
