using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Layers;

/// <summary>Index rearrangements the laws are stated with: crops, cyclic shifts, channel slices and concatenation.</summary>
public static class TensorOps
{
    /// <summary>x[..., start:start+count, ...] on <paramref name="axis"/>.</summary>
    public static NdArray<T> Slice<T>(this NdArray<T> x, int axis, int start, int count)
    {
        var shape = x.Shape.ToArray();
        shape[axis] = count;
        return NdArray<T>.Create(shape, i =>
        {
            var j = (int[])i.Clone();
            j[axis] += start;
            return x[j];
        });
    }

    /// <summary>The cyclic shift y[..., i, ...] = x[..., (i − t) mod n, ...] on <paramref name="axis"/> (numpy.roll).</summary>
    public static NdArray<T> Roll<T>(this NdArray<T> x, int axis, int t) => NdArray<T>.Create(x.Shape.ToArray(), i =>
    {
        var j = (int[])i.Clone();
        var n = x.Shape[axis];
        j[axis] = (((i[axis] - t) % n) + n) % n;
        return x[j];
    });

    /// <summary>The tensors joined along <paramref name="axis"/>.</summary>
    public static NdArray<T> Concat<T>(int axis, IReadOnlyList<NdArray<T>> parts)
    {
        var shape = parts[0].Shape.ToArray();
        shape[axis] = parts.Sum(p => p.Shape[axis]);
        return NdArray<T>.Create(shape, i =>
        {
            var j = (int[])i.Clone();
            foreach (var p in parts)
            {
                if (j[axis] < p.Shape[axis]) return p[j];
                j[axis] -= p.Shape[axis];
            }
            throw new InvalidOperationException("unreachable: index past the concatenation");
        });
    }

    /// <summary>The tensor of <paramref name="shape"/> that is 1 at <paramref name="at"/> (row-major offset) and 0 elsewhere.</summary>
    public static NdArray<Int128> Impulse(int[] shape, int at)
    {
        var count = shape.Aggregate(1, (p, d) => p * d);
        var data = new Int128[count];
        data[at] = 1;
        return new NdArray<Int128>(shape, data);
    }
}
