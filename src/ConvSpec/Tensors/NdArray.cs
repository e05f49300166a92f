using ConvSpec.Shapes;
using ConvSpec.Validation;

namespace ConvSpec.Tensors;

/// <summary>
/// A dense N-dimensional array in row-major (C) order: element (i_0, ..., i_{r-1}) lives at
/// offset Σ_d i_d · stride_d with stride_{r-1} = 1 and stride_d = stride_{d+1} · shape_{d+1}.
/// Rank 0 is a scalar with one element. The shape is fixed; the data array is the caller's.
/// </summary>
public sealed class NdArray<T> : IEquatable<NdArray<T>>
{
    private readonly int[] shape;
    private readonly int[] strides;

    /// <summary>Wraps <paramref name="data"/> (not copied) as a tensor of <paramref name="shape"/>.</summary>
    public NdArray(int[] shape, T[] data)
    {
        Preconditions.NotNull(shape, nameof(shape));
        Preconditions.NotNull(data, nameof(data));
        this.shape = (int[])shape.Clone();
        var count = IndexSpace.ElementCount(this.shape, nameof(shape));
        Preconditions.Require(count == data.Length, nameof(data),
            $"must hold {count} elements for shape {ShapeText.Of(shape)} (got {data.Length})");
        strides = IndexSpace.RowMajorStrides(this.shape);
        Data = data;
    }

    /// <summary>The extent of each axis.</summary>
    public IReadOnlyList<int> Shape => shape;

    /// <summary>The number of axes.</summary>
    public int Rank => shape.Length;

    /// <summary>The number of elements, Π_d shape_d (1 for a scalar).</summary>
    public int Length => Data.Length;

    /// <summary>The elements in row-major order.</summary>
    public T[] Data { get; }

    /// <summary>The element at a multi-index, checked against the shape.</summary>
    public T this[params int[] index]
    {
        get => Data[OffsetOf(index)];
        set => Data[OffsetOf(index)] = value;
    }

    /// <summary>The row-major offset of a multi-index, checked against the shape.</summary>
    public int OffsetOf(IReadOnlyList<int> index)
    {
        Preconditions.Require(index.Count == shape.Length, nameof(index),
            $"needs {shape.Length} coordinates (got {index.Count})");
        var offset = 0;
        for (var d = 0; d < shape.Length; d++)
        {
            if ((uint)index[d] >= (uint)shape[d])
                throw new ArgumentOutOfRangeException(nameof(index),
                    $"index: coordinate {d} is {index[d]}, outside 0..{shape[d] - 1}");
            offset += index[d] * strides[d];
        }
        return offset;
    }

    /// <summary>A tensor of <paramref name="shape"/> whose element at i is <paramref name="element"/>(i).</summary>
    public static NdArray<T> Create(int[] shape, Func<int[], T> element)
    {
        Preconditions.NotNull(element, nameof(element));
        var data = new T[IndexSpace.ElementCount(shape, nameof(shape))];
        var k = 0;
        foreach (var index in IndexSpace.Of(shape)) data[k++] = element(index);
        return new NdArray<T>(shape, data);
    }

    /// <summary>A rank-1 tensor holding <paramref name="values"/>.</summary>
    public static NdArray<T> Vector(params T[] values) => new([values.Length], (T[])values.Clone());

    /// <summary>A rank-2 tensor holding <paramref name="values"/>.</summary>
    public static NdArray<T> Matrix(T[,] values)
    {
        Preconditions.NotNull(values, nameof(values));
        return Create([values.GetLength(0), values.GetLength(1)], i => values[i[0], i[1]]);
    }

    /// <summary>A rank-0 tensor holding <paramref name="value"/>.</summary>
    public static NdArray<T> Scalar(T value) => new([], [value]);

    /// <summary>The same elements as a rank-2 array; the tensor must have rank 2.</summary>
    public T[,] ToMatrix()
    {
        Preconditions.Require(Rank == 2, "tensor", $"must have rank 2 to become a matrix (got rank {Rank})");
        var m = new T[shape[0], shape[1]];
        for (var i = 0; i < shape[0]; i++)
            for (var j = 0; j < shape[1]; j++)
                m[i, j] = Data[i * strides[0] + j];
        return m;
    }

    /// <summary>Elementwise image under <paramref name="f"/>, same shape.</summary>
    public NdArray<TOut> Map<TOut>(Func<T, TOut> f) => new(shape, Array.ConvertAll(Data, x => f(x)));

    /// <summary>Same shape and equal elements under <see cref="EqualityComparer{T}.Default"/>.</summary>
    public bool Equals(NdArray<T>? other) =>
        other is not null && shape.AsSpan().SequenceEqual(other.shape)
        && Data.AsSpan().SequenceEqual(other.Data, EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => Equals(obj as NdArray<T>);

    public override int GetHashCode() => HashCode.Combine(ShapeText.Of(shape), Data.Length);

    /// <summary>Shape and elements as nested brackets, e.g. "2x2 [[1, 2], [3, 4]]".</summary>
    public override string ToString() => $"{ShapeText.Of(shape)} {NestedText.Of(this)}";
}
