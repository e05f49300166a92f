namespace ConvSpec.SpecTests.Cli;

/// <summary>
/// <c>convspec explain doubly-block-toeplitz</c>: the notes' construction of H with H vec(f) = vec(f ∗ h), printed
/// step by step. Block (r, c) of H is H_{s+r−c+1} (0 outside 1..P, where the notes' index ((s + r − c) mod P) + 1
/// lands in the zero padding); each H_q keeps the rows s'..s'+L'−1 of T(h[q−1, ...]).
/// </summary>
public class ExplainDoublyBlockToeplitzExamples
{
    /// <summary>Notes: f = [[2, 5, 3], [1, 4, 1]], h = [[1, 2], [3, 4]]; H = [H1 H3; H2 H1; H3 H2] is 12 x 6 (H3 = 0) and H vec(f) = vec([[2, 9, 13, 6], [7, 29, 38, 14], [3, 16, 19, 4]]).</summary>
    [Fact]
    public void Explain_doubly_block_toeplitz_defaults_to_the_notes_example() =>
        Assert.Equal(
            """
            f [m,n]  (M1 x N1 = 2 x 3):
                | 2 5 3 |
                | 1 4 1 |
            h [m,n]  (M2 x N2 = 2 x 2):
                | 1 2 |
                | 3 4 |
            The full result has size (M1+M2-1) x (N1+N2-1) = 3 x 4.
            Firstly, h is zero-padded to 3 x 4 (the size of the full result):
                | 1 2 0 0 |
                | 3 4 0 0 |
                | 0 0 0 0 |
            For each row of the padded h, a Toeplitz matrix with 3 columns (the number of columns of f) is constructed:
              H1 =
                | 1 0 0 |
                | 2 1 0 |
                | 0 2 1 |
                | 0 0 2 |
              H2 =
                | 3 0 0 |
                | 4 3 0 |
                | 0 4 3 |
                | 0 0 4 |
              H3 =  (a row of zero padding)
                | 0 0 0 |
                | 0 0 0 |
                | 0 0 0 |
                | 0 0 0 |
            Using H1..H3 as elements, H is a Toeplitz matrix of blocks with 2 block columns (the number of rows of f):
                | H1 0  |
                | H2 H1 |
                | H3 H2 |
              (0 is the zero block; the notes write H_(((r - c) mod 3) + 1) there, which wraps into the zero padding.)
              H (12 x 6) =
                | 1 0 0 | 0 0 0 |
                | 2 1 0 | 0 0 0 |
                | 0 2 1 | 0 0 0 |
                | 0 0 2 | 0 0 0 |

                | 3 0 0 | 1 0 0 |
                | 4 3 0 | 2 1 0 |
                | 0 4 3 | 0 2 1 |
                | 0 0 4 | 0 0 2 |

                | 0 0 0 | 3 0 0 |
                | 0 0 0 | 4 3 0 |
                | 0 0 0 | 0 4 3 |
                | 0 0 0 | 0 0 4 |
            vec(f), the rows of f stacked: (2 5 3 | 1 4 1)ᵀ
            g = H vec(f) =
                | 1 0 0 | 0 0 0 |   | 2 |   |  2 |
                | 2 1 0 | 0 0 0 |   | 5 |   |  9 |
                | 0 2 1 | 0 0 0 |   | 3 |   | 13 |
                | 0 0 2 | 0 0 0 |   | 1 |   |  6 |

                | 3 0 0 | 1 0 0 |   | 4 |   |  7 |
                | 4 3 0 | 2 1 0 |   | 1 |   | 29 |
                | 0 4 3 | 0 2 1 | x       = | 38 |
                | 0 0 4 | 0 0 2 |           | 14 |

                | 0 0 0 | 3 0 0 |           |  3 |
                | 0 0 0 | 4 3 0 |           | 16 |
                | 0 0 0 | 0 4 3 |           | 19 |
                | 0 0 0 | 0 0 4 |           |  4 |
            g reshaped to 3 x 4, row by row:
                |  2  9 13  6 |
                |  7 29 38 14 |
                |  3 16 19  4 |
            check: scipy.signal.convolve2d(f, h, 'full') =
                |  2  9 13  6 |
                |  7 29 38 14 |
                |  3 16 19  4 |

            """, ExplainRun.Text("doubly-block-toeplitz"));

