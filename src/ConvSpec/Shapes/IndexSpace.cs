using ConvSpec.Validation;

namespace ConvSpec.Shapes;

/// <summary>
/// The index space of an N-D shape: the set of tuples (i_0, ..., i_{r-1}) with 0 &lt;= i_d &lt; shape_d,
/// enumerated in row-major order (last axis fastest). Writing N-D code once means looping over this set.
/// </summary>
public static class IndexSpace
{
    /// <summary>Every index tuple of <paramref name="shape"/> in row-major order; a fresh array each.</summary>
    public static IEnumerable<int[]> Of(IReadOnlyList<int> shape)
    {
        if (shape.Any(d => d == 0)) yield break;
        var index = new int[shape.Count];
        while (true)
        {
            yield return (int[])index.Clone();
            var d = shape.Count - 1;
            while (d >= 0 && ++index[d] == shape[d]) index[d--] = 0;
            if (d < 0) yield break;
        }
    }

    /// <summary>Π_d shape_d, each extent non-negative, the product fitting in an int.</summary>
    public static int ElementCount(IReadOnlyList<int> shape, string name)
    {
        long count = 1;
        for (var d = 0; d < shape.Count; d++)
        {
            if (shape[d] < 0)
                throw new ArgumentException($"{name}: extents must be non-negative (axis {d} is {shape[d]})", name);
            count *= shape[d];
            if (count > Array.MaxLength)
                throw new ArgumentException($"{name}: shape {ShapeText.Of(shape)} has more than {Array.MaxLength} elements", name);
        }
        return (int)count;
    }

    /// <summary>Row-major strides: stride_{r-1} = 1, stride_d = stride_{d+1} · shape_{d+1}.</summary>
    public static int[] RowMajorStrides(IReadOnlyList<int> shape)
    {
        var strides = new int[shape.Count];
        var s = 1;
        for (var d = shape.Count - 1; d >= 0; d--)
        {
            strides[d] = s;
            s *= Math.Max(shape[d], 1);
        }
        return strides;
    }

    /// <summary>The flat offset of a multi-index under <paramref name="strides"/>: Σ_d index_d · strides_d.</summary>
    public static int Offset(int[] index, int[] strides)
    {
        var offset = 0;
        for (var d = 0; d < index.Length; d++) offset += index[d] * strides[d];
        return offset;
    }

    /// <summary>True when 0 &lt;= index_d &lt; shape_d on every axis.</summary>
    public static bool Contains(IReadOnlyList<int> shape, IReadOnlyList<int> index)
    {
        for (var d = 0; d < shape.Count; d++)
            if (index[d] < 0 || index[d] >= shape[d]) return false;
        return true;
    }
}
