using System.Numerics;
using System.Text.Json.Nodes;
using ConvSpec.Bounds;
using ConvSpec.Protocol;
using ConvSpec.Shapes;

namespace ConvSpec.Conformance;

/// <summary>
/// Compares a candidate's result tensor with the spec's: dtype, shape, then elements (a result that is a plain
/// JSON value, not a tensor, must be equal). int64 must be equal.
/// Floats are judged against the exact result: the spec answers it correctly rounded (finite real inputs) or
/// computed in double (complex, or non-finite inputs), and the allowance is the candidate's bound
/// (<see cref="CheckBounds"/>) plus the spec answer's own distance from the exact result.
/// Non-finite elements must match in kind (real: NaN, +∞, −∞; complex: some part non-finite, since which part
/// is NaN and which ∞ depends on the order of complex arithmetic). Errors in ulps are |ĉ − c| over the ulp of
/// the larger magnitude. When an input is non-finite, a NaN may also stand where
/// the formula's terms are all finite (Direct and FFT classes; Exact forbids it): a transform spreads a NaN over
/// its whole output, and a direct loop over materialised zero padding computes 0·∞ = NaN there (SciPy's N-D
/// direct convolution does). Where the spec has NaN or ±∞ the candidate must have a non-finite value too.
/// </summary>
public static class ResultComparison
{
    public static Verdict Compare(ICaseGenerator generator, JsonObject args, JsonObject expected, JsonObject actual, Tolerance tolerance)
    {
        if (!WireTensor.IsTensor(expected["result"]))
            return JsonNode.DeepEquals(expected["result"], actual["result"])
                ? new(VerdictKind.Pass, "equal", expected, actual)
                : new(VerdictKind.ValueMismatch, "the result differs from the spec's (a JSON value, compared exactly)", expected, actual);
        var e = WireTensor.FromNode(expected["result"], "expected");
        TensorValue a;
        try { a = WireTensor.FromNode(actual["result"], "result"); }
        catch (ArgumentException x) { return new(VerdictKind.MalformedResult, $"result is not a tensor: {ErrorType.MessageOf(x)}", expected, actual); }
        if (a.DType != e.DType)
            return new(VerdictKind.DTypeMismatch, $"dtype {a.DType.Name()}, spec says {e.DType.Name()}", expected, actual);
        if (!a.Shape.SequenceEqual(e.Shape))
            return new(VerdictKind.ShapeMismatch, $"shape {ShapeText.Of(a.Shape)}, spec says {ShapeText.Of(e.Shape)}", expected, actual);
        if (e.Data is long[] le)
        {
            var la = (long[])a.Data;
            var at = FirstIndex(le.Length, k => le[k] != la[k]);
            return at < 0
                ? new(VerdictKind.Pass, "equal", expected, actual, Tolerance: tolerance)
                : new(VerdictKind.ValueMismatch, $"element {Where(e.Shape, at)}: {la[at]}, spec says {le[at]} (int64 must be exact)",
                    expected, actual, FirstDifference: Unflatten(e.Shape, at), Tolerance: tolerance);
        }
        return Floats(generator, args, expected, actual, e, a, tolerance);
    }

    private static Verdict Floats(ICaseGenerator generator, JsonObject args, JsonObject expected, JsonObject actual,
        TensorValue e, TensorValue a, Tolerance tolerance)
    {
        var (ee, aa) = (Parts(e), Parts(a));
        var identical = FirstIndex(ee.Length, k => !ee[k].Equals(aa[k])) < 0;
        if (identical) return new(VerdictKind.Pass, "identical", expected, actual, Tolerance: tolerance);
        if (tolerance == Tolerance.Exact)
        {
            var at = FirstIndex(ee.Length, k => !ee[k].Equals(aa[k])) / PartsPerElement(e);
            return new(VerdictKind.ValueMismatch, $"element {Where(e.Shape, at)}: {Text(a, at)}, spec says {Text(e, at)} (exact tolerance)",
                expected, actual, Ulps(ee, aa, e), double.PositiveInfinity, Unflatten(e.Shape, at), tolerance);
        }
        var allowance = ElementBounds.Of(generator, args, e, tolerance);
        var nonFiniteInputs = ElementBounds.HasNonFiniteInputs(args);
        double worstUlps = 0, worstFraction = 0;
        var first = -1;
        string? reason = null; // set with first
        for (var k = 0; k < e.Length; k++)
        {
            var (ok, ulps, fraction, why) = Element(e, a, k, allowance[k], nonFiniteInputs);
            worstUlps = Math.Max(worstUlps, ulps);
            worstFraction = Math.Max(worstFraction, fraction);
            if (!ok && first < 0) (first, reason) = (k, why);
        }
        return first < 0
            ? new(VerdictKind.Pass, "within bound", expected, actual, worstUlps, worstFraction, Tolerance: tolerance)
            : new(VerdictKind.ValueMismatch, $"element {Where(e.Shape, first)}: {Text(a, first)}, spec says {Text(e, first)} ({reason})",
                expected, actual, worstUlps, worstFraction, Unflatten(e.Shape, first), tolerance);
    }

