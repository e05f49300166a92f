using ConvSpec.Conformance;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The per-axis extent bound of doubly_block_toeplitz cases, worked out from its formula: max + ⌊max/2⌋ at rank 1,
/// round(max^(1/rank)) + 1 above, never below 2.
/// </summary>
public class DoublyBlockToeplitzAxisMaxExamples
{
    [Theory]
    [InlineData(1, 12, 18)] // 12 + 6
    [InlineData(1, 5, 7)]   // 5 + 2
    [InlineData(1, 1, 2)]   // 1 + 0, raised to 2
    [InlineData(2, 12, 4)]  // round(3.46) + 1
    [InlineData(2, 16, 5)]  // 4 + 1
    [InlineData(3, 27, 4)]  // 3 + 1
    [InlineData(3, 12, 3)]  // round(2.29) + 1
    public void The_axis_bound_is_max_and_a_half_for_vectors_and_the_rank_th_root_plus_one_above(int rank, int max, int expected) =>
        Assert.Equal(expected, DoublyBlockToeplitzCases.AxisMax(rank, max));
}
