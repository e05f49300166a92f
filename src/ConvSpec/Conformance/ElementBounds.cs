using System.Numerics;
using System.Text.Json.Nodes;
using ConvSpec.Bounds;
using ConvSpec.Protocol;

namespace ConvSpec.Conformance;

/// <summary>
/// The allowance for each element of a float result: the candidate's error bound for its algorithm class
/// plus the distance of the spec's answer from the exact result (u·(|a| * |b|)_k when the spec rounds the exact
/// result once; the direct-summation bound in double as well when it computed in floating point: complex
/// data or non-finite inputs). The candidate may round an int64 input to float once: n + 2 terms cover it.
/// </summary>
public static class ElementBounds
{
    /// <summary>Per element of <paramref name="expected"/>, the largest |candidate − expected| allowed.</summary>
    public static double[] Of(ICaseGenerator generator, JsonObject args, TensorValue expected, Tolerance tolerance)
    {
        if (generator is IElementAllowance own && own.Allowance(args, expected, tolerance) is { } stated) return stated;
        var inputs = generator.Bound(args);
        var n = expected.Length;
        if (inputs.AbsoluteArgs is null) return new double[n];
        var single = expected.DType is DType.Float32 or DType.Complex64;
        var complex = expected.DType.IsComplex();
        var (u, eta) = (CheckBounds.UnitRoundoff(single), CheckBounds.Eta(single));
        var absolute = Absolute(generator.Op, inputs.AbsoluteArgs, n);
        var exactReference = !complex && !HasNonFiniteInputs(args);
        var fft = CheckBounds.Fft(inputs.TransformLength, u, inputs.NormA2, inputs.NormA1, inputs.NormB2, inputs.NormB1);
        var bounds = new double[n];
        for (var k = 0; k < n; k++)
        {
            var abs = absolute[k] * (1 + CheckBounds.UnitRoundoff(false) * 2);
            var candidate = tolerance == Tolerance.Fft ? fft : CheckBounds.DirectSum(inputs.Terms + 2, u, abs, complex, eta);
            var reference = u * abs + eta + (exactReference
                ? 0
                : CheckBounds.DirectSum(inputs.Terms, CheckBounds.UnitRoundoff(false), abs, complex, double.Epsilon));
            bounds[k] = candidate + reference;
        }
        return bounds;
    }

    /// <summary>(|a| * |b|) elementwise from the spec on absolute values; +∞ everywhere if it cannot be computed.</summary>
    private static double[] Absolute(string op, JsonObject absoluteArgs, int n)
    {
        var response = CaseJudge.Reference(op, absoluteArgs);
        if (response["result"] is not { } result) return Enumerable.Repeat(double.PositiveInfinity, n).ToArray();
        var t = WireTensor.FromNode(result, "absolute");
        return t.Length == n ? WireTensor.Magnitudes(t) : Enumerable.Repeat(double.PositiveInfinity, n).ToArray();
    }

    /// <summary>True when a tensor argument holds NaN or ±∞.</summary>
    public static bool HasNonFiniteInputs(JsonObject args) =>
        args.Where(p => WireTensor.IsTensor(p.Value))
            .Any(p => WireTensor.FromNode(p.Value, p.Key).Data switch
            {
                double[] d => d.Any(x => !double.IsFinite(x)),
                Complex[] c => c.Any(z => !double.IsFinite(z.Real) || !double.IsFinite(z.Imaginary)),
                _ => false,
            });
}
