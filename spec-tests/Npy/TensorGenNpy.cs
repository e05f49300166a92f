using System.Numerics;
using ConvSpec.Npy;
using ConvSpec.Protocol;
using FsCheck;
using FsCheck.Fluent;
using ConvSpec.SpecTests.Generators;

namespace ConvSpec.SpecTests.Npy;

/// <summary>Generators and bitwise comparison of protocol tensors for the .npy laws.</summary>
public static class NpyGen
{
    /// <summary>Doubles including the values a file format must carry exactly: ±0, ±∞, NaN, subnormals, extremes.</summary>
    public static Gen<double> AnyDouble =>
        Gen.Frequency(
            (6, TensorGen.Real),
            (1, Gen.Elements(0.0, -0.0, double.PositiveInfinity, double.NegativeInfinity, double.NaN,
                double.Epsilon, double.MaxValue, -double.MinValue, 0.1, (double)float.Epsilon, (double)float.MaxValue)));

    /// <summary>A shape of rank 0..3 with extents 0..4 (rank 0 is a scalar; a zero extent an empty array).</summary>
    public static Gen<int[]> Shape =>
        Gen.Choose(0, 3).SelectMany(rank => Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 4))), rank));

    /// <summary>A tensor of any of the five dtypes.</summary>
    public static Gen<TensorValue> Tensor =>
        from dtype in Gen.Elements(Enum.GetValues<DType>())
        from shape in Shape
        from t in Of(dtype, shape)
        select t;

    private static Gen<TensorValue> Of(DType dtype, int[] shape)
    {
        var n = shape.Aggregate(1, (p, d) => p * d);
        return dtype switch
        {
            DType.Int64 => Gen.ArrayOf(Gen.Frequency((4, TensorGen.Integer), (1, Gen.Elements(long.MinValue, long.MaxValue))), n)
                .Select(d => TensorValue.Int64(shape, d)),
            DType.Float32 or DType.Float64 => Gen.ArrayOf(AnyDouble, n).Select(d => TensorValue.Real(dtype, shape, d)),
            _ => Gen.ArrayOf(Gen.Zip(AnyDouble, AnyDouble).Select(t => new Complex(t.Item1, t.Item2)), n)
                .Select(d => TensorValue.Complex(dtype, shape, d)),
        };
    }

    /// <summary>Every way to lay out a file: version 1..3, either byte order, C or Fortran order.</summary>
    public static Gen<NpyWriteOptions> Options =>
        from version in Gen.Choose(1, 3)
        from order in Gen.Elements(NpyByteOrder.Little, NpyByteOrder.Big)
        from fortran in Gen.Elements(false, true)
        select new NpyWriteOptions(version, order, fortran);

    /// <summary>Same dtype, shape and element bits (NaN equals NaN, −0 differs from +0).</summary>
    public static bool SameBits(TensorValue a, TensorValue b) =>
        a.DType == b.DType && a.Shape.SequenceEqual(b.Shape) && (a.Data, b.Data) switch
        {
            (long[] x, long[] y) => x.SequenceEqual(y),
            (double[] x, double[] y) => x.Zip(y).All(p => Bits(p.First, a.DType) == Bits(p.Second, a.DType)),
            (Complex[] x, Complex[] y) => x.Zip(y).All(p =>
                Bits(p.First.Real, a.DType) == Bits(p.Second.Real, a.DType)
                && Bits(p.First.Imaginary, a.DType) == Bits(p.Second.Imaginary, a.DType)),
            _ => false,
        };

    private static long Bits(double x, DType dtype) =>
        double.IsNaN(x) ? -1 : dtype is DType.Float32 or DType.Complex64 ? BitConverter.SingleToInt32Bits((float)x) : BitConverter.DoubleToInt64Bits(x);
}
