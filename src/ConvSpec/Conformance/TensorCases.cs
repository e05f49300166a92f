using System.Numerics;
using System.Text.Json.Nodes;
using ConvSpec.Protocol;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.Conformance;

/// <summary>
/// Shared FsCheck generators of wire tensors that reach the edges: extent 1 often, every dtype asked for, zero,
/// ±1, negative values, wide exponent ranges (tiny values whose products underflow, large ones), int64 values
/// near ±2^62 whose products overflow, and NaN/±∞ when the case space allows them.
/// </summary>
public static class TensorCases
{
    /// <summary>One of the case space's dtypes.</summary>
    public static Gen<DType> DType(CaseSpace space) => Gen.Elements(space.DTypes.ToArray());

    /// <summary>An extent 1..max weighted towards 1 and 2.</summary>
    public static Gen<int> Extent(int max) =>
        Gen.Frequency((2, Gen.Constant(1)), (2, Gen.Constant(Math.Min(2, max))), (6, Gen.Choose(1, Math.Max(1, max))));

    /// <summary>A shape of the given rank.</summary>
    public static Gen<int[]> Shape(int rank, int max) => Gen.ArrayOf(Extent(max), rank);

    /// <summary>int64 elements: mostly small, sometimes large enough that products overflow int64.</summary>
    public static Gen<long> Integer =>
        Gen.Frequency(
            (12, Gen.Choose(-9, 9).Select(x => (long)x)),
            (3, Gen.Choose(-100_000, 100_000).Select(x => (long)x)),
            (1, Gen.Elements(long.MaxValue, long.MinValue, 1L << 62, -(1L << 62), 3_037_000_500L)));

    /// <summary>Finite reals: small integers, dyadic fractions, wide exponents (scaled to stay finite in products).</summary>
    public static Gen<double> Real(bool single) =>
        Gen.Frequency(
            (4, Gen.Choose(-9, 9).Select(x => (double)x)),
            (4, Gen.Choose(-1_000_000, 1_000_000).Select(x => x / 997.0)),
            (2, Gen.Zip(Gen.Choose(-1_000_000, 1_000_000), Gen.Choose(single ? -40 : -200, single ? 30 : 200))
                .Select(t => Math.ScaleB(t.Item1 / 1_000_000.0, t.Item2))),
            (1, Gen.Elements(0.0, -0.0, 1.0, -1.0, 0.1, 1.0 / 3)));

    /// <summary>Reals with NaN and ±∞ now and then.</summary>
    public static Gen<double> RealOrNonFinite(bool single) =>
        Gen.Frequency((30, Real(single)), (1, Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity)));

    /// <summary>A tensor of <paramref name="dtype"/> and <paramref name="shape"/>, as a wire value.</summary>
    public static Gen<TensorValue> Tensor(DType dtype, int[] shape, bool nonFinite)
    {
        var count = shape.Aggregate(1, (p, d) => p * d);
        var single = dtype is Protocol.DType.Float32 or Protocol.DType.Complex64;
        var real = nonFinite ? RealOrNonFinite(single) : Real(single);
        return dtype switch
        {
            Protocol.DType.Int64 => Gen.ArrayOf(Integer, count).Select(d => TensorValue.Int64(shape, d)),
            Protocol.DType.Float32 or Protocol.DType.Float64 => Gen.ArrayOf(real, count).Select(d => TensorValue.Real(dtype, shape, d)),
            _ => Gen.ArrayOf(Gen.Zip(real, Real(single)).Select(t => new Complex(t.Item1, t.Item2)), count)
                .Select(d => TensorValue.Complex(dtype, shape, d)),
        };
    }

    /// <summary>A tensor of <paramref name="dtype"/> and <paramref name="shape"/> in the wire object form.</summary>
    public static Gen<JsonNode> Node(DType dtype, int[] shape, bool nonFinite) =>
        Tensor(dtype, shape, nonFinite).Select(WireTensor.ToNode);

    /// <summary>Two dtypes for in1 and in2: usually equal, sometimes mixed (promotion is part of the spec).</summary>
    public static Gen<(DType, DType)> DTypePair(CaseSpace space) =>
        Gen.Frequency(
            (5, DType(space).Select(d => (d, d))),
            (1, Gen.Zip(DType(space), DType(space)).Select(t => (t.Item1, t.Item2))));
}
