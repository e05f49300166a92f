using ConvSpec.Shapes;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Shapes;

/// <summary>Row-major index enumeration, element counts, strides and containment.</summary>
public class IndexSpaceExamples
{
    [Fact]
    public void Indices_run_in_row_major_order_last_axis_fastest()
    {
        Assert.Equal([[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2]], IndexSpace.Of([2, 3]));
        Assert.Equal([[0], [1]], IndexSpace.Of([2]));
        Assert.Equal([[0, 0, 0], [0, 1, 0], [1, 0, 0], [1, 1, 0]], IndexSpace.Of([2, 2, 1]));
    }

    [Fact]
    public void A_scalar_has_one_empty_index_and_an_empty_shape_none()
    {
        Assert.Equal([Array.Empty<int>()], IndexSpace.Of([]));
        Assert.Empty(IndexSpace.Of([3, 0]));
        Assert.Empty(IndexSpace.Of([0, 3]));
    }

    [Fact]
    public void Each_index_is_a_fresh_array()
    {
        var all = IndexSpace.Of([2]).ToList();
        Assert.NotSame(all[0], all[1]);
        Assert.Equal(0, all[0][0]);
    }

    [Fact]
    public void Element_count_is_the_product_of_the_extents()
    {
        Assert.Equal(24, IndexSpace.ElementCount([2, 3, 4], "x"));
        Assert.Equal(1, IndexSpace.ElementCount([], "x"));
        Assert.Equal(0, IndexSpace.ElementCount([3, 0], "x"));
        Assert.Equal(Array.MaxLength, IndexSpace.ElementCount([Array.MaxLength], "x"));
        var negative = Assert.Throws<ArgumentException>(() => IndexSpace.ElementCount([2, -1], "x"));
        Assert.Equal("x", negative.ParamName);
        Assert.Contains("axis 1 is -1", negative.Message);
        Reject.Named<ArgumentException>("x", () => IndexSpace.ElementCount([Array.MaxLength + 1], "x"));
        Reject.Named<ArgumentException>("x", () => IndexSpace.ElementCount([65536, 65536, 0], "x"));
    }

    [Fact]
    public void Row_major_strides_multiply_the_later_extents()
    {
        Assert.Equal([12, 4, 1], IndexSpace.RowMajorStrides([2, 3, 4]));
        Assert.Equal([1, 1], IndexSpace.RowMajorStrides([0, 0]));
        Assert.Equal([3, 1], IndexSpace.RowMajorStrides([0, 3]));
        Assert.Empty(IndexSpace.RowMajorStrides([]));
    }

    [Fact]
    public void Offsets_under_row_major_strides_count_the_indices_in_order()
    {
        var strides = IndexSpace.RowMajorStrides([2, 3, 4]);
        Assert.Equal(Enumerable.Range(0, 24), IndexSpace.Of([2, 3, 4]).Select(i => IndexSpace.Offset(i, strides)));
        Assert.Equal(0, IndexSpace.Offset([], []));
        Assert.Equal(2 * 7 + 5 * 3, IndexSpace.Offset([2, 5], [7, 3]));
    }

    [Fact]
    public void Contains_checks_both_bounds_on_every_axis()
    {
        Assert.True(IndexSpace.Contains([2, 3], [1, 2]));
        Assert.True(IndexSpace.Contains([2, 3], [0, 0]));
        Assert.False(IndexSpace.Contains([2, 3], [2, 0]));
        Assert.False(IndexSpace.Contains([2, 3], [0, 3]));
        Assert.False(IndexSpace.Contains([2, 3], [-1, 0]));
        Assert.False(IndexSpace.Contains([2, 3], [0, -1]));
    }
}
