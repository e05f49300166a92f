using System.Numerics;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Protocol;

/// <summary>
/// A tensor as it crosses the wire: a dtype, a shape and row-major elements. The elements are held as
/// long (int64), double (float32 and float64; float32 values are exactly floats) or Complex (complex64 and
/// complex128; complex64 parts are exactly floats).
/// </summary>
public sealed class TensorValue
{
    private TensorValue(DType dtype, int[] shape, Array data)
    {
        DType = dtype;
        Shape = shape;
        Data = data;
    }

    /// <summary>The element type.</summary>
    public DType DType { get; }

    /// <summary>The extents.</summary>
    public int[] Shape { get; }

    /// <summary>long[], double[] or Complex[] by dtype.</summary>
    public Array Data { get; }

    /// <summary>An int64 tensor.</summary>
    public static TensorValue Int64(int[] shape, long[] data) => new(DType.Int64, shape, Checked(shape, data));

    /// <summary>A float64 tensor, or float32 with every element rounded to float.</summary>
    public static TensorValue Real(DType dtype, int[] shape, double[] data)
    {
        Preconditions.Require(dtype is DType.Float32 or DType.Float64, nameof(dtype), $"must be float32 or float64 (got {dtype.Name()})");
        return new(dtype, shape, dtype == DType.Float32 ? Array.ConvertAll(Checked(shape, data), x => (double)(float)x) : Checked(shape, data));
    }

    /// <summary>A complex128 tensor, or complex64 with both parts rounded to float.</summary>
    public static TensorValue Complex(DType dtype, int[] shape, Complex[] data)
    {
        Preconditions.Require(dtype.IsComplex(), nameof(dtype), $"must be complex64 or complex128 (got {dtype.Name()})");
        return new(dtype, shape, dtype == DType.Complex64
            ? Array.ConvertAll(Checked(shape, data), z => new Complex((float)z.Real, (float)z.Imaginary))
            : Checked(shape, data));
    }

    /// <summary>The elements as int64; the tensor must be int64.</summary>
    public NdArray<long> AsInt64() => new(Shape, (long[])RequireKind(DType.Int64));

    /// <summary>The elements as doubles, exact for int64 up to 2^53 and for every float.</summary>
    public NdArray<double> AsDouble()
    {
        Preconditions.Require(!DType.IsComplex(), "tensor", $"must be real (got {DType.Name()})");
        return Data is long[] l ? new(Shape, Array.ConvertAll(l, x => (double)x)) : new(Shape, (double[])Data);
    }

    /// <summary>The elements as complex numbers (a real tensor has zero imaginary parts).</summary>
    public NdArray<Complex> AsComplex() => Data switch
    {
        Complex[] c => new(Shape, c),
        long[] l => new(Shape, Array.ConvertAll(l, x => new Complex(x, 0))),
        _ => new(Shape, Array.ConvertAll((double[])Data, x => new Complex(x, 0))),
    };

    /// <summary>The number of elements.</summary>
    public int Length => Data.Length;

    /// <summary>"float64 2x3".</summary>
    public override string ToString() => $"{DType.Name()} {ShapeText.Of(Shape)}";

    private Array RequireKind(DType dtype)
    {
        Preconditions.Require(DType == dtype, "tensor", $"must be {dtype.Name()} (got {DType.Name()})");
        return Data;
    }

    private static T[] Checked<T>(int[] shape, T[] data)
    {
        Preconditions.NotNull(shape, nameof(shape));
        var count = IndexSpace.ElementCount(shape, nameof(shape));
        Preconditions.Require(count == data.Length, nameof(data),
            $"must hold {count} elements for shape {ShapeText.Of(shape)} (got {data.Length})");
        return data;
    }
}
