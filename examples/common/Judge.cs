using System.Numerics;
using System.Text.Json.Nodes;
using ConvSpec.Protocol;

namespace ConvSpec.Examples;

/// <summary>The verdict on one candidate answer.</summary>
/// <param name="Verdict">agree, not_covered, error_mismatch, shape_mismatch, dtype_mismatch or value_mismatch.</param>
/// <param name="MaxError">max_k |ĉ_k − e_k| over the finite outputs.</param>
/// <param name="BoundFraction">max_k |ĉ_k − e_k| / bound_k (0 when every output is exact).</param>
public sealed record Judgement(string Verdict, double MaxError, double BoundFraction, string Detail);

/// <summary>
/// Compares a candidate's response with the expected one under the direct-summation bound:
/// |ĉ_k − e_k| ≤ γ_n · m_k, γ_n = n·u/(1 − n·u), m_k = (|a| ⋆ |b|)_k the same operation on absolute values,
/// u = 2^-24 for float32/complex64 and 2^-53 for float64/complex128; integers exactly.
/// </summary>
public static class Judge
{
    /// <summary>γ_n for unit roundoff <paramref name="u"/>.</summary>
    public static double Gamma(int n, double u) => n * u / (1 - n * u);

    /// <summary>The unit roundoff of a dtype.</summary>
    public static double UnitRoundoff(DType dtype) => dtype is DType.Float32 or DType.Complex64 ? Math.ScaleB(1, -24) : Math.ScaleB(1, -53);

    /// <summary>
    /// Judges <paramref name="actual"/> against <paramref name="expected"/>; <paramref name="magnitude"/> holds
    /// m_k (null: exact comparison), <paramref name="terms"/> is n.
    /// </summary>
    public static Judgement Compare(JsonNode expected, JsonNode actual, TensorValue? magnitude, int terms, double[]? precise = null)
    {
        var (expectedError, actualError) = (expected["error"], actual["error"]);
        if (actualError is not null && (string?)actualError["type"] == "unsupported")
            return new("not_covered", 0, 0, (string?)actualError["message"] ?? "");
        if (expectedError is not null || actualError is not null)
        {
            var same = expectedError is not null && actualError is not null && (string?)expectedError["type"] == (string?)actualError["type"];
            return new(same ? "agree" : "error_mismatch", 0, 0,
                $"expected {expected.ToJsonString()[..Math.Min(200, expected.ToJsonString().Length)]}, got {actual.ToJsonString()[..Math.Min(200, actual.ToJsonString().Length)]}");
        }
        var (e, a) = (Wire.Tensor(expected["result"]!), Wire.Tensor(actual["result"]!));
        if (!e.Shape.SequenceEqual(a.Shape))
            return new("shape_mismatch", 0, 0, $"expected shape [{string.Join(",", e.Shape)}], got [{string.Join(",", a.Shape)}]");
        if (e.DType != a.DType)
            return new("dtype_mismatch", 0, 0, $"expected {e.DType.Name()}, got {a.DType.Name()}");
        var (ec, ac) = (precise?.Select(v => new Complex(v, 0)).ToArray() ?? e.AsComplex().Data, a.AsComplex().Data);
        foreach (var (name, value) in expected.AsObject())
        {
            if (name == "result" || value is null) continue;
            if (actual[name] is not { } other)
                return new("extra_missing", 0, 0, $"the candidate gave no '{name}'");
            if (!JsonNode.DeepEquals(value, other))
                return new($"{name}_mismatch", 0, 0, $"{name}: expected {Clip(value.ToJsonString())}, got {Clip(other.ToJsonString())}");
        }
        var m = magnitude?.AsDouble().Data;
        var gamma = Gamma(terms, UnitRoundoff(e.DType));
        double maxError = 0, fraction = 0;
        var worst = -1;
        for (var k = 0; k < ec.Length; k++)
        {
            if (!IsFinite(ec[k]) || !IsFinite(ac[k]))
            {
                if (!SameNonFinite(ec[k], ac[k])) return new("value_mismatch", double.PositiveInfinity, double.PositiveInfinity, $"at flat index {k}: expected {ec[k]}, got {ac[k]}");
                continue;
            }
            var error = Complex.Abs(ac[k] - ec[k]);
            var bound = m is null ? 0 : gamma * m[k] * (e.DType.IsComplex() ? Math.Sqrt(2) : 1);
            var f = error == 0 ? 0 : bound == 0 ? double.PositiveInfinity : error / bound;
            if (f > fraction) (fraction, worst) = (f, k);
            maxError = Math.Max(maxError, error);
        }
        var detail = worst < 0 ? "exact" : $"worst at flat index {worst}: expected {Show(ec[worst])}, got {Show(ac[worst])}";
        return new(fraction <= 1 ? "agree" : "value_mismatch", maxError, fraction, detail);
    }

    private static string Clip(string s) => s.Length <= 300 ? s : s[..300] + "...";

    private static string Show(Complex z) => z.Imaginary == 0 ? z.Real.ToString("R") : z.ToString();

    private static bool IsFinite(Complex z) => double.IsFinite(z.Real) && double.IsFinite(z.Imaginary);

    private static bool SameNonFinite(Complex x, Complex y) => Same(x.Real, y.Real) && Same(x.Imaginary, y.Imaginary);

    private static bool Same(double x, double y) => double.IsNaN(x) ? double.IsNaN(y) : x == y;
}