    /// <summary>valid: 1 x 2 from (1, 1); one block row [H2 H1], so no zero block; vec(f) has 6 entries beside H's 2 rows.</summary>
    [Fact]
    public void Explain_doubly_block_toeplitz_valid_keeps_block_row_1_and_rows_1_to_2_of_each_block() =>
        Assert.Equal(
            """
            f [m,n]  (M1 x N1 = 2 x 3):
                | 2 5 3 |
                | 1 4 1 |
            h [m,n]  (M2 x N2 = 2 x 2):
                | 1 2 |
                | 3 4 |
            The full result has size (M1+M2-1) x (N1+N2-1) = 3 x 4.
            Mode valid keeps 1 x 2 of it, starting at row 1, column 1 (the centred crop of scipy.signal.convolve2d).
            Firstly, h is zero-padded to 3 x 4 (the size of the full result):
                | 1 2 0 0 |
                | 3 4 0 0 |
                | 0 0 0 0 |
            For each row of the padded h, a Toeplitz matrix with 3 columns (the number of columns of f) is constructed, keeping its rows 1..2:
              H1 =
                | 2 1 0 |
                | 0 2 1 |
              H2 =
                | 4 3 0 |
                | 0 4 3 |
              H3 =  (a row of zero padding)
                | 0 0 0 |
                | 0 0 0 |
            Using H1..H3 as elements, H is a Toeplitz matrix of blocks with 2 block columns (the number of rows of f), keeping block rows 1..1:
                | H2 H1 |
              H (2 x 6) =
                | 4 3 0 | 2 1 0 |
                | 0 4 3 | 0 2 1 |
            vec(f), the rows of f stacked: (2 5 3 | 1 4 1)ᵀ
            g = H vec(f) =
                | 4 3 0 | 2 1 0 |   | 2 |   | 29 |
                | 0 4 3 | 0 2 1 | x | 5 | = | 38 |
                                    | 3 |
                                    | 1 |
                                    | 4 |
                                    | 1 |
            g reshaped to 1 x 2, row by row:
                | 29 38 |
            check: scipy.signal.convolve2d(f, h, 'valid') =
                | 29 38 |

            """, ExplainRun.Text("doubly-block-toeplitz", "--mode", "valid"));

    /// <summary>same: 2 x 3 from (0, 0): H = [H1 0; H2 H1] with each H_q cut to its first 3 rows.</summary>
    [Fact]
    public void Explain_doubly_block_toeplitz_same_keeps_the_first_block_rows_and_rows_of_each_block() =>
        Assert.Equal(
            """
            f [m,n]  (M1 x N1 = 2 x 3):
                | 2 5 3 |
                | 1 4 1 |
            h [m,n]  (M2 x N2 = 2 x 2):
                | 1 2 |
                | 3 4 |
            The full result has size (M1+M2-1) x (N1+N2-1) = 3 x 4.
            Mode same keeps 2 x 3 of it, starting at row 0, column 0 (the centred crop of scipy.signal.convolve2d).
            Firstly, h is zero-padded to 3 x 4 (the size of the full result):
                | 1 2 0 0 |
                | 3 4 0 0 |
                | 0 0 0 0 |
            For each row of the padded h, a Toeplitz matrix with 3 columns (the number of columns of f) is constructed, keeping its rows 0..2:
              H1 =
                | 1 0 0 |
                | 2 1 0 |
                | 0 2 1 |
              H2 =
                | 3 0 0 |
                | 4 3 0 |
                | 0 4 3 |
              H3 =  (a row of zero padding)
                | 0 0 0 |
                | 0 0 0 |
                | 0 0 0 |
            Using H1..H3 as elements, H is a Toeplitz matrix of blocks with 2 block columns (the number of rows of f), keeping block rows 0..1:
                | H1 0  |
                | H2 H1 |
              (0 is the zero block; the notes write H_(((0 + r - c) mod 3) + 1) there, which wraps into the zero padding.)
              H (6 x 6) =
                | 1 0 0 | 0 0 0 |
                | 2 1 0 | 0 0 0 |
                | 0 2 1 | 0 0 0 |

                | 3 0 0 | 1 0 0 |
                | 4 3 0 | 2 1 0 |
                | 0 4 3 | 0 2 1 |
            vec(f), the rows of f stacked: (2 5 3 | 1 4 1)ᵀ
            g = H vec(f) =
                | 1 0 0 | 0 0 0 |   | 2 |   |  2 |
                | 2 1 0 | 0 0 0 |   | 5 |   |  9 |
                | 0 2 1 | 0 0 0 |   | 3 |   | 13 |

                | 3 0 0 | 1 0 0 | x | 1 | = |  7 |
                | 4 3 0 | 2 1 0 |   | 4 |   | 29 |
                | 0 4 3 | 0 2 1 |   | 1 |   | 38 |
            g reshaped to 2 x 3, row by row:
                |  2  9 13 |
                |  7 29 38 |
            check: scipy.signal.convolve2d(f, h, 'same') =
                |  2  9 13 |
                |  7 29 38 |

            """, ExplainRun.Text("doubly-block-toeplitz", "--mode", "same"));

