using System.Numerics;
using System.Text.Json.Nodes;
using ConvSpec.Bounds;
using ConvSpec.Fourier;
using ConvSpec.Protocol;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.Conformance;

/// <summary>
/// <c>dft</c> and <c>idft</c>: tensors of rank 0 to 3 (rank 1 up to max-size² long) whose extents reach 1, primes,
/// powers of two and 2/3/5-smooth lengths; <c>axes</c> absent, an int (also negative), a list (with repeats) or
/// empty; <c>method</c> auto, fft, spec or absent; now and then an axis out of range or of extent 0 (the spec
/// answers invalid_argument). The result is complex128, so u = 2^−53. Allowance per element:
/// <list type="bullet">
/// <item>the spec's own distance from the exact transform, <see cref="DftErrorBound.Forward"/> /
/// <see cref="DftErrorBound.Inverse"/> (elementwise, θ(n)·‖x‖₁);</item>
/// <item>direct (method spec): the same bound again for the candidate's O(n²) sums;</item>
/// <item>fft: normwise, so on every element, the larger of this library's rigorous FFT bound
/// (<see cref="DftFastErrorBound"/>) and, as the allowance for other libraries' FFTs (as <see cref="CheckBounds.Fft"/> is
/// for convolution), Higham's Theorem 24.2 for a radix-2 FFT of length 2^⌈log2(2n − 1)⌉ per axis (the padded length of
/// Bluestein's algorithm) with twiddles correct to u: ε·√N·‖x‖₂ (inverse: ε·‖X‖₂/√N, one more u per axis).</item>
/// </list>
/// Plus (N + Σ n_a)·η, η the smallest subnormal, for products that underflow.
/// </summary>
public abstract class DftCaseGenerator(string op, bool inverse) : ICaseGenerator, IElementAllowance
{
    public string Op => op;

    public Gen<JsonObject> Args(CaseSpace space) =>
        Gen.Frequency((40, Wellformed(space)), (1, Malformed(space)));

    private static Gen<JsonObject> Wellformed(CaseSpace space) =>
        from rank in Gen.Frequency((1, Gen.Constant(0)), (5, Gen.Constant(1)), (3, Gen.Constant(2)), (2, Gen.Constant(3)))
        from shape in Gen.ArrayOf(Length(rank == 1 ? space.MaxSize * space.MaxSize : Math.Max(2, rank == 2 ? space.MaxSize : (int)Math.Round(Math.Pow(space.MaxSize, 2.0 / 3)))), rank)
        from dtype in TensorCases.DType(space)
        from x in TensorCases.Node(dtype, shape, space.NonFinite)
        from axes in Axes(rank)
        from method in Gen.Elements("auto", "fft", "spec", null)
        select Request(x, axes, method);

    /// <summary>An extent up to <paramref name="max"/>: 1, primes, powers of two, 2/3/5-smooth lengths, or any.</summary>
    private static Gen<int> Length(int max)
    {
        int[] Fit(params int[] xs) => xs.Where(x => x <= max).DefaultIfEmpty(1).ToArray();
        return Gen.Frequency(
            (2, Gen.Constant(1)),
            (3, Gen.Elements(Fit(2, 3, 5, 7, 11, 13, 17, 31, 61, 97, 127))),
            (3, Gen.Elements(Fit(2, 4, 8, 16, 32, 64, 128))),
            (2, Gen.Elements(Fit(6, 9, 10, 12, 15, 45, 60, 90, 120))),
            (3, Gen.Choose(1, Math.Max(1, max))));
    }

    /// <summary>null (every axis), an int in −r..r−1, a list of such ints (possibly repeated), or the empty list.</summary>
    private static Gen<JsonNode?> Axes(int rank) =>
        rank == 0
            ? Gen.Elements<JsonNode?>(null, new JsonArray())
            : Gen.Frequency(
                (3, Gen.Constant<JsonNode?>(null)),
                (2, Gen.Choose(-rank, rank - 1).Select(a => (JsonNode?)JsonValue.Create(a))),
                (3, Gen.Choose(1, rank + 1).SelectMany(k => Gen.ArrayOf(Gen.Choose(-rank, rank - 1), k))
                    .Select(list => (JsonNode?)new JsonArray(list.Select(a => (JsonNode)a).ToArray()))),
                (1, Gen.Constant<JsonNode?>(new JsonArray())));

