using System.Text.Json.Nodes;
using ConvSpec.Bounds;
using ConvSpec.Circulant;
using ConvSpec.Protocol;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.Conformance;

/// <summary>
/// <c>circular_convolve</c>: two tensors of one shape, rank 0 to 3 (rank 1 up to max-size² long, with primes, powers
/// of two and smooth lengths), every dtype pair, <c>method</c> auto, fft, spec or absent; now and then shapes that
/// differ or an empty input (invalid_argument). Bound: n = N products per output element and (|a| ⊛ |b|) from the
/// spec on absolute values (the direct class); the FFT class allows the larger of the generic FFT bound
/// (<see cref="CheckBounds.Fft"/> at the Bluestein length per axis) and this library's
/// (<see cref="CircularConvolveErrorBound.Fft(double, double, double, double, IReadOnlyList{int})"/>, plus one rounding to the
/// result dtype), on top of the spec answer's own distance from the exact result.
/// </summary>
public sealed class CircularConvolveCases : ICaseGenerator, IElementAllowance
{
    public string Op => "circular_convolve";

    public Gen<JsonObject> Args(CaseSpace space) =>
        Gen.Frequency((40, Wellformed(space)), (1, Malformed(space)));

    private static Gen<JsonObject> Wellformed(CaseSpace space) =>
        from rank in Gen.Frequency((1, Gen.Constant(0)), (5, Gen.Constant(1)), (3, Gen.Constant(2)), (2, Gen.Constant(3)))
        from shape in Gen.ArrayOf(Extent(rank, space.MaxSize), rank)
        from dtypes in TensorCases.DTypePair(space)
        from in1 in TensorCases.Node(dtypes.Item1, shape, space.NonFinite)
        from in2 in TensorCases.Node(dtypes.Item2, shape, space.NonFinite)
        from method in Gen.Elements("auto", "fft", "spec", null)
        select Request(in1, in2, method);

    /// <summary>Rank 1 reaches max² (1, primes, powers of two, smooth lengths); higher ranks keep near max² elements.</summary>
    private static Gen<int> Extent(int rank, int max)
    {
        if (rank != 1) return TensorCases.Extent(rank == 2 ? max : Math.Max(2, (int)Math.Round(Math.Pow(max, 2.0 / 3))));
        var limit = max * max;
        int[] Fit(params int[] xs) => xs.Where(x => x <= limit).DefaultIfEmpty(1).ToArray();
        return Gen.Frequency(
            (2, Gen.Constant(1)),
            (2, Gen.Elements(Fit(2, 3, 5, 7, 13, 31, 61, 97, 127))),
            (2, Gen.Elements(Fit(2, 4, 8, 16, 64, 128))),
            (2, Gen.Elements(Fit(6, 12, 15, 45, 90, 120))),
            (3, Gen.Choose(1, Math.Max(1, limit))));
    }

    /// <summary>Shapes that differ (length or rank), or an empty input.</summary>
    private static Gen<JsonObject> Malformed(CaseSpace space) =>
        from dtype in TensorCases.DType(space)
        from kind in Gen.Choose(0, 2)
        from in1 in TensorCases.Node(dtype, kind == 2 ? [0] : [3], false)
        from in2 in TensorCases.Node(dtype, kind switch { 0 => [4], 1 => [3, 1], _ => [0] }, false)
        select Request(in1, in2, "auto");

    private static JsonObject Request(JsonNode in1, JsonNode in2, string? method)
    {
        var args = new JsonObject { ["in1"] = in1, ["in2"] = in2 };
        if (method is not null) args["method"] = method;
        return args;
    }

    /// <summary>spec (and direct) → Direct; fft, auto or absent → Fft.</summary>
    public Tolerance AlgorithmOf(JsonObject args) =>
        args["method"]?.GetValue<string>() is "spec" or "direct" ? Tolerance.Direct : Tolerance.Fft;