    /// <summary>One element: within the bound (finite), or the same kind of non-finite value; why it is not (null when it is).</summary>
    private static (bool Ok, double Ulps, double Fraction, string? Why) Element(TensorValue e, TensorValue a, int k, double bound, bool nanAnywhere)
    {
        var (x, y) = (ComplexAt(e, k), ComplexAt(a, k));
        if (!IsFinite(x) || !IsFinite(y))
        {
            var sameKind = e.DType.IsComplex()
                ? !IsFinite(x) && !IsFinite(y)
                : x.Real.Equals(y.Real);
            var spreadNaN = nanAnywhere && (double.IsNaN(y.Real) || double.IsNaN(y.Imaginary));
            return sameKind || spreadNaN
                ? (true, 0, 0, null)
                : (false, double.PositiveInfinity, double.PositiveInfinity, "non-finite values differ");
        }
        var single = e.DType is DType.Float32 or DType.Complex64;
        var diff = FiniteDifference(x, y);
        var ulps = Math.Max(Part(x.Real, y.Real, single), Part(x.Imaginary, y.Imaginary, single));
        var fraction = diff == 0 ? 0 : diff / bound;
        return fraction <= 1
            ? (true, ulps, fraction, null)
            : (false, ulps, fraction, $"error {diff:G4} = {ulps:G4} ulp is {fraction:G4} × the bound {bound:G4}");
    }

    private static bool IsFinite(Complex z) => double.IsFinite(z.Real) && double.IsFinite(z.Imaginary);

    // Element calls this only with both values finite.
    private static double FiniteDifference(Complex x, Complex y)
    {
        var (re, im) = (x.Real - y.Real, x.Imaginary - y.Imaginary);
        return Math.Sqrt(re * re + im * im);
    }

    private static double Part(double expected, double actual, bool single) =>
        double.IsFinite(expected) && double.IsFinite(actual) && expected != actual
            ? Math.Abs(expected - actual) / CheckBounds.Ulp(Math.Max(Math.Abs(expected), Math.Abs(actual)), single)
            : 0;

    private static double Ulps(double[] ee, double[] aa, TensorValue e)
    {
        var single = e.DType is DType.Float32 or DType.Complex64;
        return Enumerable.Range(0, ee.Length).Select(k => Part(ee[k], aa[k], single)).DefaultIfEmpty(0).Max();
    }

    private static Complex ComplexAt(TensorValue t, int k) =>
        t.Data is Complex[] c ? c[k] : new Complex(((double[])t.Data)[k], 0);

    private static double[] Parts(TensorValue t) =>
        t.Data is Complex[] c ? c.SelectMany(z => new[] { z.Real, z.Imaginary }).ToArray() : (double[])t.Data;

    private static int PartsPerElement(TensorValue t) => t.Data is Complex[] ? 2 : 1;

    // Only the float comparison names elements this way (int64 results are reported above), so t holds doubles or complexes.
    private static string Text(TensorValue t, int k) => t.Data is Complex[] c
        ? $"({Real(c[k].Real, t)}, {Real(c[k].Imaginary, t)})"
        : Real(((double[])t.Data)[k], t);

    private static string Real(double x, TensorValue t) =>
        double.IsFinite(x) ? TensorJson.RealText(x, t.DType is DType.Float32 or DType.Complex64) : x.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int FirstIndex(int n, Func<int, bool> differs)
    {
        for (var k = 0; k < n; k++) if (differs(k)) return k;
        return -1;
    }

    /// <summary>The index tuple of row-major position <paramref name="flat"/>.</summary>
    public static int[] Unflatten(int[] shape, int flat)
    {
        var index = new int[shape.Length];
        for (var d = shape.Length - 1; d >= 0; d--) { index[d] = flat % shape[d]; flat /= shape[d]; }
        return index;
    }

    private static string Where(int[] shape, int flat) => "[" + string.Join(", ", Unflatten(shape, flat)) + "]";
}