    /// <summary>M1 = 1: P = M2 = 1, so no padded row of h is labelled and the single block column has no zero block.</summary>
    [Fact]
    public void Explain_doubly_block_toeplitz_of_a_one_row_image_is_the_1_D_Toeplitz_matrix() =>
        Assert.Equal(
            """
            f [m,n]  (M1 x N1 = 1 x 3):
                | 1 2 3 |
            h [m,n]  (M2 x N2 = 1 x 2):
                |  1 -1 |
            The full result has size (M1+M2-1) x (N1+N2-1) = 1 x 4.
            Firstly, h is zero-padded to 1 x 4 (the size of the full result):
                |  1 -1  0  0 |
            For each row of the padded h, a Toeplitz matrix with 3 columns (the number of columns of f) is constructed:
              H1 =
                |  1  0  0 |
                | -1  1  0 |
                |  0 -1  1 |
                |  0  0 -1 |
            Using H1..H1 as elements, H is a Toeplitz matrix of blocks with 1 block columns (the number of rows of f):
                | H1 |
              H (4 x 3) =
                |  1  0  0 |
                | -1  1  0 |
                |  0 -1  1 |
                |  0  0 -1 |
            vec(f), the rows of f stacked: (1 2 3)ᵀ
            g = H vec(f) =
                |  1  0  0 |   | 1 |   |  1 |
                | -1  1  0 |   | 2 |   |  1 |
                |  0 -1  1 | x | 3 | = |  1 |
                |  0  0 -1 |           | -3 |
            g reshaped to 1 x 4, row by row:
                |  1  1  1 -3 |
            check: scipy.signal.convolve2d(f, h, 'full') =
                |  1  1  1 -3 |

            """, ExplainRun.Text("doubly-block-toeplitz", "--input", "[[1, 2, 3]]", "--kernel", "[[1, -1]]"));

    /// <summary>f 3 x 1, h 2 x 1, valid: block rows 1..2 of the 4 x 3 block layout; block (0, 2) has s + r − c = −1, the notes' ((1 + r − c) mod 4) + 1 = 4, a padded row.</summary>
    [Fact]
    public void Explain_doubly_block_toeplitz_valid_block_rows_start_at_s_and_name_it_in_the_wrapped_index() =>
        Assert.Equal(
            """
            f [m,n]  (M1 x N1 = 3 x 1):
                | 1 |
                | 2 |
                | 3 |
            h [m,n]  (M2 x N2 = 2 x 1):
                |  1 |
                | 10 |
            The full result has size (M1+M2-1) x (N1+N2-1) = 4 x 1.
            Mode valid keeps 2 x 1 of it, starting at row 1, column 0 (the centred crop of scipy.signal.convolve2d).
            Firstly, h is zero-padded to 4 x 1 (the size of the full result):
                |  1 |
                | 10 |
                |  0 |
                |  0 |
            For each row of the padded h, a Toeplitz matrix with 1 columns (the number of columns of f) is constructed, keeping its rows 0..0:
              H1 =
                | 1 |
              H2 =
                | 10 |
              H3 =  (a row of zero padding)
                | 0 |
              H4 =  (a row of zero padding)
                | 0 |
            Using H1..H4 as elements, H is a Toeplitz matrix of blocks with 3 block columns (the number of rows of f), keeping block rows 1..2:
                | H2 H1 0  |
                | H3 H2 H1 |
              (0 is the zero block; the notes write H_(((1 + r - c) mod 4) + 1) there, which wraps into the zero padding.)
              H (2 x 3) =
                | 10 |  1 |  0 |

                |  0 | 10 |  1 |
            vec(f), the rows of f stacked: (1 | 2 | 3)ᵀ
            g = H vec(f) =
                | 10 |  1 |  0 |   | 1 |   | 12 |

                |  0 | 10 |  1 | x | 2 | = | 23 |
                                   | 3 |
            g reshaped to 2 x 1, row by row:
                | 12 |
                | 23 |
            check: scipy.signal.convolve2d(f, h, 'valid') =
                | 12 |
                | 23 |

            """, ExplainRun.Text("doubly-block-toeplitz", "--input", "[[1], [2], [3]]", "--kernel", "[[1], [10]]", "--mode", "valid"));

    /// <summary>P = 10 blocks: every layout cell is padded to the width of "H10", and only H10 is a padded row of h.</summary>
    [Fact]
    public void Explain_doubly_block_toeplitz_pads_layout_cells_to_the_width_of_the_last_block_name()
    {
        var text = ExplainRun.Text("doubly-block-toeplitz", "--input", "[[1], [2]]", "--kernel", "[[1], [2], [3], [4], [5], [6], [7], [8], [9]]");
        Assert.Equal(
            """
              H9 =
                | 9 |
              H10 =  (a row of zero padding)
                | 0 |
            Using H1..H10 as elements, H is a Toeplitz matrix of blocks with 2 block columns (the number of rows of f):
                | H1  0   |
                | H2  H1  |
                | H3  H2  |
                | H4  H3  |
                | H5  H4  |
                | H6  H5  |
                | H7  H6  |
                | H8  H7  |
                | H9  H8  |
                | H10 H9  |
              (0 is the zero block; the notes write H_(((r - c) mod 10) + 1) there, which wraps into the zero padding.)

            """, text[text.IndexOf("  H9 =", StringComparison.Ordinal)..text.IndexOf("  H (10 x 2) =", StringComparison.Ordinal)]);
    }
}