    /// <summary>An axis out of range, or a transform along an axis of extent 0.</summary>
    private static Gen<JsonObject> Malformed(CaseSpace space) =>
        from dtype in TensorCases.DType(space)
        from empty in Gen.Elements(true, false)
        from x in TensorCases.Node(dtype, empty ? [2, 0] : [3], false)
        select Request(x, empty ? new JsonArray(1) : JsonValue.Create(1), "auto");

    private static JsonObject Request(JsonNode x, JsonNode? axes, string? method)
    {
        var args = new JsonObject { ["x"] = x };
        if (axes is not null) args["axes"] = axes;
        if (method is not null) args["method"] = method;
        return args;
    }

    /// <summary>spec (and direct, the O(n²) sums) → Direct; fft, auto or absent → Fft.</summary>
    public Tolerance AlgorithmOf(JsonObject args) =>
        args["method"]?.GetValue<string>() is "spec" or "direct" ? Tolerance.Direct : Tolerance.Fft;

    /// <summary><c>direct</c> is this operation's <c>spec</c> (the O(n²) sums of the definition).</summary>
    public JsonObject? WithMethod(JsonObject args, string method)
    {
        var copy = (JsonObject)args.DeepClone();
        copy["method"] = method == "direct" ? "spec" : method;
        return copy;
    }

    /// <summary>The norms of x (finite values), its N and the transform count; no (|a| * |b|) model applies.</summary>
    public BoundInputs Bound(JsonObject args)
    {
        var x = WireTensor.Argument(args, "x");
        var m = WireTensor.Magnitudes(x).Where(double.IsFinite).ToArray();
        return new BoundInputs(x.Length, null, 1, Math.Sqrt(m.Sum(v => v * v)), m.Sum(), 1, 1);
    }

    public double[]? Allowance(JsonObject args, TensorValue expected, Tolerance tolerance)
    {
        var x = WireTensor.Argument(args, "x");
        var lengths = DftAxes.Normalise(x.Shape, AxesOf(args["axes"])).Select(a => x.Shape[a]).ToArray();
        var finite = WireTensor.Magnitudes(x).Where(double.IsFinite).Select(v => new Complex(v, 0)).ToArray();
        var (norm1, norm2) = (DftErrorBound.Norm1(finite), DftFastErrorBound.Norm2(finite));
        var reference = inverse ? DftErrorBound.Inverse(lengths, norm1) : DftErrorBound.Forward(lengths, norm1);
        var candidate = tolerance switch
        {
            Tolerance.Exact => 0,
            Tolerance.Direct => reference,
            _ => Math.Max(inverse ? DftFastErrorBound.Inverse(lengths, norm2) : DftFastErrorBound.Forward(lengths, norm2),
                Radix2(lengths, norm2)),
        };
        var underflow = (expected.Length + lengths.Sum()) * double.Epsilon;
        return Enumerable.Repeat(candidate + reference + underflow, expected.Length).ToArray();
    }

    /// <summary>
    /// Higham Thm 24.2 per axis at the Bluestein length, composed over the axes as Π(1 + ε_a) − 1 formed from the ε's
    /// (<see cref="ErrorBound.Compose"/>): ε·√N·‖x‖₂ (or ε·‖X‖₂/√N).
    /// </summary>
    private double Radix2(int[] lengths, double norm2)
    {
        var u = ErrorBound.UnitRoundoff;
        var eta = u + CheckBounds.Gamma(4, u) * 1.4143; // η = μ + γ₄(√2 + μ), μ = u, with √2 + u < 1.4143
        var relative = lengths.Aggregate(0.0, (e, n) =>
        {
            var log2 = Math.Ceiling(Math.Log2(2.0 * n - 1)); // 0 at n = 1; n ≥ 1, as Normalise rejects an axis of extent 0
            var eps = CheckBounds.Gamma((long)log2, eta); // γ_{log2} at unit η
            return ErrorBound.Compose(e, inverse ? ErrorBound.Compose(eps, u) : eps);
        });
        var root = Math.Sqrt(lengths.Aggregate(1.0, (p, n) => p * n));
        return relative * (inverse ? norm2 / root : norm2 * root) * 1.01;
    }

    private static int[]? AxesOf(JsonNode? node) => node switch
    {
        null => null,
        JsonArray list => list.Select(a => a!.GetValue<int>()).ToArray(),
        _ => [node.GetValue<int>()],
    };
}

/// <summary>Cases for <c>dft</c>.</summary>
public sealed class DftCases() : DftCaseGenerator("dft", inverse: false);

/// <summary>Cases for <c>idft</c>.</summary>
public sealed class IdftCases() : DftCaseGenerator("idft", inverse: true);
