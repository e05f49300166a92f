using ConvSpec.Cli.Explain;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Cli;

/// <summary>
/// <see cref="MatrixText"/>: matrices as "| a b |" rows right-aligned to the widest entry, "| " between column blocks,
/// an empty line between row blocks, vectors as grouped columns, and A x = y side by side.
/// </summary>
public class MatrixTextExamples
{
    private static string Text(Action<TextWriter> write)
    {
        var output = new StringWriter { NewLine = "\n" };
        write(output);
        return output.ToString();
    }

    [Fact]
    public void Rows_right_align_every_entry_to_the_widest_entry_of_the_matrix() =>
        Assert.Equal(["|   1 -10 |", "| 100   2 |"], MatrixText.Rows(NdArray<long>.Matrix(new long[,] { { 1, -10 }, { 100, 2 } })));

    [Fact]
    public void Rows_put_a_bar_before_each_column_block_and_an_empty_line_before_each_row_block_after_the_first() =>
        Assert.Equal(
            ["| 1 2 | 3 4 | 5 |", "| 6 7 | 8 9 | 0 |", "| 1 2 | 3 4 | 5 |", "", "| 6 7 | 8 9 | 0 |"],
            MatrixText.Rows(NdArray<long>.Matrix(new long[,] { { 1, 2, 3, 4, 5 }, { 6, 7, 8, 9, 0 }, { 1, 2, 3, 4, 5 }, { 6, 7, 8, 9, 0 } }), 3, 2));

    [Fact]
    public void Rows_of_a_matrix_without_columns_are_empty_bars() =>
        Assert.Equal(["|  |", "|  |"], MatrixText.Rows(new NdArray<long>([2, 0], [])));

    [Fact]
    public void Write_puts_the_title_above_the_rows_indented_and_leaves_block_separators_empty() =>
        Assert.Equal(
            """
            title:
                | 1 | 2 |

                | 3 | 4 |

            """, Text(w => MatrixText.Write(w, "title:", NdArray<long>.Matrix(new long[,] { { 1, 2 }, { 3, 4 } }), 1, 1)));

    [Theory]
    [InlineData(new long[] { 1, 2, 3, 4, 5 }, 2, "(1 2 | 3 4 | 5)ᵀ")]
    [InlineData(new long[] { 1, 2, 3, 4, 5, 6 }, 3, "(1 2 3 | 4 5 6)ᵀ")]
    [InlineData(new long[] { 1, 2, 3 }, 1, "(1 | 2 | 3)ᵀ")]
    [InlineData(new long[] { 1, 2, 3 }, 4, "(1 2 3)ᵀ")]
    public void Column_cuts_the_vector_into_groups_of_the_given_size_the_last_one_shorter(long[] v, int group, string expected) =>
        Assert.Equal(expected, MatrixText.Column(v, group));

    [Fact]
    public void WriteProduct_of_one_row_puts_x_and_equals_on_it() =>
        Assert.Equal(
            """
                | 3 | x | 2 | = | 6 |

            """, Text(w => MatrixText.WriteProduct(w, NdArray<long>.Matrix(new long[,] { { 3 } }), [2L], [6L])));

    /// <summary>4 rows: " x " and " = " on row 4 / 2 = 2 (counted from 0); x's blank cells keep y's column in place.</summary>
    [Fact]
    public void WriteProduct_marks_the_row_at_half_the_row_count_and_leaves_x_blank_past_its_end() =>
        Assert.Equal(
            """
                | 1 0 |   |  1 |   |  1 |
                | 2 1 |   | 10 |   | 12 |
                | 0 2 | x        = | 20 |
                | 0 0 |            |  0 |

            """, Text(w => MatrixText.WriteProduct(w, NdArray<long>.Matrix(new long[,] { { 1, 0 }, { 2, 1 }, { 0, 2 }, { 0, 0 } }), [1L, 10], [1L, 12, 20, 0])));

    /// <summary>3 rows of A, 5 entries of x: the middle is row 1, and x's last two entries are on lines of their own below A.</summary>
    [Fact]
    public void WriteProduct_lists_every_entry_of_x_when_A_has_fewer_rows_than_columns() =>
        Assert.Equal(
            """
                | 1 1 0 0 0 |   | 1 |   | 3 |
                | 0 1 1 0 0 | x | 2 | = | 5 |
                | 0 0 1 1 0 |   | 3 |   | 7 |
                                | 4 |
                                | 5 |

            """, Text(w => MatrixText.WriteProduct(w, NdArray<long>.Matrix(new long[,] { { 1, 1, 0, 0, 0 }, { 0, 1, 1, 0, 0 }, { 0, 0, 1, 1, 0 } }), [1L, 2, 3, 4, 5], [3L, 5, 7])));

    /// <summary>
    /// Row blocks of 2 with a separator after each: the middle is the 2nd filled row (index 2 of the printed lines,
    /// counting the separator), the separator lines are empty and x and y continue after them.
    /// </summary>
    [Fact]
    public void WriteProduct_skips_separator_lines_in_x_and_y_and_marks_the_middle_filled_row() =>
        Assert.Equal(
            """
                | 1 | 0 |   | 4 |   |  4 |

                | 2 | 1 | x | 5 | = | 13 |

                | 0 | 2 |           | 10 |

            """, Text(w => MatrixText.WriteProduct(w, NdArray<long>.Matrix(new long[,] { { 1, 0 }, { 2, 1 }, { 0, 2 } }), [4L, 5], [4L, 13, 10], 1, 1)));
}