    /// <summary><c>direct</c> is this operation's <c>spec</c> (the cyclic sum of the definition).</summary>
    public JsonObject? WithMethod(JsonObject args, string method)
    {
        var copy = (JsonObject)args.DeepClone();
        copy["method"] = method == "direct" ? "spec" : method;
        return copy;
    }

    public BoundInputs Bound(JsonObject args) => Bound(args, WireTensor.Argument(args, "in1"));

    private static BoundInputs Bound(JsonObject args, TensorValue a)
    {
        var b = WireTensor.Argument(args, "in2");
        var (ma, mb) = (Finite(a), Finite(b));
        var length = CheckBounds.TransformLength(a.Shape.Select(n => (long)n));
        return new BoundInputs(Math.Max(1, a.Length), WireTensor.AbsoluteArgs(args), length, Norm2(ma), ma.Sum(), Norm2(mb), mb.Sum());
    }

    /// <summary>
    /// The FFT class: per element max(generic, ours) + the spec's distance (u·(|a| ⊛ |b|)_k + η, and the double direct
    /// bound when the spec computed in floating point); other classes use the convolution model (null).
    /// </summary>
    public double[]? Allowance(JsonObject args, TensorValue expected, Tolerance tolerance)
    {
        if (tolerance != Tolerance.Fft) return null;
        var in1 = WireTensor.Argument(args, "in1");
        var inputs = Bound(args, in1);
        var single = expected.DType is DType.Float32 or DType.Complex64;
        var complex = expected.DType.IsComplex();
        var (u, eta) = (CheckBounds.UnitRoundoff(single), CheckBounds.Eta(single));
        var generic = CheckBounds.Fft(inputs.TransformLength, u, inputs.NormA2, inputs.NormA1, inputs.NormB2, inputs.NormB1);
        var ours = CircularConvolveErrorBound.Fft(inputs.NormA2 * Up, inputs.NormA1 * Up, inputs.NormB2 * Up, inputs.NormB1 * Up, in1.Shape);
        var absolute = AbsoluteResult(inputs.AbsoluteArgs!, expected.Length);
        var exactReference = !complex && !ElementBounds.HasNonFiniteInputs(args);
        var bounds = new double[expected.Length];
        for (var k = 0; k < bounds.Length; k++)
        {
            var abs = absolute[k] * Up;
            var candidate = Math.Max(generic, (ours + u * abs) * Up) + eta;
            var reference = u * abs + eta + (exactReference
                ? 0
                : CheckBounds.DirectSum(inputs.Terms, CheckBounds.UnitRoundoff(false), abs, complex, double.Epsilon));
            bounds[k] = candidate + reference;
        }
        return bounds;
    }

    /// <summary>
    /// 1 + 2^−20, a relative margin for what is computed here in double: the norms (a relative (N + 2)u covers their
    /// rounding, and 2^−20 is ample for N ≤ 2^27), the absolute result (2u) and, on the candidate's bound, the rounding
    /// of its result to the dtype, u·ours with u ≤ 2^−24.
    /// </summary>
    private static readonly double Up = 1 + Math.ScaleB(1, -20);

    private static double[] AbsoluteResult(JsonObject absoluteArgs, int n)
    {
        var response = CaseJudge.Reference("circular_convolve", absoluteArgs);
        if (response["result"] is not { } result) return Enumerable.Repeat(double.PositiveInfinity, n).ToArray();
        // Stryker disable once String : the spec's result is always a tensor object, so FromNode succeeds and the label is never shown
        var t = WireTensor.FromNode(result, "absolute");
        return t.Length == n ? WireTensor.Magnitudes(t) : Enumerable.Repeat(double.PositiveInfinity, n).ToArray();
    }

    private static double[] Finite(TensorValue t) => WireTensor.Magnitudes(t).Where(double.IsFinite).ToArray();

    private static double Norm2(double[] x) => Math.Sqrt(x.Sum(v => v * v));
}
