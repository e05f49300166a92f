using ConvSpec.Layers;
using ConvSpec.Pooling;
using ConvSpec.Tensors;

namespace ConvSpec.Protocol.Operations;

/// <summary>
/// The Fast twins of the layer and pooling operations run on wire tensors (<c>method</c> fast/direct/auto,
/// <see cref="LayerMethod"/>): float32 results computed in float, float64 in double. Each returns null where no
/// Fast twin applies (int64 or complex result), and the operation then runs its spec.
/// </summary>
internal static class LayerFast
{
    /// <summary>Conv by <see cref="Conv.Fast"/> in the promoted dtype of X, W and B.</summary>
    public static TensorValue? Conv(TensorValue x, TensorValue w, TensorValue? b, ConvAttributes attributes)
    {
        var dtype = b is null ? DTypes.Promote(x.DType, w.DType) : DTypes.Promote(x.DType, w.DType, b.DType);
        if (dtype == DType.Float64)
            return Real(dtype, Layers.Conv.Fast.Apply(x.AsDouble(), w.AsDouble(), b?.AsDouble(), attributes));
        if (dtype != DType.Float32) return null;
        var y = Layers.Conv.Fast.Apply(Single(x), Single(w), b is null ? null : Single(b), attributes);
        return Real(dtype, y.Map(v => (double)v));
    }

    /// <summary>MaxPool by <see cref="MaxPool.Fast"/>: values and ONNX's indices.</summary>
    public static (TensorValue Values, NdArray<long> Indices)? Max(TensorValue x, PoolOptions options, StorageOrder order, NanRule nan) =>
        x.DType switch
        {
            DType.Float64 => Wide(MaxPool.Fast.Apply(x.AsDouble(), options, order, nan)),
            DType.Float32 => Narrow(MaxPool.Fast.Apply(Single(x), options, order, nan)),
            _ => null,
        };

    /// <summary>A float64 MaxPool result on the wire.</summary>
    private static (TensorValue, NdArray<long>) Wide(MaxPoolResult<double> r) => (Real(DType.Float64, r.Values), r.Indices);

    /// <summary>A float32 MaxPool result on the wire (each float exact as a double).</summary>
    private static (TensorValue, NdArray<long>) Narrow(MaxPoolResult<float> r) =>
        (Real(DType.Float32, r.Values.Map(v => (double)v)), r.Indices);

    /// <summary>A float pooling twin run in X's dtype (float or double arithmetic), or null for int64.</summary>
    public static TensorValue? Pool(TensorValue x, Func<NdArray<double>, NdArray<double>> wide, Func<NdArray<float>, NdArray<float>> narrow) =>
        x.DType switch
        {
            DType.Float64 => Real(DType.Float64, wide(x.AsDouble())),
            DType.Float32 => Real(DType.Float32, narrow(Single(x)).Map(v => (double)v)),
            _ => null,
        };

    /// <summary>The elements rounded to float (exact for float32 tensors).</summary>
    public static NdArray<float> Single(TensorValue t) => t.AsDouble().Map(v => (float)v);

    private static TensorValue Real(DType dtype, NdArray<double> y) => TensorValue.Real(dtype, y.Shape.ToArray(), y.Data);
}
