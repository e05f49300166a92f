using System.Numerics;
using ConvSpec.Protocol;
using ConvSpec.Shapes;

namespace ConvSpec.Conformance;

/// <summary>Shape edits on wire tensors that generators and the shrinker use.</summary>
public static class TensorReshape
{
    /// <summary>The tensor of <paramref name="shape"/> with r[i] = t[i_d mod n_d per axis] (crops or tiles).</summary>
    public static TensorValue Fit(TensorValue t, int[] shape) =>
        Select(t, shape, index => index.Select((i, d) => i % t.Shape[d]).ToArray());

    /// <summary>The tensor without slice <paramref name="at"/> of axis <paramref name="axis"/>.</summary>
    public static TensorValue Remove(TensorValue t, int axis, int at)
    {
        var shape = t.Shape.ToArray();
        shape[axis]--;
        return Select(t, shape, index => index.Select((i, d) => d == axis && i >= at ? i + 1 : i).ToArray());
    }

    /// <summary>The tensor with element <paramref name="flat"/> (row-major) replaced by <paramref name="value"/>.</summary>
    public static TensorValue WithElement(TensorValue t, int flat, Func<object, object> value)
    {
        switch (t.Data)
        {
            case long[] l: { var c = (long[])l.Clone(); c[flat] = (long)value(l[flat]); return TensorValue.Int64(t.Shape, c); }
            case double[] d: { var c = (double[])d.Clone(); c[flat] = (double)value(d[flat]); return TensorValue.Real(t.DType, t.Shape, c); }
            default: { var z = (Complex[])t.Data; var c = (Complex[])z.Clone(); c[flat] = (Complex)value(z[flat]); return TensorValue.Complex(t.DType, t.Shape, c); }
        }
    }

    private static TensorValue Select(TensorValue t, int[] shape, Func<int[], int[]> source)
    {
        var strides = Strides(t.Shape);
        var from = IndexSpace.Of(shape).Select(i => source(i).Select((x, d) => x * strides[d]).Sum()).ToArray();
        return t.Data switch
        {
            long[] l => TensorValue.Int64(shape, Array.ConvertAll(from, k => l[k])),
            double[] d => TensorValue.Real(t.DType, shape, Array.ConvertAll(from, k => d[k])),
            _ => TensorValue.Complex(t.DType, shape, Array.ConvertAll(from, k => ((Complex[])t.Data)[k])),
        };
    }

    private static int[] Strides(int[] shape)
    {
        var strides = new int[shape.Length];
        var s = 1;
        for (var d = shape.Length - 1; d >= 0; d--) { strides[d] = s; s *= shape[d]; }
        return strides;
    }
}
