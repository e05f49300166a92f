using System.Text.Json.Nodes;
using ConvSpec.Bounds;
using ConvSpec.Protocol;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.Conformance.Layers;

/// <summary>
/// Lp pooling's data and bound. Elements ±(m/64)·2^e with |e| small enough that no power |x|^p, nor a window's
/// sum of them, overflows or underflows the dtype (the bound of <see cref="PoolErrorBound.Lp"/> assumes neither),
/// negative values often (the two conventions differ there). Bound, relative to Y on |X|:
/// Onnx (and even p): n = p − 1 + ΠK powers and additions, plus the root ρ ≤ u_out + 2u + 1.01·u·|ln s|/p with
/// |ln s| ≤ 760, scaled in units of the result's u; PyTorch with odd p ≥ 3 and negative x: the power sum
/// cancels, and the root is Hölder: |Δ(s^(1/p))| ≤ |Δs|^(1/p) ≤ γ_n^(1/p)·Y(|X|), so n' = 2γ_n^(1/p)/u + n.
/// </summary>
public static class LpCases
{
    /// <summary>p: mostly 1 to 4, sometimes up to 10.</summary>
    public static Gen<int> P => Gen.Frequency((6, Gen.Choose(1, 4)), (1, Gen.Choose(5, MaxP)));

    /// <summary>The largest p drawn; the data's exponents are limited for it.</summary>
    public const int MaxP = 10;

    /// <summary>X's elements for a given p.</summary>
    public static Gen<TensorValue> Data(DType dtype, int[] shape, int p, bool nonFinite)
    {
        var single = dtype == DType.Float32;
        var e = Math.Max(0, (single ? 100 : 900) / p - 8);
        var real = Gen.Frequency(
            (1, Gen.Constant(0.0)),
            (6, Gen.Zip(Gen.Choose(-4096, 4096), Gen.Choose(-e, e)).Select(t => Math.ScaleB(t.Item1 / 64.0, t.Item2))),
            (3, Gen.Choose(-9, 9).Select(v => (double)v)));
        var value = nonFinite ? Gen.Frequency((30, real), (1, Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity))) : real;
        var count = shape.Aggregate(1, (a, d) => a * d);
        return dtype == DType.Int64
            ? Gen.ArrayOf(Gen.Choose(-9, 9).Select(v => (long)v), count).Select(d => TensorValue.Int64(shape, d))
            : Gen.ArrayOf(value, count).Select(d => TensorValue.Real(dtype, shape, d));
    }

    /// <summary>The terms of the bound for a window of <paramref name="cells"/> cells.</summary>
    public static long Terms(JsonObject args, long cells)
    {
        var p = args["p"] is JsonValue v ? v.GetValue<int>() : 2;
        var x = WireTensor.Argument(args, "X");
        var u = CheckBounds.UnitRoundoff(x.DType == DType.Float32);
        var n = p - 1 + cells + 4 + (p == 1 ? 0 : 2 + (long)Math.Ceiling(1.01 * 760 * CheckBounds.UnitRoundoff(false) / u / p));
        var signed = args["convention"]?.GetValue<string>() == "pytorch" && p % 2 == 1 && p > 1
                     && x.AsDouble().Data.Any(d => d < 0);
        return signed ? n + (long)Math.Ceiling(2 * Math.Pow(CheckBounds.Gamma(n, u), 1.0 / p) / u) : n;
    }
}

/// <summary>Cases for <c>LpPool</c>: p from 1 to 10, both conventions, negative values.</summary>
public sealed class LpPoolCases : PoolCaseGenerator
{
    public override string Op => "LpPool";

    protected override Gen<TensorValue> Data(DType dtype, int[] shape, CaseSpace space) =>
        LpCases.Data(dtype, shape, LpCases.MaxP, space.NonFinite);

    protected override Gen<JsonObject> Extra(JsonObject args, WindowAxis[] axes) =>
        from p in Gen.Frequency((1, Gen.Constant<int?>(null)), (4, LpCases.P.Select(v => (int?)v)))
        from convention in Gen.Frequency((2, Gen.Constant<string?>(null)), (1, Gen.Elements<string?>("onnx", "pytorch")))
        select MaxPoolCases.Set(MaxPoolCases.Set(args, "p", p), "convention", convention);

    protected override long Terms(JsonObject args) => LpCases.Terms(args, KernelCells(args));
}
