namespace ConvSpec.SpecTests.Cli;

/// <summary>
/// The element type <c>convspec explain</c> computes in: int64 when both inputs are JSON integers (exact, overflow
/// checked), double otherwise (float32 widened), each value printed in its shortest round-trip invariant text.
/// </summary>
public class ExplainElementTypeExamples
{
    /// <summary>T([0.5, −1.25]) [2, 4]ᵀ = [1, −0.5, −5]ᵀ; columns are as wide as the widest entry (−1.25).</summary>
    [Fact]
    public void Explain_toeplitz_shows_float_inputs_in_shortest_round_trip_double() =>
        Assert.Equal(
            """
            Toeplitz convolution matrix of a 1-D kernel (scipy.linalg.convolution_matrix semantics)
              kernel h = [0.5, -1.25]   (m = 2)
              input  x = [2, 4]   (n = 2)
              zero-padded to the full length m + n - 1 = 3, it is the first column of the full matrix:
                [0.5, -1.25, 0]
              mode full keeps all 3 rows: T[r,c] = h[r - c] (zero outside h)
              T (3 x 2) =
                |   0.5     0 |
                | -1.25   0.5 |
                |     0 -1.25 |
              T x =
                |   0.5     0 |   | 2 |   |    1 |
                | -1.25   0.5 | x | 4 | = | -0.5 |
                |     0 -1.25 |           |   -5 |
              check: numpy.convolve(h, x, 'full') = [1, -0.5, -5]

            """, ExplainRun.Text("toeplitz", "--kernel", "[0.5, -1.25]", "--input", "[2, 4]"));

    /// <summary>float32 0.1 is 0.100000001490116119384765625, shown in double as 0.10000000149011612; times 3 in double.</summary>
    [Fact]
    public void Explain_toeplitz_widens_float32_inputs_to_double() =>
        Assert.Equal(
            """
            Toeplitz convolution matrix of a 1-D kernel (scipy.linalg.convolution_matrix semantics)
              kernel h = [0.10000000149011612]   (m = 1)
              input  x = [3]   (n = 1)
              zero-padded to the full length m + n - 1 = 1, it is the first column of the full matrix:
                [0.10000000149011612]
              mode full keeps all 1 rows: T[r,c] = h[r - c] (zero outside h)
              T (1 x 1) =
                | 0.10000000149011612 |
              T x =
                | 0.10000000149011612 | x | 3 | = | 0.30000000447034836 |
              check: numpy.convolve(h, x, 'full') = [0.30000000447034836]

            """, ExplainRun.Text("toeplitz", "--kernel", "{\"dtype\": \"float32\", \"shape\": [1], \"data\": [0.1]}", "--input", "[3]"));

    /// <summary>An int64 kernel with a float64 input: both in double, numpy.convolve([1, −2], [0.5, 10, −1]) = [0.5, 9, −21, 2].</summary>
    [Fact]
    public void Explain_toeplitz_computes_in_double_when_only_one_input_is_integer() =>
        Assert.Equal(
            """
            Toeplitz convolution matrix of a 1-D kernel (scipy.linalg.convolution_matrix semantics)
              kernel h = [1, -2]   (m = 2)
              input  x = [0.5, 10, -1]   (n = 3)
              zero-padded to the full length m + n - 1 = 4, it is the first column of the full matrix:
                [1, -2, 0, 0]
              mode full keeps all 4 rows: T[r,c] = h[r - c] (zero outside h)
              T (4 x 3) =
                |  1  0  0 |
                | -2  1  0 |
                |  0 -2  1 |
                |  0  0 -2 |
              T x =
                |  1  0  0 |   | 0.5 |   | 0.5 |
                | -2  1  0 |   |  10 |   |   9 |
                |  0 -2  1 | x |  -1 | = | -21 |
                |  0  0 -2 |             |   2 |
              check: numpy.convolve(h, x, 'full') = [0.5, 9, -21, 2]

            """, ExplainRun.Text("toeplitz", "--kernel", "[1, -2]", "--input", "[0.5, 10, -1]"));

    /// <summary>2^53 + 1 = 9007199254740993 has no double; in int64 it and its negation are printed exactly.</summary>
    [Fact]
    public void Explain_toeplitz_keeps_int64_inputs_exact_beyond_2_to_the_53() =>
        Assert.Equal(
            """
            Toeplitz convolution matrix of a 1-D kernel (scipy.linalg.convolution_matrix semantics)
              kernel h = [9007199254740993]   (m = 1)
              input  x = [1, -1]   (n = 2)
              zero-padded to the full length m + n - 1 = 2, it is the first column of the full matrix:
                [9007199254740993, 0]
              mode full keeps all 2 rows: T[r,c] = h[r - c] (zero outside h)
              T (2 x 2) =
                | 9007199254740993                0 |
                |                0 9007199254740993 |
              T x =
                | 9007199254740993                0 |   |  1 |   |  9007199254740993 |
                |                0 9007199254740993 | x | -1 | = | -9007199254740993 |
              check: numpy.convolve(h, x, 'full') = [9007199254740993, -9007199254740993]

            """, ExplainRun.Text("toeplitz", "--kernel", "[9007199254740993]", "--input", "[1, -1]"));

    /// <summary>f = [[0.5, 2]], h = [[4], [−0.25]]: g = [[2, 8], [−0.125, −0.5]].</summary>
    [Fact]
    public void Explain_doubly_block_toeplitz_shows_float_inputs_in_shortest_round_trip_double() =>
        Assert.Equal(
            """
            f [m,n]  (M1 x N1 = 1 x 2):
                | 0.5   2 |
            h [m,n]  (M2 x N2 = 2 x 1):
                |     4 |
                | -0.25 |
            The full result has size (M1+M2-1) x (N1+N2-1) = 2 x 2.
            Firstly, h is zero-padded to 2 x 2 (the size of the full result):
                |     4     0 |
                | -0.25     0 |
            For each row of the padded h, a Toeplitz matrix with 2 columns (the number of columns of f) is constructed:
              H1 =
                | 4 0 |
                | 0 4 |
              H2 =
                | -0.25     0 |
                |     0 -0.25 |
            Using H1..H2 as elements, H is a Toeplitz matrix of blocks with 1 block columns (the number of rows of f):
                | H1 |
                | H2 |
              H (4 x 2) =
                |     4     0 |
                |     0     4 |

                | -0.25     0 |
                |     0 -0.25 |
            vec(f), the rows of f stacked: (0.5 2)ᵀ
            g = H vec(f) =
                |     4     0 |   | 0.5 |   |      2 |
                |     0     4 |   |   2 |   |      8 |

                | -0.25     0 | x         = | -0.125 |
                |     0 -0.25 |             |   -0.5 |
            g reshaped to 2 x 2, row by row:
                |      2      8 |
                | -0.125   -0.5 |
            check: scipy.signal.convolve2d(f, h, 'full') =
                |      2      8 |
                | -0.125   -0.5 |

            """, ExplainRun.Text("doubly-block-toeplitz", "--input", "[[0.5, 2]]", "--kernel", "[[4], [-0.25]]"));
}
