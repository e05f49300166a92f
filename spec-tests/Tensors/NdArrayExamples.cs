using ConvSpec.SpecTests.TestSupport;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Tensors;

/// <summary>The row-major tensor: construction rules, indexing, views as matrices, equality and text.</summary>
public class NdArrayExamples
{
    [Fact]
    public void Construction_checks_the_shape_against_the_data()
    {
        var t = new NdArray<int>([2, 3], [1, 2, 3, 4, 5, 6]);
        Assert.Equal([2, 3], t.Shape);
        Assert.Equal(2, t.Rank);
        Assert.Equal(6, t.Length);
        Reject.Named<ArgumentNullException>("shape", () => new NdArray<int>(null!, []));
        Reject.Named<ArgumentNullException>("data", () => new NdArray<int>([1], null!));
        var e = Reject.Named<ArgumentException>("data", () => new NdArray<int>([2, 3], [1, 2]));
        Assert.Contains("must hold 6 elements for shape 2x3 (got 2)", e.Message);
        Reject.Named<ArgumentException>("shape", () => new NdArray<int>([-1], []));
    }

    [Fact]
    public void The_shape_is_copied_the_data_is_not()
    {
        int[] shape = [2], data = [1, 2];
        var t = new NdArray<int>(shape, data);
        shape[0] = 5;
        data[1] = 9;
        Assert.Equal([2], t.Shape);
        Assert.Equal(9, t[1]);
    }

    [Fact]
    public void Indexing_is_row_major_and_checked()
    {
        var t = NdArray<int>.Create([2, 3, 4], i => 100 * i[0] + 10 * i[1] + i[2]);
        Assert.Equal(123, t[1, 2, 3]);
        Assert.Equal(123, t.Data[23]);
        Assert.Equal(12 + 4 + 1, t.OffsetOf([1, 1, 1]));
        t[0, 1, 2] = -1;
        Assert.Equal(-1, t.Data[6]);
        Reject.Named<ArgumentException>("index", () => t[1, 2]);
        var e = Reject.Named<ArgumentOutOfRangeException>("index", () => t[1, 3, 0]);
        Assert.Contains("coordinate 1 is 3, outside 0..2", e.Message);
        Reject.Named<ArgumentOutOfRangeException>("index", () => t[0, 0, -1]);
        Reject.Named<ArgumentOutOfRangeException>("index", () => t[2, 0, 0]);
        Assert.Equal(7, NdArray<int>.Scalar(7)[Array.Empty<int>()]);
    }

    [Fact]
    public void Create_fills_in_row_major_order()
    {
        Assert.Equal([0, 1, 10, 11, 20, 21], NdArray<int>.Create([3, 2], i => 10 * i[0] + i[1]).Data);
        Assert.Empty(NdArray<int>.Create([2, 0], i => 1).Data);
        Reject.Named<ArgumentNullException>("element", () => NdArray<int>.Create([1], null!));
    }

    [Fact]
    public void Vector_matrix_and_scalar_factories()
    {
        int[] values = [4, 5];
        var v = NdArray<int>.Vector(values);
        values[0] = 0;
        Assert.Equal([4, 5], v.Data);
        Assert.Equal([2], v.Shape);
        var m = NdArray<int>.Matrix(new[,] { { 1, 2, 3 }, { 4, 5, 6 } });
        Assert.Equal([2, 3], m.Shape);
        Assert.Equal([1, 2, 3, 4, 5, 6], m.Data);
        Reject.Named<ArgumentNullException>("values", () => NdArray<int>.Matrix(null!));
        var s = NdArray<int>.Scalar(3);
        Assert.Equal(0, s.Rank);
        Assert.Equal([3], s.Data);
    }

    [Fact]
    public void ToMatrix_is_the_inverse_of_Matrix()
    {
        var values = new[,] { { 1, 2, 3 }, { 4, 5, 6 } };
        Assert.Equal(values, NdArray<int>.Matrix(values).ToMatrix());
        Reject.Named<ArgumentException>("tensor", () => NdArray<int>.Vector(1).ToMatrix());
    }

    [Fact]
    public void Map_keeps_the_shape()
    {
        var m = NdArray<int>.Matrix(new[,] { { 1, 2 } }).Map(x => x * 10L);
        Assert.Equal([1, 2], m.Shape);
        Assert.Equal([10L, 20L], m.Data);
    }

    [Fact]
    public void Equality_needs_the_same_shape_and_elements()
    {
        var a = new NdArray<int>([2, 2], [1, 2, 3, 4]);
        Assert.True(a.Equals(new NdArray<int>([2, 2], [1, 2, 3, 4])));
        Assert.True(a.Equals((object)new NdArray<int>([2, 2], [1, 2, 3, 4])));
        Assert.False(a.Equals(new NdArray<int>([4], [1, 2, 3, 4])));
        Assert.False(a.Equals(new NdArray<int>([2, 2], [1, 2, 3, 5])));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"x"));
        Assert.Equal(a.GetHashCode(), new NdArray<int>([2, 2], [1, 2, 3, 4]).GetHashCode());
    }

    [Fact]
    public void Text_is_the_shape_and_nested_brackets()
    {
        Assert.Equal("2x2 [[1, 2], [3, 4]]", new NdArray<int>([2, 2], [1, 2, 3, 4]).ToString());
        Assert.Equal("3 [1.5, -2, 0]", NdArray<double>.Vector(1.5, -2, 0).ToString());
        Assert.Equal("() 7", NdArray<int>.Scalar(7).ToString());
        Assert.Equal("2x0 [[], []]", new NdArray<int>([2, 0], []).ToString());
        Assert.Equal("[[[1], [2]], [[3], [4]]]", NestedText.Of(new NdArray<int>([2, 2, 1], [1, 2, 3, 4])));
    }
}
